"""Which pages a long listing links to: the first, the last, the current page ±2 and «…» for
the rest, in the page's digits, with labels a screen reader reads as pages (the rendered links:
tests/newsroom/test_news_page_links.py)."""

import pytest
from django.utils import translation

from home.pages.pagination import page_links, page_window


@pytest.mark.parametrize(
    ("number", "num_pages", "window"),
    [
        (1, 40, [1, 2, 3, None, 40]),
        (20, 40, [1, None, 18, 19, 20, 21, 22, None, 40]),
        (40, 40, [1, None, 38, 39, 40]),
        (3, 5, [1, 2, 3, 4, 5]),
        (1, 5, [1, 2, 3, 4, 5]),
        # A gap of one page shows that page: «…» would take as much room as its number.
        (5, 40, [1, 2, 3, 4, 5, 6, 7, None, 40]),
        (36, 40, [1, None, 34, 35, 36, 37, 38, 39, 40]),
        (1, 1, [1]),
        (2, 2, [1, 2]),
    ],
)
def test_the_window_of_page_links(number, num_pages, window):
    assert page_window(number, num_pages) == window


def test_page_links_carry_the_pages_digits_and_spoken_labels():
    with translation.override("fa"):
        links = page_links(20, 40)
    assert [link.text for link in links] == ["قبلی", "۱", "…", "۱۸", "۱۹", "۲۰", "۲۱", "۲۲", "…", "۴۰", "بعدی"]
    assert [link.label for link in links if link.current] == ["صفحهٔ ۲۰"]
    assert links[2].number is None and links[2].label == "صفحه‌های ۲ تا ۱۷ در فهرست نیامده‌اند"
    with translation.override("en"):
        links = page_links(20, 40)
    assert [link.text for link in links] == ["Previous", "1", "…", "18", "19", "20", "21", "22", "…", "40", "Next"]
    assert links[-2].label == "Page 40" and links[-3].label == "pages 23 to 39 are not listed"


@pytest.mark.parametrize(
    ("number", "num_pages", "steps"),
    [(20, 40, [("prev", 19), ("next", 21)]), (1, 3, [("next", 2)]), (3, 3, [("prev", 2)]), (1, 1, [])],
)
def test_a_step_back_and_forward_only_where_there_is_a_page(number, num_pages, steps):
    with translation.override("en"):
        links = page_links(number, num_pages)
    assert [(link.rel, link.number) for link in links if link.rel] == steps
    assert [link.label for link in links if link.rel] == [
        {"prev": "Previous page", "next": "Next page"}[rel] for rel, _ in steps
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(("per_page", "query", "queries"), [(50, {}, 1), (3, {}, 2), (3, {"page": "2"}, 2)])
def test_the_first_page_of_a_short_listing_is_read_without_counting(
    rf, django_assert_num_queries, per_page, query, queries
):
    """A listing that fits on its first page is counted by reading it (one query); a longer one,
    or another page, is counted as well. Either way the page holds the same rows."""
    from django.core.paginator import Paginator
    from wagtail.models import Page

    from home.pages.pagination import paginate

    def pages():
        return Page.objects.filter(depth__in=[2, 3]).order_by("path")

    expected = Paginator(list(pages()), per_page).page(int(query.get("page", 1)))
    assert 3 < expected.paginator.count < 50
    with translation.override("en"), django_assert_num_queries(queries):
        page_obj = paginate(rf.get("/", query), pages(), per_page)
        assert [page.pk for page in page_obj] == [page.pk for page in expected]
        assert page_obj.paginator.count == expected.paginator.count
        assert (
            page_obj.has_next() == expected.has_next() and page_obj.paginator.num_pages == expected.paginator.num_pages
        )
        assert [link.number for link in page_obj.links] == [link.number for link in paginate_links(expected)]


def paginate_links(page):
    return page_links(page.number, page.paginator.num_pages)
