"""The query parameters that change what a page shows, and the canonical address of a request.

Each page type declares the parameters it reads (its `query_params`), each view its own
(@reads_query_params). The page cache keys on the declared parameters only, sorted, so ?x=N or
a reordered query string gives the same key: random query strings cannot fill the cache or
force a render. What a listing does with the values of its parameters is one rule for all:

- a parameter no page reads (?utm_source=…) is ignored; one that only other pages read (?kind=
  on the news) redirects to the address without it: the same page either way;
- a value that asks for what the listing shows under another spelling («02», «۲», a filter
  given twice) redirects to the canonical address (NonCanonicalQuery): the same page;
- a value that asks for what is not there (a filter value that is not one of the choices, as a
  stale shared link carries; a page number that is no page of the list) is refused: the listing
  is shown as well as it can be (without that filter, at the nearest real page), with an error
  summary saying what was left out, and a 400 (RefusedValuesMiddleware). A 400 is never stored,
  so the keys of a listing stay bounded by its real pages and choices.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import HttpResponseRedirect, QueryDict
from django.utils.translation import gettext_lazy as _

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
    """A declared query parameter asks for what the page shows under another spelling: a page
    number written «02» or «۲», a value given twice, a search narrowed with nothing searched.
    Raised while building the page; the cache middleware answers with a redirect to the same
    address with `replace` applied (name -> values; none drops it), so such spellings never
    render a page nor make a cache key of their own.
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


@dataclass(frozen=True)
class RefusedValue:
    """A value of a query parameter that asks for what the listing does not have: `label` names
    the parameter for the reader, `shown` the page shown instead (page numbers only)."""

    name: str
    value: str
    label: str
    shown: int | None = None


def refuse(request, name, value, label, shown=None):
    """Record that the value `value` of `?name=` was left out of what the page shows."""
    request.__dict__.setdefault("refused_query_values", []).append(RefusedValue(name, value, label, shown))


def refused_values(request):
    """The values left out of what the page shows (see `refuse`), in the order they were met."""
    return getattr(request, "refused_query_values", []) if request is not None else []


def link_query(request):
    """The declared query parameters of the request without the refused values: what links
    to the listing's other pages keep."""
    refused = {(item.name, item.value) for item in refused_values(request)}
    query = QueryDict(mutable=True)
    for name, value in QueryDict(cache_query(request)).lists():
        query.setlist(name, [item for item in value if (name, item) not in refused])
    return query


def page_of(request, paginator, name="page", label=None):
    """The page of `paginator` that `?page=` asks for (none: the first). Another spelling of
    one of its pages («02», «۲», given twice) raises NonCanonicalQuery; a number past the end
    is refused and the last page shown, anything else refused and the first shown."""
    values = request.GET.getlist(name)
    if not values:
        return paginator.page(1)
    try:
        number = int(values[0])  # Persian and Arabic-Indic digits too
    except ValueError:  # also a number of thousands of digits
        number = None
    if number is not None and 1 <= number <= paginator.num_pages:
        if len(values) == 1 and values[0] == str(number):
            return paginator.page(number)
        raise NonCanonicalQuery({name: [str(number)]})
    shown = paginator.num_pages if number is not None and number > 1 else 1
    refuse(request, name, values[0], label or _("Page"), shown=shown)
    return paginator.page(shown)


def known_values(request, name, known, label):
    """The values of `?name=` that are in `known`. Any other is refused (the page is shown
    without it, see `refuse`); the same value given twice raises NonCanonicalQuery."""
    values = request.GET.getlist(name)
    kept = list(dict.fromkeys(value for value in values if value in known))
    for value in dict.fromkeys(values):
        if value not in known:
            refuse(request, name, value, label)
    if kept != values and not refused_values(request):
        raise NonCanonicalQuery({name: kept})
    return kept


def known_form_values(request, form_class, **kwargs):
    """A filter form of choice fields bound to the values of the request that are among its
    choices (`known_values`, one value each; the field's label names a refused one), or
    unbound when none is given."""
    form = form_class(**kwargs)
    data = {}
    for name, field in form.fields.items():
        known = {str(value) for value, _label in field.choices if str(value)}
        kept = known_values(request, name, known, field.label)
        if kept:
            data[name] = kept[0]
    return form_class(data, **kwargs) if data else form


class RefusedValuesMiddleware:
    """A page shown without some of the values its address asks for answers 400 (placed after
    the page cache, which stores only 200s, so such a page is never stored)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 200 and refused_values(request):
            response.status_code = 400
        return response
