"""Limits count accepted submissions; mistakes only count against a higher cap on attempts,
and a refused post re-shows the form with everything the citizen typed."""

import pytest

from forms_pages.models import CitizenRequest
from tests.soup import soup

pytestmark = pytest.mark.django_db

PERSIAN_LIMIT = "آنچه نوشته‌اید"


def page_text(response):
    return soup(response).get_text(" ", strip=True)


def textarea(response, name):
    box = soup(response).find("textarea", attrs={"name": name})
    return box.get_text() if box else None


def test_mistakes_do_not_lock_a_citizen_out(client, valid_data, settings):
    settings.FORMS_RATE_LIMITS = {"request": (2, 3600), "request-attempts": (8, 3600)}
    for _ in range(4):
        assert client.post("/contact/", {**valid_data, "mobile": "12"}).status_code == 400
    assert client.post("/contact/", valid_data).status_code == 302
    assert CitizenRequest.objects.filter(subject=valid_data["subject"]).count() == 1


# The anonymous report was a page of its own with only a Back link: the report typed was gone.
@pytest.mark.parametrize("path", ["/contact/", "/contact/anonymous/"])
def test_over_the_accepted_cap_the_form_comes_back_filled_with_a_persian_429(
    client, valid_data, anonymous_report, settings, path
):
    settings.FORMS_RATE_LIMITS = {"request": (1, 3600), "request-attempts": (8, 3600)}
    sent = valid_data if path == "/contact/" else anonymous_report
    assert client.post(path, sent).status_code == 302
    typed = {**sent, "text": "متن دوم که نباید گم شود: دربارهٔ حق بیمه"}
    response = client.post(path, typed)
    assert response.status_code == 429
    assert response["Retry-After"]
    assert PERSIAN_LIMIT in page_text(response)
    assert textarea(response, "text").strip() == typed["text"]
    assert CitizenRequest.objects.filter(subject=sent["subject"]).count() == 1


def test_over_the_attempts_cap_the_form_comes_back_filled(client, valid_data, settings):
    settings.FORMS_RATE_LIMITS = {"request": (5, 3600), "request-attempts": (2, 3600)}
    client.post("/contact/", {**valid_data, "mobile": "12"})
    client.post("/contact/", {**valid_data, "mobile": "12"})
    response = client.post("/contact/", valid_data)
    assert response.status_code == 429
    assert PERSIAN_LIMIT in page_text(response)
    assert textarea(response, "text").strip() == valid_data["text"]
    assert not CitizenRequest.objects.filter(subject=valid_data["subject"]).exists()


def test_mistakes_in_an_anonymous_report_do_not_lock_it_out(client, departments, settings):
    settings.FORMS_RATE_LIMITS = {"request": (2, 3600), "request-attempts": (8, 3600)}
    report = {"department": departments[3].pk, "subject": "تخلف در باجه", "text": "کوتاه", "website": ""}
    for _ in range(3):
        assert client.post("/contact/anonymous/", report).status_code == 400
    report["text"] = "کارمند باجه سه برای صدور مجوز تعاونی بدون رسید وجه نقد خواست."
    assert client.post("/contact/anonymous/", report).status_code == 302
