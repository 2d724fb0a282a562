"""Non-page URLs of the services desk: open-data exports and the feed of catalogue changes."""

from django.urls import path

from . import views
from .feeds import ServiceChangesAtomFeed, ServiceChangesFeed

app_name = "services"

urlpatterns = [
    path("open-data/services.<str:fmt>", views.open_data, name="open_data"),
    path("feeds/services/rss/", ServiceChangesFeed(), name="feed_rss"),
    path("feeds/services/atom/", ServiceChangesAtomFeed(), name="feed_atom"),
]
