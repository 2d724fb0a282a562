"""The home page panel of open notices."""

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _

from home.language.i18n import active_locale, index_page
from tenders.models import TenderIndexPage, TenderPage

register = template.Library()


@register.inclusion_tag("tenders/open_tenders_panel.html", takes_context=True)
def open_tenders(context, limit=4):
    """The open notices of the active language nearest their deadline, with a countdown."""
    now = timezone.now()
    locale = active_locale()
    notices = list(
        TenderPage.objects.live()
        .public()
        .filter(locale=locale)
        .for_listing()
        .open(now)
        .order_by("effective_submission_deadline", "pk")[:limit]
    )
    for notice in notices:
        notice.current_status = notice.status_at(now)
        notice.countdown = notice.time_left(now)
    index = index_page(TenderIndexPage, locale)
    return {
        "request": context.get("request"),
        "panel": "tenders",
        "heading": _("Open tenders and auctions"),
        "index": index,
        "items": notices,
        "empty": _("No tender or auction is open at the moment."),
    }
