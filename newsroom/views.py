"""The feeds page: every feed of the site, in the active language."""

from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_GET
from taggit.models import Tag

from home.language.i18n import active_locale
from home.models import Domain
from home.pages.feeds import registered_feeds
from newsroom.models import NewsPage


def _entry(title, rss, atom):
    return {"title": title, "rss": rss, "atom": atom}


@require_GET
def feed_list(request):
    """List the registered site feeds, then the news feeds per domain section and per tag."""
    site_feeds = []
    for feed in registered_feeds():
        try:
            site_feeds.append(
                _entry(
                    feed.title,
                    reverse(feed.rss_url_name, kwargs=feed.url_kwargs),
                    reverse(feed.atom_url_name, kwargs=feed.url_kwargs),
                )
            )
        except NoReverseMatch:
            # A registered feed whose URLs are not installed is left out, not a 500.
            continue
    section_feeds = [
        _entry(
            gettext("News of %(section)s") % {"section": label},
            reverse("newsroom:news_section_rss", kwargs={"domain": value}),
            reverse("newsroom:news_section_atom", kwargs={"domain": value}),
        )
        for value, label in Domain.choices
    ]
    news = NewsPage.objects.live().public().filter(locale=active_locale())
    tags = Tag.objects.filter(newsroom_newspagetag_items__content_object__in=news).distinct().order_by("name")
    tag_feeds = [
        _entry(
            gettext("News tagged “%(tag)s”") % {"tag": tag.name},
            reverse("newsroom:news_tag_rss", kwargs={"tag": tag.slug}),
            reverse("newsroom:news_tag_atom", kwargs={"tag": tag.slug}),
        )
        for tag in tags
    ]
    return render(
        request,
        "newsroom/feed_list.html",
        {"site_feeds": site_feeds, "section_feeds": section_feeds, "tag_feeds": tag_feeds},
    )
