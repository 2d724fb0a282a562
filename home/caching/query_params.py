"""The query parameters that change what a page shows, and the canonical address of a request.

Each page type declares the parameters it reads (its `query_params`), each view its own
(@reads_query_params). The page cache keys on the declared parameters only, sorted, so ?x=N or
a reordered query string gives the same key: random query strings cannot fill the cache or
force a render. A declared parameter that the page does not read, or a value that shows nothing
of its own (a page number past the end, a filter value that is not a choice), redirects to the
canonical address, so the keys of a listing are bounded by its real pages and choices.
"""

from urllib.parse import urlencode

from django.http import HttpResponseRedirect

# The query parameters some page type or view reads: each declares its own (a page type's
# `query_params`, a view's @reads_query_params); Wagtail's sitemap pages read "p".
QUERY_PARAMS = {"p"}
_declarations = {"loaded": False}


def declare_query_params(*names):
    """Record query parameters that change what a page shows (part of the cache key)."""
    QUERY_PARAMS.update(names)


def reads_query_params(*names):
    """Decorator for a view: the query parameters it reads (all others leave it unchanged; one
    that another view or page type reads redirects to the address without it)."""
    declare_query_params(*names)

    def decorate(view):
        view.query_params = names  # read by AnonymousPageCacheMiddleware.process_view
        return view

    return decorate


# Django views that read a declared parameter without the decorator (Wagtail's sitemaps: "p").
_VIEWS_READING = {"wagtail.contrib.sitemaps.views.index": ("p",), "wagtail.contrib.sitemaps.views.sitemap": ("p",)}


def view_reads(view_func):
    """The declared query parameters a (non-Wagtail) view reads."""
    reads = getattr(view_func, "query_params", None)
    if reads is None:
        name = getattr(view_func, "__name__", type(view_func).__name__)  # a Feed is an instance
        reads = _VIEWS_READING.get(f"{view_func.__module__}.{name}", ())
    return reads


def unread_parameters_redirect(request, reads):
    """A redirect without the declared parameters (of other pages) that a page reading only
    `reads` ignores, or None. The cache keys on every declared parameter (the middleware runs
    before the page is known), so ?kind=N on a page that reads no kind would be a fresh key."""
    if request.method not in ("GET", "HEAD"):
        return None
    _load_declarations()
    unread = [name for name in request.GET if name in QUERY_PARAMS and name not in reads]
    return HttpResponseRedirect(canonical_url(request, dict.fromkeys(unread, []))) if unread else None


def _load_declarations():
    # Views declare theirs when the URLconf is imported; make sure it is before a first key.
    if not _declarations["loaded"]:
        from django.urls import get_resolver
        from wagtail.models import get_page_models

        get_resolver().url_patterns  # noqa: B018 - imports every view module
        for model in get_page_models():
            declare_query_params(*getattr(model, "query_params", ()))
        _declarations["loaded"] = True


def cache_query(request):
    """The declared query parameters of the request, sorted: ?x=N or a reordered query string
    gives the same key, so random query strings cannot fill the cache or force renders."""
    _load_declarations()
    pairs = sorted((name, value) for name in request.GET if name in QUERY_PARAMS for value in request.GET.getlist(name))
    return urlencode(pairs)


class NonCanonicalQuery(Exception):
    """A declared query parameter carries a value that shows nothing of its own: a page number
    that is not a page of the list (0, past the end, «abc», «01», «۲»), a filter value that is
    not one of the choices. Raised while building the page; the cache middleware answers with
    a redirect to the same address with `replace` applied (name -> values; none drops it), so
    such values never render a page nor make a cache key of their own: the keys of a listing
    are bounded by its real pages and choices.
    """

    def __init__(self, replace):
        super().__init__(replace)
        self.replace = replace


def canonical_url(request, replace):
    """The request's address with only its declared query parameters, `replace` applied."""
    _load_declarations()
    pairs = []
    for name in request.GET:
        if name not in QUERY_PARAMS:
            continue
        if name in replace:
            pairs.extend((name, value) for value in replace[name] or ())
        else:
            pairs.extend((name, value) for value in request.GET.getlist(name))
    pairs.extend((name, value) for name, values in replace.items() if name not in request.GET for value in values)
    path = "/" + request.path.lstrip("/")  # never «//host/...»: that would leave the site
    return path + ("?" + urlencode(pairs) if pairs else "")


def page_of(request, paginator, name="page"):
    """The page of `paginator` that `?page=` asks for (none: the first). Any other value than
    a page number as the pagination links write it (1 to the last, ASCII digits, once) raises
    NonCanonicalQuery: past the end goes to the last page, anything else to the first."""
    values = request.GET.getlist(name)
    if not values:
        return paginator.page(1)
    try:
        number = int(values[0])
    except ValueError:  # also a number of thousands of digits
        number = None
    if len(values) == 1 and number is not None and values[0] == str(number) and 1 <= number <= paginator.num_pages:
        return paginator.page(number)
    if number is None or number < 1:
        raise NonCanonicalQuery({name: []})
    raise NonCanonicalQuery({name: [str(min(number, paginator.num_pages))]})


def known_values(request, name, known):
    """The values of `?name=` that are in `known`; any other raises NonCanonicalQuery (to the
    address without them), as does a value given twice."""
    values = request.GET.getlist(name)
    kept = list(dict.fromkeys(value for value in values if value in known))
    if kept != values:
        raise NonCanonicalQuery({name: kept})
    return kept
