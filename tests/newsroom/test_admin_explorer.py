"""The page explorer of a news index: what it costs does not grow with the rows it lists."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsroom.factories import NewsIndexPageFactory

pytestmark = pytest.mark.django_db

EXPLORER_QUERY_CEILING = 45  # a news index's explorer, 2 rows, as a superuser (36 at 5 rows on 2026-12-02)


def test_news_explorer_queries_do_not_grow_with_rows(
    admin_client, home_fa, publish_news, django_assert_max_num_queries
):
    index = NewsIndexPageFactory(parent=home_fa, slug="news-explorer-count")
    url = reverse("wagtailadmin_explore", args=[index.pk])

    def queries(ceiling):
        admin_client.get(url)  # warm up: per-process caches (content types, sites)
        with django_assert_max_num_queries(ceiling) as captured:
            response = admin_client.get(url)
        assert response.status_code == 200
        return len(captured), BeautifulSoup(response.content, "html.parser")

    # Two rows against five: a query per row would show, and five publishes cost a third of fifteen.
    for i in range(2):
        publish_news(index, slug=f"explorer-{i}", title=f"خبر فهرست {i}")
    small, soup = queries(EXPLORER_QUERY_CEILING)
    assert len(soup.select("tbody tr")) == 2
    for i in range(2, 5):
        publish_news(index, slug=f"explorer-{i}", title=f"خبر فهرست {i}")
    _, soup = queries(small)
    assert len(soup.select("tbody tr")) == 5
    # Each Persian news item still offers wagtail-localize's "Translate this page" (English is
    # missing), now answered by the listing's own query instead of two queries a row.
    translate_links = {a["href"] for a in soup.select("tbody a[href*='/localize/submit/page/']")}
    assert len(translate_links) == 5


def test_news_explorer_reads_the_newest_children_from_an_index(admin_client, home_fa, publish_news):
    """Its default order, last revision newest first, is an index's order (home 0012): at
    100,000 news items PostgreSQL reads the first 50 entries instead of sorting them all."""
    index = NewsIndexPageFactory(parent=home_fa, slug="news-explorer-order")
    published = [publish_news(index, slug=f"order-{i}", title=f"خبر ترتیب {i}") for i in range(3)]
    url = reverse("wagtailadmin_explore", args=[index.pk])
    with CaptureQueriesContext(connection) as captured:
        response = admin_client.get(url)
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("tbody tr")
    listed = [next(page.title for page in published if page.title in row.get_text()) for row in rows]
    assert listed == [page.title for page in reversed(published)]  # the last published first
    order = 'ORDER BY "wagtailcore_page"."latest_revision_created_at" DESC NULLS LAST'
    listing = next(query["sql"] for query in captured if order in query["sql"])
    with connection.cursor() as cursor:
        # A handful of rows here: forbid the sort so the plan shows whether an index gives the order.
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {listing}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "home_page_latest_revision" in plan, plan
