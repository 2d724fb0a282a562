"""The non-page addresses of the tenders app (its feeds), included inside i18n_patterns."""

from django.urls import path

from .feeds import TenderAtomFeed, TenderFeed

urlpatterns = [
    path("feeds/tenders/rss/", TenderFeed(), name="tenders_feed_rss"),
    path("feeds/tenders/atom/", TenderAtomFeed(), name="tenders_feed_atom"),
]
