"""RSS and Atom feeds of new and amended notices.

Each item's title starts with the notice's status at the moment the feed is requested, and
the response is cached no longer than the time until the next status change, so a reader
never sees a closed notice announced as open.
"""

from django.db.models import F
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from home.language.dates import format_date
from home.language.i18n import active_locale, index_page
from home.pages.feeds import PortalAtomFeed, PortalFeed

from .choices import Status
from .models import TenderIndexPage, TenderPage
from .views import seconds_until_next_change


class TenderFeed(PortalFeed):
    """New and amended notices of the active language, latest change first."""

    def get_object(self, request, *args, **kwargs):
        locale = active_locale()
        index = index_page(TenderIndexPage, locale)
        return {"now": timezone.now(), "locale": locale, "index": index, "request": request}

    def _notices(self, obj):
        return TenderPage.objects.live().public().filter(locale=obj["locale"])

    def title(self, obj):
        return _("Tenders and auctions")

    def link(self, obj):
        return obj["index"].get_url(obj["request"]) if obj["index"] else "/"

    def description(self, obj):
        return _("New and amended tender and auction notices of the directorate, with their status.")

    def items(self, obj):
        changed = Greatest(F("first_published_at"), Coalesce(F("last_amended_at"), F("first_published_at")))
        notices = list(
            self._notices(obj)
            .for_listing()
            .annotate(changed_at=changed)
            .order_by(F("changed_at").desc(nulls_last=True), "-pk")[: self.max_items]
        )
        now = obj["now"]
        for notice in notices:
            notice.feed_url = obj["request"].build_absolute_uri(notice.url)
            notice.current_status = notice.status_at(now)
            notice.feed_deadline = notice.deadlines().submission_deadline
            notice.countdown = notice.time_left(now)
        return notices

    def item_title(self, item):
        return f"[{item.current_status.label}] {item.title}"

    def item_description(self, item):
        parts = [item.subject, _("Status: %(status)s") % {"status": item.current_status.label}]
        parts.append(_("Reference number: %(ref)s") % {"ref": item.reference_number})
        if item.feed_deadline:
            parts.append(_("Submission deadline: %(date)s") % {"date": format_date(item.feed_deadline, with_time=True)})
        if item.current_status == Status.OPEN and item.countdown:
            parts.append(str(item.countdown))
        amendments = item.ordered_amendments()
        if amendments:
            parts.append(_("Amended: %(text)s") % {"text": amendments[-1].text})
        return " — ".join(str(part) for part in parts if part)

    def item_link(self, item):
        return item.feed_url

    def item_guid(self, item):
        # A new amendment makes a new guid, so feed readers show the amended notice again.
        return f"{item.feed_url}#v{len(item.amendments.all())}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.changed_at or item.first_published_at

    def item_updateddate(self, item):
        return item.changed_at or item.first_published_at

    def item_categories(self, item):
        return [item.get_kind_display(), item.current_status.label]

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        now = timezone.now()
        max_age = seconds_until_next_change(TenderPage.objects.live().filter(locale=active_locale()), now)
        response["Cache-Control"] = f"public, max-age={max_age}"
        return response


class TenderAtomFeed(TenderFeed, PortalAtomFeed):
    """The same feed in Atom 1.0."""
