"""A news listing of many pages, as rendered: a window of page links with «…» for the gaps,
Persian digits on Persian pages, the current page marked and every link labelled as a page."""

import pytest
from django.core.cache import cache

from home.language.text import local_digits
from newsroom.models import NewsPage
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def one_item_a_page(monkeypatch):
    """40 and more pages of Persian news, 15 of English; the listings rendered anew (the warmed
    cache keeps the first pages as ten a page)."""
    monkeypatch.setattr("newsroom.views.NEWS_PER_PAGE", 1)
    cache.clear()


def page_links(response):
    nav = ok_soup(response).select_one("nav.pagination")
    assert nav is not None, "no page links"
    return nav, [" ".join(item.get_text(" ", strip=True).split()) for item in nav.select("li")]


def test_page_20_of_a_long_persian_listing(client, news_index):
    response = client.get(news_index.url, {"page": 20})
    last = NewsPage.objects.child_of(news_index).live().count()
    assert last >= 40

    nav, items = page_links(response)
    fa = lambda n: local_digits(n, "fa")  # noqa: E731
    assert items == [
        "قبلی",
        "۱",
        "… صفحه‌های ۲ تا ۱۷ در فهرست نیامده‌اند",
        "۱۸", "۱۹", "۲۰", "۲۱", "۲۲",
        f"… صفحه‌های ۲۳ تا {fa(last - 1)} در فهرست نیامده‌اند",
        fa(last),
        "بعدی",
    ]  # fmt: skip
    current = nav.select("[aria-current]")
    assert [(a["aria-current"], a["aria-label"], a.get_text()) for a in current] == [("page", "صفحهٔ ۲۰", "۲۰")]
    assert nav.select_one("a[rel=prev]")["aria-label"] == "صفحهٔ قبلی"
    assert nav.select_one("a[rel=next]")["aria-label"] == "صفحهٔ بعدی"
    assert [a["aria-label"] for a in nav.select("a:not([rel])")][:2] == ["صفحهٔ ۱", "صفحهٔ ۱۸"]
    hrefs = [a["href"] for a in nav.select("a:not([rel])")]
    assert hrefs == [f"?page={n}" for n in (1, 18, 19, 20, 21, 22, last)]
    # The «…» is seen, not read: its label says which pages it stands for.
    assert [gap.select_one("[aria-hidden=true]").get_text() for gap in nav.select(".pagination__gap")] == ["…", "…"]


def test_the_first_page_of_an_english_listing(client, news_index_en):
    response = client.get(news_index_en.url)
    last = NewsPage.objects.child_of(news_index_en).live().count()
    assert last >= 6

    nav, items = page_links(response)
    assert items == ["1", "2", "3", f"… pages 4 to {last - 1} are not listed", str(last), "Next"]
    assert nav.select_one("[aria-current=page]")["aria-label"] == "Page 1"
    assert nav.select_one("a[rel=next]")["aria-label"] == "Next page"
