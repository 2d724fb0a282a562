"""RSS 2.0 and Atom feeds of the news (all, per domain section, per tag) and of the notices.

Each feed lists the pages of the active language (Persian at /feeds/..., English at
/en/feeds/...); `home.pages.feeds.PortalFeed` bounds the items and answers conditional requests.
"""

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext

from home.choices import Domain
from home.language.dates import format_date
from home.language.i18n import index_page
from home.pages.feeds import PortalAtomFeed, PortalFeed
from newsroom.archive import tag_by_slug
from newsroom.models import NewsIndexPage, NewsPage, NoticeIndexPage, NoticePage


def _index(model, missing):
    """The active language's index page of `model`; a 404 saying `missing` when there is none."""
    index = index_page(model)
    if index is None:
        raise Http404(missing)
    return index


class NewsFeed(PortalFeed):
    """The latest news of the active language."""

    def get_object(self, request, **kwargs):
        self.request = request
        return {"index": _index(NewsIndexPage, gettext("There is no news archive in this language."))}

    def title(self, obj):
        return gettext("News of the Tehran Labour Directorate")

    def link(self, obj):
        return obj["index"].get_url(self.request)

    def description(self, obj):
        return obj["index"].search_description or obj["index"].intro or self.title(obj)

    def feed_url(self, obj):
        return self.request.path

    def filter(self, queryset, obj):
        return queryset

    def items(self, obj):
        queryset = NewsPage.objects.child_of(obj["index"]).live().public().prefetch_related("tags")
        return self.filter(queryset, obj).order_by("-date", "-pk")[: self.max_items]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return max(item.date, item.last_published_at or item.date)

    def item_categories(self, item):
        categories = [tag.name for tag in item.tags.all()]
        if item.domain:
            categories.insert(0, str(item.domain_label))
        return categories

    def item_author_name(self, item):
        return gettext("Public relations")


class NewsAtomFeed(PortalAtomFeed, NewsFeed):
    pass


class SectionNewsFeed(NewsFeed):
    """The news of one domain section."""

    def get_object(self, request, domain):
        if domain not in Domain.values:
            raise Http404(gettext("There is no such domain section."))
        obj = super().get_object(request)
        obj["domain"] = domain
        return obj

    def title(self, obj):
        return gettext("News of %(section)s") % {"section": Domain(obj["domain"]).label}

    def link(self, obj):
        index = obj["index"]
        return index.get_url(self.request) + index.reverse_subpage("section_archive", args=(obj["domain"],))

    def filter(self, queryset, obj):
        return queryset.filter(domain=obj["domain"])


class SectionNewsAtomFeed(PortalAtomFeed, SectionNewsFeed):
    pass


class TagNewsFeed(NewsFeed):
    """The news with one tag."""

    def get_object(self, request, tag):
        obj = super().get_object(request)
        obj["tag"] = tag_by_slug(tag)
        return obj

    def title(self, obj):
        return gettext("News tagged “%(tag)s”") % {"tag": obj["tag"].name}

    def link(self, obj):
        index = obj["index"]
        return index.get_url(self.request) + index.reverse_subpage("tag_archive", args=(obj["tag"].slug,))

    def filter(self, queryset, obj):
        return queryset.filter(tags=obj["tag"])


class TagNewsAtomFeed(PortalAtomFeed, TagNewsFeed):
    pass


class NoticeFeed(PortalFeed):
    """The notices on the board now, newest first."""

    def get_object(self, request, **kwargs):
        self.request = request
        return _index(NoticeIndexPage, gettext("There is no notice board in this language."))

    def title(self, obj):
        return gettext("Notice board of the Tehran Labour Directorate")

    def link(self, obj):
        return obj.get_url(self.request)

    def description(self, obj):
        return obj.search_description or obj.intro or self.title(obj)

    def feed_url(self, obj):
        return self.request.path

    def items(self, obj):
        now = timezone.now()
        notices = NoticePage.objects.child_of(obj).live().public().current(now)
        return notices.order_by("-starts_at", "-pk")[: self.max_items]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        expiry = gettext("Valid until %(date)s.") % {"date": _format(item.expires_at)}
        return f"{item.summary} {expiry}".strip()

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.starts_at

    def item_updateddate(self, item):
        return max(item.starts_at, item.last_published_at or item.starts_at)

    def item_categories(self, item):
        return [str(item.get_importance_display())]


class NoticeAtomFeed(PortalAtomFeed, NoticeFeed):
    pass


def _format(value):
    return format_date(value, with_time=True)
