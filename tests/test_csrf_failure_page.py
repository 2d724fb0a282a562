"""A form sent without its security token (left open for long, cookies cleared): the portal's own
page in the page's language, 403 and never stored, leading back to the form; not Django's bare
technical 403 page («ممنوع (403) CSRF تأیید نشد…»)."""

import pytest
from django.test import Client

from tests.language_runs import wrong_script_runs
from tests.soup import soup

FORMS = ["/contact/", "/contact/anonymous/", "/track/", "/forms/next-e-service/"]


@pytest.mark.parametrize("path", FORMS + ["/en" + path for path in FORMS])
def test_a_form_sent_without_its_token_gets_the_portal_s_page_in_its_language(db, site, path):
    response = Client(enforce_csrf_checks=True).post(path, {"message": "متن نوشته‌شده"})
    assert response.status_code == 403
    assert "no-store" in response["Cache-Control"]
    dom = soup(response)
    # The portal's own page (its stylesheet, header and footer), not Django's technical one.
    assert dom.select_one("link[rel=stylesheet][href*=portal]") and dom.header and dom.footer
    english = path.startswith("/en/")
    assert (dom.html["lang"], dom.html["dir"]) == (("en", "ltr") if english else ("fa", "rtl"))
    text = " ".join(dom.main.get_text().split())
    if english:
        assert "The form had expired" in dom.h1.text
        assert "nothing was sent" in text and "Back button" in text
        assert wrong_script_runs(response.content.decode(), "en") == []  # Persian only where marked (the switcher)
    else:
        assert "فرم منقضی شده بود" in dom.h1.text
        assert "چیزی ارسال نشد" in text and "دکمهٔ بازگشت مرورگر" in text
    assert "CSRF" not in response.content.decode()
    # The link back opens the form again (GET) at the address it was sent to.
    assert dom.main.select_one(f'a[href="{path}"]')
