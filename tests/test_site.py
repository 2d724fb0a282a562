"""Site furniture: sitemap, robots.txt, error pages, menus and footer."""

import pytest

from home.models import SectionPage
from tests.sitemaps import client_getter
from tests.sitemaps import sitemap_paths as read_sitemap
from tests.soup import soup

pytestmark = pytest.mark.django_db


def sitemap_paths(client):
    return read_sitemap(client_getter(client))


def test_sitemap_lists_both_languages_and_every_url_answers(client):
    paths = sitemap_paths(client)
    assert "/" in paths and "/en/" in paths
    assert "/labour-relations/" in paths and "/en/labour-relations/" in paths
    for path in paths:
        assert client.get(path).status_code == 200, path


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_404_is_persian_on_the_persian_site_and_english_on_the_english(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "صفحه پیدا نشد" in response.content.decode()
    english = client.get("/en/no-such-page/")
    assert english.status_code == 404
    assert "Page not found" in english.content.decode()


def test_a_crash_gives_the_persian_500_page_without_details(client, monkeypatch):
    from home.models import HomePage

    def boom(self, request, *args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(HomePage, "get_context", boom)
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "خطایی در سرور" in body
    assert "secret internal detail" not in body and "Traceback" not in body


def test_500_template_renders_in_persian(client):
    from django.test import RequestFactory

    from home.views import server_error

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    body = response.content.decode()
    assert 'lang="fa"' in body and "خطایی در سرور" in body
    assert "Traceback" not in body


def test_footer_lists_ministry_organisations_in_each_language(client):
    persian = soup(client.get("/"))
    footer = persian.select_one("footer").get_text()
    assert "سازمان تأمین اجتماعی" in footer
    english = soup(client.get("/en/"))
    assert "Social Security Organization" in english.select_one("footer").get_text()


def test_menu_links_follow_the_language_and_every_domain_is_in_the_footer(client):
    sections = SectionPage.objects.live().filter(locale__language_code="fa")
    assert sections.count() >= 2
    for home, prefix in (("/", "/"), ("/en/", "/en/")):
        page = soup(client.get(home))
        assert f"{prefix}services/" in [a["href"] for a in page.select(".main-nav a")]
        footer = [a["href"] for a in page.select("footer nav a")]
        # All of them, not some: the main menu once held the first three of six.
        assert [f"{prefix}{section.slug}/" for section in sections if f"{prefix}{section.slug}/" not in footer] == []


def test_breadcrumbs_and_skip_link(client):
    page = soup(client.get("/labour-relations/dispute-boards/"))
    crumbs = [li.get_text(strip=True) for li in page.select(".breadcrumbs li")]
    assert crumbs == ["خانه", "روابط کار", "هیئت‌های تشخیص و حل اختلاف"]
    assert page.select_one("a.skip-link")["href"] == "#main-content"
    assert page.select_one("#main-content") is not None


def test_section_domain_is_unique_per_language(home_fa):
    from django.core.exceptions import ValidationError

    from home.choices import Domain
    from home.factories import SectionPageFactory

    with pytest.raises(ValidationError):
        SectionPageFactory(parent=home_fa, slug="duplicate-section", domain=Domain.COOPERATIVES)


def test_sitemap_is_an_index_of_bounded_pages(client, settings):
    """A large site splits its addresses over sitemap pages (limit per page), all listed in the index."""
    from home.pages.sitemaps import PortalSitemap

    everything = sitemap_paths(client)
    # Three pages, the last one short: the site read once more, not in fifty pages of ten.
    limit = PortalSitemap().paginator.count // 3 + 1
    original = PortalSitemap.limit
    PortalSitemap.limit = limit
    try:
        index = client.get("/sitemap.xml").content.decode()
        split = sitemap_paths(client)
    finally:
        PortalSitemap.limit = original
    assert index.count("<sitemap>") == 3
    assert "sitemap-pages.xml?p=2" in index
    assert split == everything
