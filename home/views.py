"""Site-wide views: search, robots.txt and the error pages."""

import hashlib
import sys
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET
from wagtail.models import Page, get_page_models

from home.caching.page_cache import until_content_changes
from home.caching.page_routing import find_site
from home.caching.query_params import NonCanonicalQuery, known_values, reads_query_params
from home.language.i18n import active_locale, index_page, is_english
from home.language.search import OTHER_KIND, build_query, kind_of, kinds_with_counts, query_text, ranked
from home.language.text import has_arabic_script, latin_runs, normalise
from home.models import IndexPageMixin
from home.models.querysets import readable_now
from home.pages.pagination import paginate

SEARCH_PAGE_SIZE = 10
SEARCH_MAX_RESULTS = 500
# Also bounds how long a notice that has just started can be missing from results.
SEARCH_CACHE_SECONDS = 600


def _public_pages():
    return readable_now(Page.objects.live().public().filter(locale=active_locale()).exclude(depth__lte=1))


def _search_hits(normalised):
    """The best matches as (pk, kind), best first (at most SEARCH_MAX_RESULTS), and whether
    they match only some of the words (no page had them all).

    Ranked by PostgreSQL, then weighted by page type (`home.language.search.ranked`); a word found on
    most pages («کار» on a labour ministry's site) means ranking tens of thousands of entries,
    so the list is kept until content changes and later pages, filters and the same search by
    others reuse it.
    """

    def hits(every_word):
        results = _public_pages().search(build_query(normalised, every_word)).annotate_score("_score")
        return ranked(results[:SEARCH_MAX_RESULTS])

    found = hits(every_word=True)
    if found or len(normalised.split()) == 1:
        return {"hits": found, "partial": False}
    return {"hits": hits(every_word=False), "partial": True}


def _specific_pages(ids, request, query):
    """The specific pages of `ids`, in that order, each with the address its result links to."""
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    pages = [specific[pk] for pk in ids if pk in specific]
    for result in pages:
        result.search_result_url = result.get_url(request)
        # A page that lists many short items (the FAQ) opens filtered by the same words.
        if getattr(result, "search_passes_query", False):
            result.search_result_url += "?" + urlencode({"q": query})
    return pages


def _mirror_search(query, normalised):
    """The other language's search for words in its script that found nothing here: Persian
    letters on the English site, Latin ones alone on the Persian site; only when that site has
    pages in its language and finds them ("" otherwise: no link to another empty page)."""
    if is_english():
        other = "fa" if has_arabic_script(query) else ""
    else:
        latin = any(is_latin for _part, is_latin in latin_runs(query))
        other = "en" if latin and not has_arabic_script(query) else ""
    if not other:
        return ""
    with translation.override(other):
        if active_locale().language_code != other:
            return ""  # no tree in that language: its search would be this one's
        found = until_content_changes(
            f"search:{other}:{_digest(normalised)}", lambda: _search_hits(normalised), SEARCH_CACHE_SECONDS
        )
        return reverse("home:search") + "?" + urlencode({"q": query}) if found["hits"] else ""


def _searchable_sections(request):
    """The sections of each kind of page the search tells apart (services, news, laws...), in
    its order, as {label, url}: a page type's index, or the page itself where it is one (the
    questions). What an empty search offers instead of results."""
    sections = []
    kinds = [model for model in get_page_models() if kind_of(model) != OTHER_KIND]
    for model in sorted(kinds, key=lambda model: model.search_kind_order):
        index = next(
            (parent for parent in model.allowed_parent_page_models() if issubclass(parent, IndexPageMixin)), model
        )
        page = index_page(index)
        if page is not None:
            sections.append({"label": model.search_kind_label, "url": page.get_url(request)})
    return sections


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


@require_GET
@reads_query_params("q", "kind", "page")
def search(request):
    """Search every public page of the active language; the query is normalised like the index.

    `kind` narrows the results to one kind of page (services, news...); every kind found is
    offered with its count.
    """
    query = query_text(request.GET)
    kind = request.GET.get("kind", "")
    find_site(request)  # from the cache, for the results' links
    normalised = normalise(query)
    if not normalised and ("kind" in request.GET or "page" in request.GET):
        raise NonCanonicalQuery({"kind": [], "page": []})  # nothing searched: nothing to narrow
    page_obj = None
    capped = partial = False
    kinds = []
    total = 0
    if normalised:
        found = until_content_changes(
            f"search:{get_language()}:{_digest(normalised)}", lambda: _search_hits(normalised), SEARCH_CACHE_SECONDS
        )
        hits, partial = found["hits"], found["partial"]
        total = len(hits)
        capped = total >= SEARCH_MAX_RESULTS
        kinds = kinds_with_counts(hits)
        # A kind with no results here is left out, a page past the end shows the last, told.
        kinds_found = {key for key, _label, _count in kinds}
        kind = "".join(known_values(request, "kind", kinds_found, gettext("Kind of result"))[:1])
        ids = [pk for pk, hit_kind in hits if not kind or hit_kind == kind]
        page_obj = paginate(request, ids, SEARCH_PAGE_SIZE)
        # Fetch the specific pages of this result page in one query per page type, only when
        # the results (a fragment kept until content changes, home/search.html) are rendered.
        result_ids = list(page_obj.object_list)
        page_obj.object_list = SimpleLazyObject(lambda: _specific_pages(result_ids, request, query))
    kind_links = [
        {
            "key": key,
            "label": label,
            "count": count,
            "url": "?" + urlencode({"q": query, "kind": key}),
            "current": key == kind,
        }
        for key, label, count in kinds
    ]
    response = render(
        request,
        "home/search.html",
        {
            "query": query,
            "kind": kind,
            "kinds": kind_links,
            "all_url": "?" + urlencode({"q": query}),
            "total": total,
            "page_obj": page_obj,
            # (An empty result page is one of an empty list: no need to load the pages to see it.)
            "paginator": page_obj.paginator if page_obj is not None and page_obj.paginator.count else None,
            "capped": capped,
            "partial": partial,
            "mirror_search": _mirror_search(query, normalised) if normalised and not total else "",
            "sections": [] if query else _searchable_sections(request),
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        "Disallow: /en/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('site:sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def csrf_failure(request, reason=""):
    """A form sent without its security token (open too long, cookies cleared): nothing was
    sent; the page says so in the page's language and leads back to the form's address."""
    response = render(request, "403_csrf.html", {"form_url": request.get_full_path()}, status=403)
    add_never_cache_headers(response)
    return response


def method_not_allowed(request, allowed):
    """A page asked with a method it does not answer (a form sent to a page that takes none):
    405, the methods it answers in Allow, and a page in its language leading back to it."""
    response = render(request, "405.html", {"page_url": request.path}, status=405)
    response["Allow"] = ", ".join(allowed)
    add_never_cache_headers(response)
    return response


def server_error(request):
    # Whatever broke must not break this page too: it needs no database, and its language is
    # read from the address alone (English under /en/, Persian elsewhere).
    error = sys.exc_info()[1]
    with translation.override(translation.get_language_from_path(request.path) or settings.LANGUAGE_CODE):
        if isinstance(error, (OperationalError, InterfaceError)):
            # The database is unreachable (restarting, failing over): nothing was saved, and
            # trying again shortly will work. Say so, as a 503 a client may retry.
            response = render(request, "503.html", status=503)
            response["Retry-After"] = "30"
            response["Cache-Control"] = "no-store"
            return response
        return render(request, "500.html", status=500)


@require_GET
def healthz(request):
    """Liveness and readiness for load balancers: database (503 without it) and cache, no secrets."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:  # noqa: BLE001 - any failure means "not ready"
        checks["database"] = "error"
    try:
        # Written once a minute, read every time: a probe every second must not write the
        # file cache each time (its every write lists the cache directory to cull it).
        cache.add("healthz", "1", 60)
        checks["cache"] = "ok" if cache.get("healthz") == "1" else "error"
    except Exception:  # noqa: BLE001
        checks["cache"] = "error"
    # Without the cache the site still serves every page (uncached; rate limits count in the
    # database): "degraded", and still 200, or a load balancer would take every app server out
    # of service at once when Redis is down. Without the database nothing works: 503.
    if checks["database"] != "ok":
        status, code = "error", 503
    else:
        status, code = ("ok", 200) if checks["cache"] == "ok" else ("degraded", 200)
    response = JsonResponse({"status": status, "checks": checks}, status=code)
    response["Cache-Control"] = "no-store"
    return response
