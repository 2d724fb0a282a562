"""The non-page addresses of the tenders app (its feeds), included inside i18n_patterns."""

from django.urls import path

from .feeds import TenderAtomFeed, TenderFeed

app_name = "tenders"

urlpatterns = [
    path("feeds/tenders/rss/", TenderFeed(), name="feed_rss"),
    path("feeds/tenders/atom/", TenderAtomFeed(), name="feed_atom"),
]
