"""English listings say how many items the Persian listing shows besides: those with no English
version (the tenders, the notice board, the news archive), never on Persian pages, and at no
cost in queries."""

import re

import pytest
from django.utils import timezone

from home.caching.page_cache import purge_all
from newsroom.models import NewsPage, NoticePage
from tenders.models import TenderPage
from tenders.status import CURRENT, FINISHED
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db

LINE = re.compile(r"^(\d+) more (notices?|news items?) (are|is) published in Persian only\.$")


def persian_only(pages):
    """The Persian pages among `pages` that have no live English version (counted in Python)."""
    english = set(
        type(pages.first()).objects.live().filter(locale__language_code="en").values_list("translation_key", flat=True)
    )
    return [page for page in pages.filter(locale__language_code="fa") if page.translation_key not in english]


def the_line(response):
    """(number, href) of the line, or None."""
    soup = ok_soup(response)
    links = [a for a in soup.select("main a[hreflang=fa]") if "published in Persian only" in a.get_text()]
    if not links:
        return None
    assert len(links) == 1
    match = LINE.match(" ".join(links[0].get_text().split()))
    assert match, links[0].get_text()
    return int(match.group(1)), links[0]["href"]


def test_the_english_tender_listings_count_the_persian_only_notices(client):
    now = timezone.now()
    for path, persian_path, statuses in (
        ("/en/tenders/", "/tenders/", CURRENT),
        ("/en/tenders/archive/", "/tenders/archive/", FINISHED),
    ):
        missing = persian_only(TenderPage.objects.live().public().with_status(statuses, now))
        assert missing, path  # the demo has Persian notices with no English version
        assert the_line(client.get(path)) == (len(missing), persian_path)
    # With the filter's values: only the Persian-only notices of that kind.
    auctions = persian_only(TenderPage.objects.live().public().with_status(CURRENT, now).filter(kind="auction"))
    assert (the_line(client.get("/en/tenders/?kind=auction")) or (0,))[0] == len(auctions)


def test_the_english_notice_board_and_news_count_the_persian_only_items(client):
    missing = persian_only(NoticePage.objects.live().public().current())
    assert missing
    assert the_line(client.get("/en/notices/")) == (len(missing), "/notices/")
    missing = persian_only(NewsPage.objects.live().public())
    assert missing
    assert the_line(client.get("/en/news/")) == (len(missing), "/news/")


def test_no_line_when_every_item_has_an_english_version(client):
    now = timezone.now()
    for pages in (
        TenderPage.objects.live().with_status(CURRENT, now),
        NoticePage.objects.live().current(),
        NewsPage.objects.live(),
    ):
        type(pages.first()).objects.filter(pk__in=[page.pk for page in persian_only(pages)]).update(live=False)
    purge_all()  # `update` sends no signal
    for path in ("/en/tenders/", "/en/notices/", "/en/news/"):
        assert the_line(client.get(path)) is None, path


@pytest.mark.parametrize("path", ["/tenders/", "/tenders/archive/", "/notices/", "/news/", "/news/archive/1404/"])
def test_never_on_persian_pages(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "Persian only" not in response.content.decode()


@pytest.mark.parametrize(("path", "ceiling"), [("/en/tenders/", 4), ("/en/notices/", 1), ("/en/news/", 0)])
def test_the_english_listings_stay_within_the_persian_ones_query_ceiling(
    client, django_assert_max_num_queries, path, ceiling
):
    """The Persian listings' ceilings (tests/test_query_ceilings.py): the count is kept with the
    listing (news, notices: in its fragment; tenders: until content or a status changes)."""
    assert the_line(client.get(path))
    with django_assert_max_num_queries(ceiling):
        assert client.get(path).status_code == 200
