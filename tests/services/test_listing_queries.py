"""Query counts of the other listings (laws, FAQ) do not grow with their number of items."""

import pytest

from services.factories import LawIndexPageFactory, LawPageFactory
from services.models import FAQIndexPage, FAQItem
from tests.services.conftest import make_live_service

pytestmark = pytest.mark.django_db


LISTING_QUERY_CEILING = 4  # a warmed law or FAQ listing of a few items


def queries(client, url, expect):
    client.get(url)  # warm what is rebuilt after content changes (menus, site root paths)
    with expect as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_law_index(client, home_fa, django_assert_max_num_queries, django_assert_num_queries):
    index = LawIndexPageFactory(parent=home_fa, slug="count-laws")
    index.save_revision().publish()

    def add(start, n):
        for i in range(start, start + n):
            # Live as the factory makes them (a revision and publish per law is not what is counted).
            LawPageFactory(parent=index, slug=f"law-{i}", title=f"قانون {i}")

    add(0, 2)
    client.get(index.url)
    few = queries(client, index.url, django_assert_max_num_queries(LISTING_QUERY_CEILING))
    add(2, 3)
    queries(client, index.url, django_assert_num_queries(few))


def test_faq_index(client, home_fa, catalogue, categories, django_assert_max_num_queries, django_assert_num_queries):
    faq = FAQIndexPage.objects.get(locale__language_code="fa")
    services = [make_live_service(catalogue, slug=f"faq-s{i}") for i in range(2)]

    def add(start, n):
        for i in range(start, start + n):
            item = FAQItem(
                locale=faq.locale, question=f"پرسش آزمایشی {i}", answer="<p>پاسخ</p>", category=categories["other"]
            )
            item.services = services
            item.save()

    add(0, 2)
    client.get(faq.url)
    few = queries(client, faq.url, django_assert_max_num_queries(LISTING_QUERY_CEILING))
    add(2, 3)
    queries(client, faq.url, django_assert_num_queries(few))
