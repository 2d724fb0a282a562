"""Site-wide views: search, suggestions, robots.txt and the error pages."""

import hashlib
from functools import partial
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Page, get_page_models

from home.i18n import active_locale
from home.page_cache import until_content_changes
from home.page_routing import find_site
from home.text import normalise

SEARCH_PAGE_SIZE = 10
SEARCH_MAX_RESULTS = 500
# Also bounds how long a notice that has just started can be missing from results.
SEARCH_CACHE_SECONDS = 600
MAX_QUERY_LENGTH = 200


def _public_pages():
    pages = Page.objects.live().public().filter(locale=active_locale()).exclude(depth__lte=1)
    for model in get_page_models():
        # A page type whose live pages can still be unreadable (a notice before its start)
        # names them, so search never links to a 404.
        if "not_yet_visible" in model.__dict__:
            pages = pages.exclude(pk__in=model.not_yet_visible())
    return pages


def _result_ids(normalised):
    """The ids of the best matches, best first (at most SEARCH_MAX_RESULTS).

    Ranked by PostgreSQL; a word found on most pages («کار» on a labour ministry's site)
    means ranking tens of thousands of entries, so the list is kept until content changes
    and later pages of the same search, or the same search by others, reuse it.
    """
    return [page.pk for page in _public_pages().search(normalised, operator="and")[:SEARCH_MAX_RESULTS]]


def _specific_pages(ids):
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [specific[pk] for pk in ids if pk in specific]


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


@require_GET
def search(request):
    """Search every public page of the active language; the query is normalised like the index."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    find_site(request)  # from the cache, for the results' links
    normalised = normalise(query)
    page_obj = None
    capped = False
    if normalised:
        ids = until_content_changes(
            f"search:{get_language()}:{_digest(normalised)}", lambda: _result_ids(normalised), SEARCH_CACHE_SECONDS
        )
        capped = len(ids) >= SEARCH_MAX_RESULTS
        paginator = Paginator(ids, SEARCH_PAGE_SIZE)
        # get_page: a bad number shows page 1, one past the end the last page.
        page_obj = paginator.get_page(request.GET.get("page"))
        # Fetch the specific pages of this result page in one query per page type, only when
        # the results (a fragment kept until content changes, home/search.html) are rendered.
        page_obj.object_list = SimpleLazyObject(partial(_specific_pages, list(page_obj.object_list)))
    response = render(
        request,
        "home/search.html",
        {
            "query": query,
            "page_obj": page_obj,
            # (An empty result page is one of an empty list: no need to load the pages to see it.)
            "paginator": page_obj.paginator if page_obj is not None and page_obj.paginator.count else None,
            "capped": capped,
            "querystring_prefix": urlencode({"q": query}) + "&",
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def suggest(request):
    """Title suggestions for a partly typed query (for the search box's autocomplete)."""
    normalised = normalise(request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH])
    items = []
    if len(normalised) >= 2:
        # Many readers type the same first letters: the matches of a prefix are kept until
        # content changes (ranking them took 130 ms at 100,000 pages).
        ids = until_content_changes(
            f"suggest:{get_language()}:{_digest(normalised)}",
            lambda: [page.pk for page in _public_pages().autocomplete(normalised)[:8]],
            SEARCH_CACHE_SECONDS,
        )
        pages = Page.objects.in_bulk(ids)
        items = [{"title": pages[pk].title, "url": pages[pk].get_url(request)} for pk in ids if pk in pages]
    response = JsonResponse({"query": normalised, "results": items})
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        "Disallow: /en/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without the request context: whatever broke must not break this page too.
    return render(request, "500.html", {"LANGUAGE_CODE": settings.LANGUAGE_CODE}, status=500)


@require_GET
def healthz(request):
    """Liveness and readiness for load balancers: database and cache, no secrets."""
    from django.core.cache import cache
    from django.db import connection

    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:  # noqa: BLE001 - any failure means "not ready"
        checks["database"] = "error"
    try:
        cache.set("healthz", "1", 10)
        checks["cache"] = "ok" if cache.get("healthz") == "1" else "error"
    except Exception:  # noqa: BLE001
        checks["cache"] = "error"
    healthy = all(value == "ok" for value in checks.values())
    response = JsonResponse({"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503)
    response["Cache-Control"] = "no-store"
    return response
