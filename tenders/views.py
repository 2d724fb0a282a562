"""The notice listing (current and archive) and the open-data (OCDS JSON) responses."""

import json
from urllib.parse import urlencode

from django.db.models import Count, Min, Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext

from home.caching.page_cache import until_content_changes
from home.caching.query_params import known_form_values
from home.language.i18n import persian_only as persian_only_line
from home.language.i18n import untranslated
from home.pages.pagination import paginate
from home.pages.route_views import route_view

from .forms import TenderFilterForm
from .models import TenderIndexPage, TenderPage
from .models.notices import TenderPageQuerySet
from .ocds import release_package
from .status import CURRENT, FINISHED

MAX_CACHE_SECONDS = 300

LISTING_PAGE_SIZE = 10
OCDS_PAGE_SIZE = 100


def _next_changes(now):
    """The aggregates of the next moments a notice's status changes after `now`."""
    return {
        "starts": Min("documents_from", filter=Q(documents_from__gt=now)),
        "deadline": Min("effective_submission_deadline", filter=Q(effective_submission_deadline__gt=now)),
        "opening": Min("effective_opening_at", filter=Q(effective_opening_at__gt=now)),
    }


def seconds_until_next_change(notices, now):
    """How long every status in `notices` stays as it is (at most MAX_CACHE_SECONDS).

    Responses that show statuses are cached no longer than this, so no cache can keep
    calling a notice open after its deadline.
    """
    found = notices.order_by().aggregate(**_next_changes(now))
    seconds = [MAX_CACHE_SECONDS]
    seconds += [int((moment - now).total_seconds()) for moment in found.values() if moment is not None]
    return max(0, min(seconds))


def narrowed(notices, data):
    """`notices` of the filter's kind and department (`data`: the filter form's values)."""
    if data.get("kind"):
        notices = notices.filter(kind=data["kind"])
    if data.get("department"):
        notices = notices.filter(department__slug=data["department"].slug)
    return notices


def persian_only(request, index, data, statuses, now):
    """On an English listing: how many notices the Persian listing shows with the same filters
    that have no English version, and that listing's address ({"count", "url"}); None when
    there are none, and on Persian pages.

    One query (the count and when one of those notices next changes status), kept until
    content changes or that moment, and at most MAX_CACHE_SECONDS like the statuses shown.
    """
    persian = untranslated(TenderPage.objects.live().public())
    if persian is None:
        return None

    def compute():
        shown = Q(pk__in=[])
        for status in statuses:
            shown |= TenderPageQuerySet.status_q(status, now)
        found = narrowed(persian, data).order_by().aggregate(count=Count("pk", filter=shown), **_next_changes(now))
        count = found.pop("count")
        return count, min((moment for moment in found.values() if moment is not None), default=None)

    department = data.get("department")
    key = [index.pk, *statuses, data.get("kind") or "", department.slug if department else ""]
    count, changes_at = until_content_changes(
        "tenders:persian-only:" + ":".join(map(str, key)), compute, timeout=MAX_CACHE_SECONDS
    )
    if changes_at is not None and changes_at <= now:
        count, changes_at = compute()
    return persian_only_line(request, index, lambda: count)


@route_view(TenderIndexPage, "listing")
def listing(request, index, archive):
    """The current notices (open first, nearest deadline first) or the archive of finished ones."""
    now = timezone.now()
    statuses = FINISHED if archive else CURRENT
    # A value that is not one of the choices (a stale shared link) is left out, and the
    # reader told (a 400): the list is shown with the other filters.
    form = known_form_values(request, TenderFilterForm, statuses=statuses)
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    chosen = data.get("status")
    shown = [chosen] if chosen else list(statuses)
    notices = narrowed(index.notices().with_status(shown, now), data)
    untranslated = persian_only(request, index, data, shown, now)
    notices = notices.in_reading_order(now)
    page_obj = paginate(request, notices, LISTING_PAGE_SIZE)
    for notice in page_obj:
        notice.current_status = notice.status_at(now)
        notice.countdown = notice.time_left(now)
    heading = gettext("Archive of tenders and auctions") if archive else None
    response = index.render(
        request,
        context_overrides={
            "archive": archive,
            # The archive's <title>, <h1> and last crumb, in the same words.
            "heading": heading,
            "subview_crumb": heading,
            "form": form,
            "page_obj": page_obj,
            "paginator": page_obj.paginator,
            "notices": page_obj.object_list,
            "filtered": form.is_bound,
            # What the filters' fragment depends on: the values applied, not the address.
            "filter_key": urlencode(sorted(form.data.items())) if form.is_bound else "",
            "persian_only": untranslated,
            "now": now,
        },
    )
    if form.is_bound:
        response["X-Robots-Tag"] = "noindex"
    return response


def _json_response(data, max_age):
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=max_age)
    return response


@route_view(TenderPage, "ocds")
def notice_release_package(request, notice):
    """One notice as an OCDS release package."""
    now = timezone.now()
    notices = TenderPage.objects.filter(pk=notice.pk).for_listing().with_documents()
    return _json_response(release_package(list(notices), request, now), seconds_until_next_change(notices, now))


@route_view(TenderIndexPage, "ocds")
def index_release_package(request, index):
    """Every published notice of the index as an OCDS release package, 100 a page."""
    now = timezone.now()
    notices = index.notices()
    page_obj = paginate(request, notices.with_documents().in_reading_order(now), OCDS_PAGE_SIZE)
    next_url = None
    if page_obj.has_next():
        next_url = request.build_absolute_uri(f"{request.path}?page={page_obj.next_page_number()}")
    data = release_package(list(page_obj.object_list), request, now, next_url=next_url)
    return _json_response(data, seconds_until_next_change(notices, now))
