"""The feed of catalogue changes: services newly published or updated, newest first."""

from django.utils.translation import gettext as _

from home.language.i18n import active_locale
from home.pages.feeds import PortalAtomFeed, PortalFeed

from .models import ServiceIndexPage, ServicePage


class ServiceChangesFeed(PortalFeed):
    """RSS of new and updated services in the active language."""

    def title(self):
        return _("Electronic services: new and updated services")

    def description(self):
        return _("Services added to or changed in the catalogue of the Tehran labour directorate.")

    def link(self):
        """The catalogue the feed follows (a feed's own address is its self link)."""
        catalogue = ServiceIndexPage.objects.live().filter(locale=active_locale()).first()
        return catalogue.url if catalogue is not None else "/"

    def items(self):
        return (
            ServicePage.objects.live()
            .public()
            .filter(locale=active_locale())
            .order_by("-last_published_at")[: self.max_items]
        )

    def item_title(self, item):
        return f"{item.title} ({item.service_code})"

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        # One entry per service version: a new publication is a new item for readers.
        stamp = item.last_published_at.isoformat() if item.last_published_at else ""
        return f"{item.service_code}@{stamp}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.last_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        is_new = (
            item.first_published_at
            and item.last_published_at
            and ((item.last_published_at - item.first_published_at).total_seconds() < 60)
        )
        return [_("New service") if is_new else _("Updated service")]


class ServiceChangesAtomFeed(ServiceChangesFeed, PortalAtomFeed):
    pass
