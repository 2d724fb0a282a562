"""Random VALUES of the query parameters a page declares cannot render pages of their own nor
make cache keys of their own: a page number that is not a page of the list, or a filter value
that is not one of the choices, redirects to the canonical address (issue 16, item 4)."""

from urllib.parse import urlencode

import pytest
from django.core.paginator import Paginator
from django.test import Client, override_settings

from newsroom.models import NewsIndexPage, NewsPage
from services.models import ServiceIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_fa):
    return NewsIndexPage.objects.get(locale__language_code="fa")


@override_settings(PAGE_CACHE_SECONDS=300)
def test_page_numbers_that_are_no_page_redirect_and_are_not_stored(news_index):
    from newsroom.views import NEWS_PER_PAGE

    last = Paginator(NewsPage.objects.child_of(news_index).live(), NEWS_PER_PAGE).num_pages
    assert last >= 2
    url = news_index.url
    client = Client()
    cases = {
        "999999": f"{url}?page={last}",
        "9" * 5000: url,  # too long to be a number
        "abc": url,
        "0": url,
        "-3": url,
        "²": url,
        "۲": f"{url}?page=2",
        "02": f"{url}?page=2",
        "1_0": f"{url}?page={min(10, last)}",
    }
    for value, target in cases.items():
        response = client.get(url, {"page": value, "utm_source": "x"})
        assert response.status_code == 302, value[:10]
        assert response["Location"] == target, value[:10]
        assert "X-Cache" not in response  # nothing stored for it
    assert client.get(url, {"page": ["2", "3"]})["Location"] == f"{url}?page=2"
    # The real pages render, once each.
    for number in (1, 2, last):
        assert client.get(url, {"page": number})["X-Cache"] == "MISS"
        assert client.get(url, {"page": number, "x": "1"})["X-Cache"] == "HIT"


def test_unknown_filter_values_redirect_to_the_address_without_them(home_fa):
    client = Client()
    assert client.get("/laws/", {"kind": "zzz"})["Location"] == "/laws/"
    assert client.get("/laws/", {"kind": "law", "status": "<b>"})["Location"] == "/laws/?kind=law"
    assert client.get("/laws/", {"kind": ["law", "law"]})["Location"] == "/laws/?kind=law"
    assert client.get("/laws/", {"kind": "law"}).status_code == 200

    services = ServiceIndexPage.objects.get(locale__language_code="fa").url
    response = client.get(services, {"category": "no-such-category-8271", "audience": "zz"})
    assert response.status_code == 302
    assert response["Location"] == f"{services}?audience=zz"  # one redirect per bad filter, then ...
    assert client.get(services, {"category": "no-such-category-8271"})["Location"] == services


def test_search_narrowed_to_a_kind_it_did_not_find_redirects(home_fa):
    client = Client()
    assert client.get("/search/", {"q": "بیمه", "kind": "no-such-kind"})["Location"] == "/search/?" + urlencode(
        {"q": "بیمه"}
    )
    # Nothing searched: nothing to narrow or page through.
    assert client.get("/search/", {"kind": "news", "page": "4"})["Location"] == "/search/"
    assert client.get("/search/", {"q": "بیمه"}).status_code == 200


def test_a_redirect_never_leaves_the_site():
    from django.test import RequestFactory

    from home.caching.query_params import canonical_url

    request = RequestFactory().get("/laws/", {"kind": "zzz", "x": "1"})
    request.path = "//evil.example/laws/"
    assert canonical_url(request, {"kind": []}) == "/evil.example/laws/"


def test_a_parameter_the_page_does_not_read_redirects_to_the_address_without_it(news_index):
    """Every declared name is part of the cache key, so ?kind=N on the news (which reads only
    page) would be a fresh key and render each time."""
    client = Client()
    response = client.get(news_index.url, {"kind": "8273", "x": "1"})
    assert response.status_code == 302 and response["Location"] == news_index.url
    assert client.get("/laws/", {"category": "a", "kind": "law"})["Location"] == "/laws/?kind=law"
    # Django views: the search reads q, kind and page; the sitemap reads p; a feed reads none.
    assert client.get("/search/", {"q": "بیمه", "category": "x"})["Location"] == "/search/?" + urlencode({"q": "بیمه"})
    assert client.get("/sitemap.xml", {"page": "7"})["Location"] == "/sitemap.xml"
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/feeds/news/rss/", {"page": "7"})["Location"] == "/feeds/news/rss/"
