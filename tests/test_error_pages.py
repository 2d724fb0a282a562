"""The application's own error pages (500, the database's 503, maintenance): the site's icon as
on every other page, each in the language of the address asked for, standing on their own."""

import re

import pytest
from django.db import OperationalError
from django.test import RequestFactory

from home.views import server_error
from tests.soup import soup

PERSIAN = re.compile(r"[\u0600-\u06FF]")


def crash(path, error):
    try:
        raise error
    except type(error):
        return server_error(RequestFactory().get(path))


@pytest.mark.parametrize(
    ("path", "error", "status", "heading"),
    [
        ("/news/", RuntimeError("boom"), 500, "خطایی در سرور"),
        ("/en/news/", RuntimeError("boom"), 500, "Sorry, something went wrong on our server"),
        ("/news/", OperationalError("down"), 503, "سامانه چند لحظه در دسترس نیست"),
        ("/en/news/", OperationalError("down"), 503, "The portal is unavailable for a moment"),
    ],
)
def test_the_500_and_503_pages_have_the_icon_and_the_address_s_language(path, error, status, heading):
    response = crash(path, error)
    assert response.status_code == status
    dom = soup(response)
    assert dom.select_one("link[rel=icon]")["href"].endswith("/img/favicon.svg")  # was missing
    assert heading in dom.h1.text
    english = path.startswith("/en/")
    assert (dom.html["lang"], dom.html["dir"]) == (("en", "ltr") if english else ("fa", "rtl"))
    if english:
        assert not PERSIAN.search(response.content.decode())  # was the Persian page, one English line under it
    links = [a["href"] for a in dom.select("a[href]")]
    assert links == (["/en/track/", "/en/"] if english else ["/track/", "/"])
    # It stands on its own: its style is in the page, no stylesheet or script to fetch.
    assert dom.style and not dom.select("link[rel=stylesheet], script")


def test_the_maintenance_page_has_the_icon_and_no_persian_on_the_english_page(client, site):
    from home.models import MaintenanceSettings

    setting = MaintenanceSettings.for_site(site)
    setting.enabled = True
    setting.save()
    try:
        for path in ("/", "/en/"):
            response = client.get(path)
            assert response.status_code == 503
            dom = soup(response)
            assert dom.select_one("link[rel=icon]")["href"].endswith("/img/favicon.svg")
            assert dom.select_one(".ltr-token").text in ("021-00000000", "۰۲۱-۰۰۰۰۰۰۰۰")
        # The counters' Persian name stood in Persian script on the English page; the name on
        # their signs is now given in Latin letters.
        assert "“Pishkhan” offices" in dom.get_text()
        assert not PERSIAN.search(dom.get_text())
    finally:
        setting.enabled = False
        setting.save()
