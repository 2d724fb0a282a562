"""home's URL names: localised routes under `home:`, one-address site routes under `site:`."""

import pytest
from django.urls import reverse
from django.utils import translation


@pytest.mark.parametrize(("language", "prefix"), [("fa", ""), ("en", "/en")])
def test_home_routes_follow_the_language_and_site_routes_do_not(language, prefix):
    with translation.override(language):
        assert reverse("home:search") == f"{prefix}/search/"
        assert reverse("site:robots_txt") == "/robots.txt"
        assert reverse("site:healthz") == "/healthz"
        assert reverse("site:sitemap") == "/sitemap.xml"
        assert reverse("site:sitemap_section", kwargs={"section": "pages"}) == "/sitemap-pages.xml"


@pytest.mark.django_db
def test_the_search_box_and_the_sitemap_index_use_the_namespaced_names(client, home_en):
    assert 'action="/search/"' in client.get("/").content.decode()
    assert 'action="/en/search/"' in client.get("/en/").content.decode()
    index = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/sitemap-pages.xml" in index
