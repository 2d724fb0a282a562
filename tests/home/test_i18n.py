"""Persian at /, English at /en/, with the right lang/dir and a working language switcher."""

import pytest

from tests.soup import soup

pytestmark = pytest.mark.django_db


def test_persian_home_is_rtl(client, home_fa):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.status_code == 200
    html = soup(response).html
    assert html["lang"] == "fa"
    assert html["dir"] == "rtl"
    assert home_fa.title in response.content.decode()


def test_english_home_is_ltr(client, home_en):
    response = client.get("/en/")
    assert response.status_code == 200
    html = soup(response).html
    assert html["lang"] == "en"
    assert html["dir"] == "ltr"
    assert home_en.title in response.content.decode()


def test_fa_prefix_is_not_a_second_persian_site(client):
    assert client.get("/fa/").status_code == 404


def test_language_switcher_links_to_the_translation(client):
    persian = soup(client.get("/labour-relations/"))
    switch = {a["hreflang"]: a["href"] for a in persian.select(".lang-switch a")}
    assert switch == {"fa": "/labour-relations/", "en": "/en/labour-relations/"}
    english = soup(client.get("/en/labour-relations/"))
    switch = {a["hreflang"]: a["href"] for a in english.select(".lang-switch a")}
    assert switch["fa"] == "/labour-relations/"
    assert {link["hreflang"] for link in english.select('link[rel="alternate"][hreflang]')} == {"fa", "en"}


def test_untranslated_page_switches_to_the_other_home(client):
    # Two thirds of the demo news have no English version.
    response = client.get("/news/nowruz-office-hours/")
    assert response.status_code == 200
    switch = {a["hreflang"]: a["href"] for a in soup(response).select(".lang-switch a")}
    assert switch["en"] == "/en/"


def test_english_site_furniture_is_english_and_persian_is_persian(client):
    assert "Skip to main content" in client.get("/en/").content.decode()
    assert "پرش به محتوای اصلی" in client.get("/").content.decode()


def test_admin_is_persian_even_for_an_english_browser(admin_client):
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.status_code == 200
    html = soup(response).html
    assert html["lang"] == "fa"
    assert html["dir"] == "rtl"


def test_admin_shows_our_model_labels_in_persian(admin_client):
    response = admin_client.get("/admin/snippets/home/department/")
    assert response.status_code == 200
    assert "دفتر مدیر کل" in response.content.decode()
    assert "نشانی ایمیل" in response.content.decode()
