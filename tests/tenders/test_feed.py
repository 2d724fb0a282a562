"""The RSS and Atom feeds never announce a closed notice as open."""

import feedparser
import pytest

from tests.soup import soup

from .conftest import DAY, HOUR

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, feedparser.parse(response.content)


@pytest.mark.parametrize("url", ["/feeds/tenders/rss/", "/feeds/tenders/atom/"])
def test_status_in_every_item_is_computed_at_request_time(client, make_notice, now, url):
    make_notice(title="تازه بسته‌شده", documents_from=now - 5 * DAY, submission_deadline=now - HOUR)
    make_notice(
        title="کوتاه‌شده با اصلاحیه",
        submission_deadline=now + 5 * DAY,
        amendments=[{"issued_at": now - DAY, "text": "مهلت کوتاه شد", "new_submission_deadline": now - HOUR}],
    )
    make_notice(title="هنوز باز", submission_deadline=now + DAY)
    response, feed = parse(client, url)
    assert not feed.bozo
    items = {entry.title.split("] ", 1)[1]: entry for entry in feed.entries}
    for closed in ("تازه بسته‌شده", "کوتاه‌شده با اصلاحیه"):
        assert items[closed].title.startswith("[بسته‌شده]")
        assert "[باز]" not in items[closed].title
        assert "وضعیت: باز" not in items[closed].summary
        assert "وضعیت: بسته‌شده" in items[closed].summary
    assert items["هنوز باز"].title.startswith("[باز]")
    assert "مانده" in items["هنوز باز"].summary
    # No cache may keep the feed past the next deadline (here: at most 5 minutes anyway).
    max_age = int(response["Cache-Control"].split("max-age=")[1])
    assert 0 <= max_age <= 300
    every_open = [e for e in feed.entries if e.title.startswith("[باز]")]
    assert all("بسته" not in e.title for e in every_open)


def test_cache_lifetime_ends_at_the_next_deadline(client, make_notice, now):
    make_notice(submission_deadline=now + 60 * (HOUR / 3600))  # in one minute
    response = client.get("/feeds/tenders/rss/")
    assert int(response["Cache-Control"].split("max-age=")[1]) <= 60


def test_amendment_gives_a_new_guid(client, make_notice, now):
    make_notice(title="بی‌اصلاحیه", submission_deadline=now + DAY)
    make_notice(
        title="با اصلاحیه",
        submission_deadline=now + DAY,
        amendments=[{"issued_at": now, "text": "تمدید", "new_submission_deadline": now + 3 * DAY}],
    )
    _response, feed = parse(client, "/feeds/tenders/rss/")
    guids = {e.title.split("] ", 1)[1]: e.id for e in feed.entries}
    assert guids["بی‌اصلاحیه"].endswith("#v0")
    assert guids["با اصلاحیه"].endswith("#v1")
    # The amended notice comes first: its latest change is the newest.
    assert feed.entries[0].title.endswith("با اصلاحیه")


def test_english_feed_and_registry(client):
    from home.pages.feeds import registered_feeds

    assert "tenders" in {entry.key for entry in registered_feeds()}
    _response, feed = parse(client, "/en/feeds/tenders/rss/")
    assert feed.feed.title == "Tenders and auctions"
    assert feed.feed.language.startswith("en")


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_index_links_to_its_feeds_in_its_language(client, prefix):
    page = soup(client.get(f"{prefix}/tenders/"))
    rss, atom = f"{prefix}/feeds/tenders/rss/", f"{prefix}/feeds/tenders/atom/"
    announced = {link["type"]: link["href"] for link in page.select('link[rel="alternate"][type]')}
    assert announced["application/rss+xml"] == rss
    assert announced["application/atom+xml"] == atom
    assert [a["href"] for a in page.select(".tender-opendata a")][-2:] == [rss, atom]
    for url in (rss, atom):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", ["/feeds/tenders/rss/", "/feeds/tenders/atom/"])
def test_persian_countdown_in_persian_digits(client, make_notice, now, url):
    # «19 روز و 3 ساعت مانده» in a Persian feed: the countdown came out in Latin digits.
    make_notice(title="دوازده روز باز", submission_deadline=now + 12 * DAY + 5 * HOUR + 10 * (HOUR / 60))
    _response, feed = parse(client, url)
    (entry,) = [e for e in feed.entries if e.title.endswith("دوازده روز باز")]
    assert "۱۲ روز و ۵ ساعت مانده" in entry.summary
    assert not any(digit in entry.summary.split("شماره آگهی:")[0] for digit in "0123456789")
