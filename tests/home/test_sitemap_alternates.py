"""The sitemap as a crawler reads it: addresses on the host it was asked on, and each page's
translations named with hreflang (xhtml:link), read as XML."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.test import Client, override_settings

from home.factories import StandardPageFactory
from tests.shared_data import restore, shared_data

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
HOST = "portal.example.ir"


def read_urls(client, **request):
    """{path: {"loc": address, "alternates": {hreflang: address}}} of every sitemap page."""
    index = ET.fromstring(client.get("/sitemap.xml", **request).content)
    urls = {}
    for loc in index.iter(f"{SM}loc"):
        response = client.get(urlsplit(loc.text).path + "?" + urlsplit(loc.text).query, **request)
        assert response.status_code == 200
        for url in ET.fromstring(response.content).iter(f"{SM}url"):
            address = url.find(f"{SM}loc").text
            alternates = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
            assert all(link.get("rel") == "alternate" for link in url.iter(f"{XHTML}link"))
            urls[urlsplit(address).path] = {"loc": address, "alternates": alternates}
    return urls


@pytest.fixture(scope="module")
def seeded_sitemap(django_db_blocker, _warm_cache):
    """(index, urls) of the seeded site's sitemap read once over https on HOST, for the tests that
    only read it: each read fetches every sitemap page (about 230 addresses)."""
    with shared_data(django_db_blocker), override_settings(ALLOWED_HOSTS=[HOST]):
        restore(_warm_cache)
        client = Client()
        index = ET.fromstring(client.get("/sitemap.xml", HTTP_HOST=HOST, secure=True).content)
        return index, read_urls(client, HTTP_HOST=HOST, secure=True)


def test_every_address_is_on_the_scheme_and_host_the_sitemap_was_asked_on(seeded_sitemap, site):
    assert site.hostname != HOST
    index, urls = seeded_sitemap
    assert [loc.text.startswith(f"https://{HOST}/") for loc in index.iter(f"{SM}loc")] == [True]
    addresses = [url["loc"] for url in urls.values()]
    addresses += [href for url in urls.values() for href in url["alternates"].values()]
    assert len(addresses) > 100
    assert [address for address in addresses if not address.startswith(f"https://{HOST}/")] == []


def test_a_page_names_its_translation_and_the_persian_page_as_the_default(seeded_sitemap):
    _index, urls = seeded_sitemap
    expected = {
        "fa": f"https://{HOST}/labour-relations/",
        "en": f"https://{HOST}/en/labour-relations/",
        "x-default": f"https://{HOST}/labour-relations/",
    }
    assert urls["/labour-relations/"]["alternates"] == expected
    assert urls["/en/labour-relations/"]["alternates"] == expected
    assert urls["/"]["alternates"]["en"] == f"https://{HOST}/en/"


def test_a_page_in_one_language_or_with_a_draft_translation_names_no_alternate(client, home_fa, home_en):
    StandardPageFactory(parent=home_fa, slug="only-in-persian")
    drafted = StandardPageFactory(parent=home_fa, slug="english-in-draft")
    draft = drafted.copy_for_translation(home_en.locale, copy_parents=False)
    assert not draft.live
    urls = read_urls(client, HTTP_HOST=HOST)
    assert urls["/only-in-persian/"]["alternates"] == {}
    assert urls["/english-in-draft/"]["alternates"] == {}
    assert "/en/english-in-draft/" not in urls


def test_a_sitemap_page_reads_all_its_translations_at_once(client, home_fa, home_en, django_assert_max_num_queries):
    """More translated pages add no query: the translations of a sitemap page's addresses are
    read together (Wagtail's own queries are one a page type, for the specific pages)."""

    def queries():
        client.get("/sitemap-pages.xml", HTTP_HOST=HOST)  # the routing cache, after a content change
        with django_assert_max_num_queries(40) as captured:
            response = client.get("/sitemap-pages.xml", HTTP_HOST=HOST)
        assert response.status_code == 200
        return len(captured), response.content.count(b'hreflang="en"')

    before, english_before = queries()
    for number in range(5):
        page = StandardPageFactory(parent=home_fa, slug=f"translated-{number}")
        page.copy_for_translation(home_en.locale, copy_parents=False).save_revision().publish()
    after, english_after = queries()
    assert english_after == english_before + 2 * 5
    assert after == before
