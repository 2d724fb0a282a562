"""One way to page a listing, and to link to its other pages."""

from django.core.paginator import Paginator
from django.http import QueryDict

from home.caching.page_cache import cache_query


def paginate(request, items, per_page):
    """The page of `items` that `?page=` asks for, never an error: page 1 for a missing or
    unreadable number (letters, a run of digits too long to read), the last page for one past
    the end.

    The page carries `link_query`: the request's query string without the parameters no page
    reads, for `{% querystring page_obj.link_query page=n %}`. The links then keep the
    listing's filters, URL-encoded, and nothing else a visitor added (the page cache keys on
    the same parameters, so a cached page's links are the same for everyone).
    """
    page_obj = Paginator(items, per_page).get_page(request.GET.get("page"))
    page_obj.link_query = QueryDict(cache_query(request))
    return page_obj
