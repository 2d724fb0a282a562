"""The head's hreflang links name a page's translations only. A news item in Persian alone named
the English home page as its English alternate («/en/»), which search engines read as the same
content in English; the sitemap, rightly, names no alternate for it. The language switcher still
takes a reader to the English home page.

Each names an absolute address on the scheme and host the page was asked on: a relative one
(«/en/services/»), as the head carried before, is ignored by search engines."""

import xml.etree.ElementTree as ET

import pytest
from django.test import override_settings

from tests.soup import soup

pytestmark = pytest.mark.django_db

HERE = "http://testserver"


def head_alternates(response):
    return {link["hreflang"]: link["href"] for link in soup(response).select('head link[rel="alternate"][hreflang]')}


def switcher(response):
    return {a["hreflang"]: a["href"] for a in soup(response).select(".lang-switch a")}


def test_a_page_in_persian_alone_names_no_english_alternate(client):
    # Two thirds of the demo news have no English version.
    response = client.get("/news/nowruz-office-hours/")
    assert response.status_code == 200
    assert head_alternates(response) == {"fa": f"{HERE}/news/nowruz-office-hours/"}
    assert switcher(response)["en"] == "/en/"


def test_a_translated_page_names_both_languages(client):
    assert head_alternates(client.get("/labour-relations/")) == {
        "fa": f"{HERE}/labour-relations/",
        "en": f"{HERE}/en/labour-relations/",
    }


def test_a_view_that_is_no_page_names_its_own_address_in_both_languages(client):
    assert head_alternates(client.get("/track/")) == {"fa": f"{HERE}/track/", "en": f"{HERE}/en/track/"}


def test_the_addresses_are_on_the_scheme_and_host_asked_for_even_from_the_cache(client):
    """The page cache and the kept language links are keyed by scheme and host: a page first read
    over http on one host never names that host to a reader of another."""
    with override_settings(PAGE_CACHE_SECONDS=300):
        for host, secure in (("portal.example.ir", False), ("portal.example.ir", True), ("kar.example.ir", True)):
            scheme = "https" if secure else "http"
            for _ in range(2):  # the second read is answered from the caches
                response = client.get("/en/services/", HTTP_HOST=host, secure=secure)
                assert head_alternates(response) == {
                    "fa": f"{scheme}://{host}/services/",
                    "en": f"{scheme}://{host}/en/services/",
                }


def test_the_head_names_the_addresses_the_sitemap_names(client):
    sitemap = ET.fromstring(client.get("/sitemap-pages.xml", secure=True, HTTP_HOST="portal.example.ir").content)
    sm, xhtml = "{http://www.sitemaps.org/schemas/sitemap/0.9}", "{http://www.w3.org/1999/xhtml}"
    for path in ("/labour-relations/", "/en/services/", "/en/"):
        url = next(u for u in sitemap if u.find(f"{sm}loc").text == f"https://portal.example.ir{path}")
        named = {link.get("hreflang"): link.get("href") for link in url.iter(f"{xhtml}link")}
        named.pop("x-default")
        assert head_alternates(client.get(path, secure=True, HTTP_HOST="portal.example.ir")) == named
