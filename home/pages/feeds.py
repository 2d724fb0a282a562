"""The feed base class every app's RSS/Atom feeds use, and the registry of site feeds.

`PortalFeed` adds what Django's `Feed` leaves to us: the language of the feed, a bounded
number of items, every date in the site's time zone, and cheap polling (ETag and
Last-Modified, answered with 304 when unchanged).
Apps register their main feeds with `register_feed` in `AppConfig.ready()`, so the feeds
page and autodiscovery links can list them without importing the apps.
"""

import hashlib
from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.http import http_date, parse_http_date_safe

MAX_FEED_ITEMS = 30


class PortalFeed(Feed):
    """RSS 2.0 feed with an item limit, ETag and Last-Modified.

    Django's `Feed` already sets the feed's language from the active language and makes every
    link absolute; subclasses slice their items to `max_items`.
    """

    feed_type = Rss201rev2Feed
    max_items = MAX_FEED_ITEMS

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        # Every feed's dates in the site's time zone (TIME_ZONE: +0330 in Tehran), to the second,
        # whatever time zone the app's item_pubdate/item_updateddate came in (the database's is UTC).
        for item in feed.items:
            for key in ("pubdate", "updateddate"):
                if item.get(key) is not None:
                    item[key] = timezone.localtime(item[key]).replace(microsecond=0)
        return feed

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        if response.status_code != 200:
            return response
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        last_modified = response.get("Last-Modified")
        conditional = get_conditional_response(
            request,
            etag=response["ETag"],
            last_modified=_parse_http_date(last_modified),
            response=response,
        )
        conditional["Cache-Control"] = "public, max-age=300"
        return conditional


class PortalAtomFeed(PortalFeed):
    """The same feed as Atom 1.0 (subclass a PortalFeed and this, in that order)."""

    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self._get_dynamic_attr("description", obj)


def _parse_http_date(value):
    if not value:
        return None
    return parse_http_date_safe(value)


@dataclass(frozen=True)
class FeedEntry:
    """One feed of the site as listed on the feeds page and in autodiscovery links."""

    key: str
    title: str
    rss_url_name: str
    atom_url_name: str
    order: int = 100
    url_kwargs: dict = field(default_factory=dict)


_REGISTRY: dict[str, FeedEntry] = {}
# The URL name of the page listing every feed (the app that serves it declares it).
_DIRECTORY = {"url_name": ""}


def register_feed(key, title, rss_url_name, atom_url_name, order=100, url_kwargs=None):
    """Add a site feed (called from an app's `ready()`); registering a key twice replaces it."""
    _REGISTRY[key] = FeedEntry(key, title, rss_url_name, atom_url_name, order, url_kwargs or {})


def registered_feeds():
    """All registered feeds, in their order."""
    return sorted(_REGISTRY.values(), key=lambda entry: (entry.order, entry.key))


def register_feed_directory(url_name):
    """Name the page that lists every feed (called from the serving app's `ready()`)."""
    _DIRECTORY["url_name"] = url_name


def feed_directory_url():
    """The address of the feeds page in the active language ("" when no app serves one)."""
    try:
        return reverse(_DIRECTORY["url_name"]) if _DIRECTORY["url_name"] else ""
    except NoReverseMatch:
        return ""


__all__ = [
    "PortalFeed",
    "PortalAtomFeed",
    "register_feed",
    "registered_feeds",
    "register_feed_directory",
    "feed_directory_url",
    "http_date",
]
