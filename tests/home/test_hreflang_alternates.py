"""The head's hreflang links name a page's translations only. A news item in Persian alone named
the English home page as its English alternate («/en/»), which search engines read as the same
content in English; the sitemap, rightly, names no alternate for it. The language switcher still
takes a reader to the English home page."""

import pytest

from tests.soup import soup

pytestmark = pytest.mark.django_db


def head_alternates(response):
    return {link["hreflang"]: link["href"] for link in soup(response).select('head link[rel="alternate"][hreflang]')}


def switcher(response):
    return {a["hreflang"]: a["href"] for a in soup(response).select(".lang-switch a")}


def test_a_page_in_persian_alone_names_no_english_alternate(client):
    # Two thirds of the demo news have no English version.
    response = client.get("/news/nowruz-office-hours/")
    assert response.status_code == 200
    assert head_alternates(response) == {"fa": "/news/nowruz-office-hours/"}
    assert switcher(response)["en"] == "/en/"


def test_a_translated_page_names_both_languages(client):
    assert head_alternates(client.get("/labour-relations/")) == {
        "fa": "/labour-relations/",
        "en": "/en/labour-relations/",
    }


def test_a_view_that_is_no_page_names_its_own_address_in_both_languages(client):
    assert head_alternates(client.get("/track/")) == {"fa": "/track/", "en": "/en/track/"}
