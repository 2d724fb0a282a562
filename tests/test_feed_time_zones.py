"""Every site feed dates its items in the site's time zone (settings.TIME_ZONE), the same way:
the tender and service feeds printed UTC (+0000) while the news and notices printed +0330."""

import datetime
import email.utils
from zoneinfo import ZoneInfo

import feedparser
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from home.pages.feeds import registered_feeds


def feed_urls():
    for entry in registered_feeds():
        for language in ("fa", "en"):
            with translation.override(language):
                yield reverse(entry.rss_url_name, kwargs=entry.url_kwargs)
                yield reverse(entry.atom_url_name, kwargs=entry.url_kwargs)


def stamp(text):
    """A feed's date as written: RFC 822 in RSS, RFC 3339 in Atom, with its offset."""
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return email.utils.parsedate_to_datetime(text)


@pytest.mark.django_db
def test_every_feed_dates_its_items_in_the_site_s_time_zone(client):
    site_zone = ZoneInfo(settings.TIME_ZONE)
    urls = list(feed_urls())
    assert len(urls) >= 16  # news, notices, services and tenders, RSS and Atom, in both languages
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        feed = feedparser.parse(response.content)
        assert feed.entries, url
        for entry in feed.entries:
            for written in (entry.get("published"), entry.get("updated")):
                if written is None:
                    continue
                moment = stamp(written)
                assert moment.utcoffset() == site_zone.utcoffset(moment.replace(tzinfo=None)), (url, written)
