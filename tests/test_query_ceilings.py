"""Queries of an uncached render of the main pages (page cache off, as in the tests), once
what is kept until content changes (routing, frame, fragments, figures) has been built by a
first reader. Measured with `bench/run.py --cpu`; see docs/performance.md."""

import re

import pytest

pytestmark = pytest.mark.django_db

CEILINGS = {
    "/": 0,
    "/en/": 0,
    "/services/foreign-work-permit/": 1,  # the survey's average: fresh on every render
    "/services/?type=G2C&level=electronic": 0,
    "/search/?q=%D9%83%D8%A7%D8%B1": 0,
    "/labour-relations/": 0,
    "/news/dispute-board-weekly-sessions/": 0,
    "/laws/labour-law/": 0,
    "/notices/": 1,  # when a notice next starts or expires, which ends the kept listing
    "/contact/": 1,  # the form's departments
    "/tenders/cleaning-services-1405/": 2,  # its amendments and department, for the status shown
    "/tenders/": 4,  # the filter's departments, the count, the page, its amendments (statuses are live)
}


@pytest.mark.parametrize("path", list(CEILINGS))
def test_main_pages_stay_within_their_query_ceiling(client, django_assert_max_num_queries, path):
    assert client.get(path).status_code == 200
    with django_assert_max_num_queries(CEILINGS[path]):
        assert client.get(path).status_code == 200


def test_a_news_month_stays_within_its_query_ceiling(client, django_assert_max_num_queries):
    month = re.search(r'href="(/news/archive/\d+/\d+/)"', client.get("/news/").content.decode()).group(1)
    assert client.get(month).status_code == 200
    with django_assert_max_num_queries(0):
        assert client.get(month).status_code == 200
