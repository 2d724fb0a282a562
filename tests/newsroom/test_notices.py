"""The notice board: current notices by time, no cron; expired ones in the archive."""

import datetime

import pytest
from django.utils import timezone

from newsroom.choices import Importance
from newsroom.factories import NoticePageFactory
from newsroom.models import NoticePage
from tests.sitemaps import client_getter, sitemap_paths
from tests.soup import soup

pytestmark = pytest.mark.django_db


def board_titles(response):
    assert response.status_code == 200
    page = soup(response)
    return [a.get_text(strip=True) for a in page.select(".notice-listing .notice__title a")]


def publish(parent, **fields):
    page = NoticePageFactory(parent=parent, **fields)
    page.save_revision().publish()
    return page


def live_notice(parent, **fields):
    """A notice live as its factory saves it, without a revision or publish (about half the CPU):
    for the board, its archive and the home panel, which read what is live and its dates."""
    return NoticePageFactory(parent=parent, **fields)


def test_state_is_decided_at_query_time(notice_index):
    now = timezone.now()
    notice = live_notice(
        notice_index, starts_at=now + datetime.timedelta(hours=1), expires_at=now + datetime.timedelta(hours=3)
    )
    notices = NoticePage.objects.child_of(notice_index)
    moments = {
        "upcoming": now,
        "current": now + datetime.timedelta(hours=2),
        "expired": now + datetime.timedelta(hours=3),  # expiry is exclusive
    }
    for state, moment in moments.items():
        assert notice.state(moment) == state
        assert notices.upcoming(moment).filter(pk=notice.pk).exists() == (state == "upcoming")
        assert notices.current(moment).filter(pk=notice.pk).exists() == (state == "current")
        assert notices.expired(moment).filter(pk=notice.pk).exists() == (state == "expired")


def test_board_shows_only_current_notices_and_the_archive_only_expired(client, notice_index):
    now = timezone.now()
    current = live_notice(notice_index, title="اطلاعیه جاری آزمون")
    expired = live_notice(
        notice_index,
        title="اطلاعیه تازه منقضی‌شده آزمون",
        starts_at=now - datetime.timedelta(days=2),
        expires_at=now - datetime.timedelta(seconds=1),
    )
    upcoming = live_notice(
        notice_index,
        title="اطلاعیه آینده آزمون",
        starts_at=now + datetime.timedelta(minutes=5),
        expires_at=now + datetime.timedelta(days=2),
    )
    board = board_titles(client.get(notice_index.url))
    assert current.title in board
    assert expired.title not in board and upcoming.title not in board
    archive = board_titles(client.get(notice_index.url + "archive/"))
    assert expired.title in archive
    assert current.title not in archive and upcoming.title not in archive


def test_a_notice_leaves_the_board_when_it_expires_without_any_job(client, notice_index):
    notice = live_notice(notice_index, title="اطلاعیه در حال انقضا")
    assert notice.title in board_titles(client.get(notice_index.url))
    # Only the clock moves: the stored row is what it was (no job, no save).
    NoticePage.objects.filter(pk=notice.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert notice.title not in board_titles(client.get(notice_index.url))
    assert notice.title in board_titles(client.get(notice_index.url + "archive/"))
    page = soup(client.get(notice.url))
    assert page.select_one(".callout--warning")
    assert page.find("meta", attrs={"name": "robots"})["content"].startswith("noindex")


def test_upcoming_notice_is_not_public_yet(client, notice_index):
    now = timezone.now()
    notice = live_notice(
        notice_index, starts_at=now + datetime.timedelta(hours=1), expires_at=now + datetime.timedelta(days=1)
    )
    assert client.get(notice.url).status_code == 404


def test_pinned_and_urgent_come_first(client, notice_index):
    pinned = live_notice(
        notice_index, title="سنجاق آزمون", pinned=True, starts_at=timezone.now() - datetime.timedelta(days=30)
    )
    urgent = live_notice(notice_index, title="فوری آزمون", importance=Importance.URGENT)
    board = board_titles(client.get(notice_index.url))
    pinned_titles = list(
        NoticePage.objects.child_of(notice_index).live().current().filter(pinned=True).values_list("title", flat=True)
    )
    assert set(board[: len(pinned_titles)]) == set(pinned_titles)
    assert pinned.title in pinned_titles
    assert board.index(urgent.title) == len(pinned_titles)  # first after the pinned ones


def test_notice_with_attachment(client, notice_index):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(title="فهرست مدارک", file=ContentFile(b"sample", name="list.txt"))
    notice = publish(notice_index)
    notice.attachments.create(document=document, title="فهرست مدارک لازم")
    notice.save_revision().publish()
    page = soup(client.get(notice.url))
    link = page.select_one(".attachments a")
    assert link.get_text(strip=True) == "فهرست مدارک لازم"
    assert client.get(link["href"]).status_code == 200


def test_expiry_must_follow_start(notice_index):
    from django.core.exceptions import ValidationError

    now = timezone.now()
    notice = NoticePage(title="نادرست", slug="bad", starts_at=now, expires_at=now)
    with pytest.raises(ValidationError):
        notice.clean()


def test_seeded_notices_cover_every_state(notice_index):
    notices = NoticePage.objects.child_of(notice_index).live()
    assert notices.count() >= 10
    assert notices.upcoming().exists()
    assert notices.current().filter(pinned=True).exists()
    assert notices.current().filter(pinned=False).exists()
    assert notices.expired().exists()


def test_home_page_panels_show_current_notices_and_latest_news(client, home_fa, notice_index, news_index):
    live_notice(notice_index, title="اطلاعیه صفحه نخست")
    page = soup(client.get("/"))
    notices = [a.get_text(strip=True) for a in page.select(".home-panel--notices .notice__title a")]
    assert "اطلاعیه صفحه نخست" in notices
    expired = NoticePage.objects.child_of(notice_index).expired().values_list("title", flat=True)
    assert not set(notices) & set(expired)
    news = page.select(".home-panel--news .news-item__title a")
    assert len(news) == 4
    english = soup(client.get("/en/"))
    assert english.select(".home-panel--news .news-item__title a")
    assert "اطلاعیه صفحه نخست" not in english.get_text()


BOARD_QUERY_CEILING = 4  # a warmed board or archive page with a few notices


def test_board_query_count_does_not_grow(client, home_fa, django_assert_max_num_queries):
    from newsroom.factories import NoticeIndexPageFactory

    index = NoticeIndexPageFactory(parent=home_fa, slug="notices-query-count")

    def count(url, ceiling=BOARD_QUERY_CEILING):
        client.get(url)
        with django_assert_max_num_queries(ceiling) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    def add_current_and_expired(times):
        for _ in range(times):
            live_notice(index)
            live_notice(
                index,
                starts_at=timezone.now() - datetime.timedelta(days=3),
                expires_at=timezone.now() - datetime.timedelta(days=1),
            )

    # One of each against three of each: a query per notice would show (making notices is most
    # of this test's time, so it makes no more than that comparison needs).
    add_current_and_expired(1)
    small = count(index.url), count(index.url + "archive/")
    add_current_and_expired(2)
    count(index.url, ceiling=small[0])
    count(index.url + "archive/", ceiling=small[1])


def test_sitemap_leaves_out_notices_not_started_yet(client, notice_index):
    now = timezone.now()
    upcoming = publish(
        notice_index, starts_at=now + datetime.timedelta(days=1), expires_at=now + datetime.timedelta(days=2)
    )
    current = publish(notice_index)
    paths = sitemap_paths(client_getter(client))
    assert current.url in paths
    assert upcoming.url not in paths


@pytest.mark.usefixtures("search_index")
def test_site_search_leaves_out_notices_not_started_yet(client, notice_index):
    now = timezone.now()
    upcoming = publish(
        notice_index,
        title="اطلاعیه آزمون استخدامی بازرسان کار",
        starts_at=now + datetime.timedelta(days=1),
        expires_at=now + datetime.timedelta(days=2),
    )
    current = publish(notice_index, title="اطلاعیه آزمون استخدامی کارشناسان تعاون")
    assert client.get(upcoming.url).status_code == 404
    results = soup(client.get("/search/", {"q": "اطلاعیه آزمون استخدامی"}))
    links = [a["href"] for a in results.select("ol.listing li a")]
    assert current.url in links
    assert upcoming.url not in links
