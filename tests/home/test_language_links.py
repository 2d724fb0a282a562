"""The language switcher and the hreflang links of a routable page's sub-route (a category, a
tag, an archive month, a survey) go to the same sub-route of the translation, with the filters
of the query string; where the translation shows nothing there, to the translation itself."""

from urllib.parse import quote

import pytest

from home.templatetags import frame_tags
from newsroom.models import NewsPage
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db

PERSIAN_TAG = quote("/news/tag/روابط-کار/")  # on Persian news only


def links(client, path):
    """({language: switcher href}, {language: hreflang href}) of the page at `path`, the hreflang
    addresses (absolute, on the test client's host) given by their path."""
    page = ok_soup(client.get(path))
    switch = {a["hreflang"]: a["href"] for a in page.select(".lang-switch a")}
    alternates = {link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')}
    assert all(href.startswith("http://testserver/") for href in alternates.values()), alternates
    return switch, {code: href.removeprefix("http://testserver") for code, href in alternates.items()}


@pytest.mark.parametrize(
    "persian",
    [
        "/services/category/permits/",
        "/news/section/cooperatives/",
        "/notices/archive/",
        "/tenders/archive/",
        "/contact/anonymous/",
        "/services/labour-dispute/survey/",
    ],
)
def test_a_sub_route_switches_to_the_same_sub_route(client, persian):
    english = "/en" + persian
    both = {"fa": persian, "en": english}
    assert links(client, english) == (both, both)
    assert links(client, persian) == (both, both)


def test_an_archive_year_switches_to_the_other_archive(client):
    # Its number names a year of the reader's calendar, split between two of the other's (the
    # months: tests/home/test_archive_month_links.py).
    english = {"fa": "/news/", "en": "/en/news/archive/2026/"}
    assert links(client, "/en/news/archive/2026/") == (english, english)
    persian = {"fa": "/news/archive/1405/", "en": "/en/news/"}
    assert links(client, "/news/archive/1405/") == (persian, persian)


def test_a_tag_on_news_of_both_languages_switches_to_the_tag(client):
    news = NewsPage.objects.live().public().filter(locale__language_code="fa").order_by("pk").first()
    news.tags.add("cooperatives")  # an English tag, now on a Persian news item too
    news.save_revision().publish()
    both = {"fa": "/news/tag/cooperatives/", "en": "/en/news/tag/cooperatives/"}
    assert links(client, "/en/news/tag/cooperatives/") == (both, both)


def test_a_tag_of_one_language_only_switches_to_the_other_archive(client):
    # Each language's news carry tags in its own words: the other archive would list nothing.
    english = {"fa": "/news/", "en": "/en/news/tag/labour-relations/"}
    assert links(client, "/en/news/tag/labour-relations/") == (english, english)
    persian = {"fa": PERSIAN_TAG, "en": "/en/news/"}
    assert links(client, PERSIAN_TAG) == (persian, persian)


def test_the_switcher_keeps_the_filters_not_the_page_and_hreflang_leaves_them_out(client):
    switch, alternates = links(client, "/en/services/category/permits/?level=electronic&utm_source=x")
    assert switch == {
        "fa": "/services/category/permits/?level=electronic",
        "en": "/en/services/category/permits/?level=electronic",
    }
    assert alternates == {"fa": "/services/category/permits/", "en": "/en/services/category/permits/"}
    # The other language's list holds other items, and fewer pages: page 5 of the Persian news
    # switched to a 400 («page 2 is shown») on the English.
    switch, alternates = links(client, "/news/?page=5")
    assert switch == {"fa": "/news/?page=5", "en": "/en/news/"}
    assert alternates == {"fa": "/news/", "en": "/en/news/"}
    switch, _alternates = links(client, "/en/services/category/permits/?level=electronic&page=1")
    assert switch["fa"] == "/services/category/permits/?level=electronic"


def test_plain_pages_and_search_are_as_before(client):
    assert links(client, "/en/about/")[0] == {"fa": "/about/", "en": "/en/about/"}
    assert links(client, "/en/search/?q=work")[0] == {"fa": "/search/?q=work", "en": "/en/search/?q=work"}
    # A news item with no English version: the English home, with nothing of the Persian address.
    assert links(client, "/news/nowruz-office-hours/?utm_source=x")[0]["en"] == "/en/"


@pytest.mark.parametrize(
    ("path", "language", "link"),
    [
        ("/en/news/tag/labour-relations/?page=1", "fa", "/news/"),
        ("/news/archive/1405/9/", "en", "/en/news/archive/2026/12/"),  # the other calendar's month
    ],
)
def test_warm_links_of_a_sub_route_cost_no_query(
    client, monkeypatch, django_assert_max_num_queries, path, language, link
):
    real, calls = frame_tags.alternate_links, []

    def counted(request, page=None):
        if calls:  # the second reader: the page's links and the tag's answer are cached
            with django_assert_max_num_queries(0):
                calls.append("warm")
                return real(request, page)
        calls.append("cold")
        return real(request, page)

    monkeypatch.setattr(frame_tags, "alternate_links", counted)
    for _ in range(2):
        assert links(client, path)[0][language] == link
    assert calls == ["cold", "warm"]
