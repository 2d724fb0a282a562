"""Query counts of the other listings (laws, FAQ) do not grow with their number of items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from services.factories import LawIndexPageFactory, LawPageFactory, make_service
from services.models import FAQIndexPage, FAQItem

pytestmark = pytest.mark.django_db


def queries(client, url):
    client.get(url)  # warm what is rebuilt after content changes (menus, site root paths)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_law_index(client, home_fa):
    index = LawIndexPageFactory(parent=home_fa, slug="count-laws")
    index.save_revision().publish()

    def add(start, n):
        for i in range(start, start + n):
            LawPageFactory(parent=index, slug=f"law-{i}", title=f"قانون {i}").save_revision().publish()

    add(0, 3)
    client.get(index.url)
    few = queries(client, index.url)
    add(3, 6)
    assert queries(client, index.url) == few


def test_faq_index(client, home_fa, catalogue, categories):
    faq = FAQIndexPage.objects.get(locale__language_code="fa")
    services = [make_service(catalogue, slug=f"faq-s{i}") for i in range(2)]

    def add(start, n):
        for i in range(start, start + n):
            item = FAQItem(
                locale=faq.locale, question=f"پرسش آزمایشی {i}", answer="<p>پاسخ</p>", category=categories["other"]
            )
            item.services = services
            item.save()

    add(0, 3)
    client.get(faq.url)
    few = queries(client, faq.url)
    add(3, 6)
    assert queries(client, faq.url) == few
