"""What every listing does with the values of its query parameters (one rule, in
home/caching/query_params.py). A value that asks for what the listing does not have (a filter
value that is not one of the choices, as a stale shared link carries; a page number that is no
page of the list) is a 400 that still shows the listing, without that value, and an error
summary saying what was left out; it is never stored, so it makes no cache key of its own.
Another spelling of a real value («02», «۲», given twice) redirects to it (issue 16, item 4)."""

from urllib.parse import urlencode

import pytest
from django.core.paginator import Paginator
from django.test import Client, override_settings

from newsroom.models import NewsIndexPage, NewsPage
from services.models import ServiceIndexPage
from tests.soup import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_fa):
    return NewsIndexPage.objects.get(locale__language_code="fa")


def told(response):
    """The status and the error summary's items (what the reader is told was left out)."""
    summary = soup(response).select_one("main [data-error-summary]")
    items = [" ".join(li.get_text().split()) for li in summary.select("li")] if summary else []
    return response.status_code, items


@pytest.mark.usefixtures("rendered_context")
@override_settings(PAGE_CACHE_SECONDS=300)
def test_page_numbers_that_are_no_page_are_told_and_not_stored(news_index):
    from newsroom.views import NEWS_PER_PAGE

    last = Paginator(NewsPage.objects.child_of(news_index).live(), NEWS_PER_PAGE).num_pages
    assert last >= 2
    url = news_index.url
    client = Client()
    shown = {"999999": last, "9" * 5000: 1, "abc": 1, "0": 1, "-3": 1, "²": 1}
    for value, number in shown.items():
        response = client.get(url, {"page": value, "utm_source": "x"})
        status, items = told(response)
        assert status == 400 and len(items) == 1, value[:10]
        assert response.context["page_obj"].number == number, value[:10]
        assert "X-Cache" not in response  # nothing stored for it
    assert told(client.get(url, {"page": "abc"}))[1] == ["صفحه: این فهرست صفحهٔ «abc» ندارد؛ صفحهٔ ۱ نشان داده شده است."]
    # Another spelling of a real page is that page.
    for value in ("۲", "02", ["2", "3"]):
        assert client.get(url, {"page": value})["Location"] == f"{url}?page=2"
    # The real pages render, once each.
    for number in (1, 2, last):
        assert client.get(url, {"page": number})["X-Cache"] == "MISS"
        assert client.get(url, {"page": number, "x": "1"})["X-Cache"] == "HIT"


def test_a_stale_law_filter_lists_the_laws_without_it_and_says_so(home_fa):
    client = Client()
    law = told(client.get("/laws/", {"kind": "law", "status": "<b>"}))
    assert law == (400, ["وضعیت: «<b>» یکی از گزینه‌ها نیست؛ فهرست بدون این پالایه نشان داده شده است."])
    assert told(client.get("/laws/", {"kind": "law"})) == (200, [])
    assert client.get("/laws/", {"kind": ["law", "law"]})["Location"] == "/laws/?kind=law"
    english = told(client.get("/en/laws/", {"kind": "zzz"}))
    assert english == (400, ["Kind: “zzz” is not one of the choices; the list is shown without this filter."])


@pytest.mark.usefixtures("rendered_context")
def test_a_stale_catalogue_filter_keeps_the_others_and_says_so(home_fa):
    client = Client()
    services = ServiceIndexPage.objects.get(locale__language_code="fa").url
    response = client.get(services, {"category": "no-such-category-8271", "domain": "employment"})
    status, items = told(response)
    assert status == 400 and len(items) == 1 and "no-such-category-8271" in items[0]
    assert response.context["catalogue"].selected["domain"] == ["employment"]
    # The page links keep the filter applied and drop the one left out.
    assert "no-such-category" not in str(response.context["page_obj"].link_query.urlencode())


def test_the_notice_board_and_its_archive_page_like_every_listing(home_fa):
    client = Client()
    for path in ("/notices/", "/notices/archive/"):
        assert told(client.get(path, {"page": "7"}))[0] == 400, path
        assert told(client.get(path))[0] == 200, path


@pytest.mark.usefixtures("rendered_context")
def test_search_narrowed_to_a_kind_it_did_not_find_says_so(home_fa):
    client = Client()
    response = client.get("/search/", {"q": "بیمه", "kind": "no-such-kind"})
    status, items = told(response)
    assert status == 400 and items and items[0].startswith("نوع نتیجه:")
    assert response.context["total"] and not response.context["kind"]
    # Nothing searched: nothing to narrow or page through (the same empty search page).
    assert client.get("/search/", {"kind": "news", "page": "4"})["Location"] == "/search/"
    assert told(client.get("/search/", {"q": "بیمه"})) == (200, [])


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


def test_a_query_no_listing_reads_makes_no_listing_fragment_of_its_own(home_fa):
    """The listings' fragments are kept per page shown, not per address: ?utm_source=N or a
    refused value renders the fragment of the page it shows (they were kept per full address)."""
    from home.caching import page_cache

    client = Client()
    for path in ("/news/", "/notices/archive/", "/services/"):
        client.get(path)
        kept = len(page_cache._LOCAL)
        for n in range(3):
            client.get(path, {"utm_source": f"x{n}"})
            client.get(path, {"page": f"abc{n}"})
        assert len(page_cache._LOCAL) == kept, path
