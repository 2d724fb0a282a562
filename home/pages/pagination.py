"""One way to page a listing, and to link to its other pages."""

from django.core.paginator import Paginator
from django.http import QueryDict

from home.caching.query_params import cache_query, page_of


def paginate(request, items, per_page):
    """The page of `items` that `?page=` asks for (none: the first). Any other value than a
    page number as the links write it raises NonCanonicalQuery, which the page cache answers
    with a redirect: past the end to the last page, letters or an unreadable run of digits to
    the first. So a listing renders, and is cached, under its real pages only.

    The page carries `link_query`: the request's query string without the parameters no page
    reads, for `{% querystring page_obj.link_query page=n %}`. The links then keep the
    listing's filters, URL-encoded, and nothing else a visitor added (the page cache keys on
    the same parameters, so a cached page's links are the same for everyone).
    """
    page_obj = page_of(request, Paginator(items, per_page))
    page_obj.link_query = QueryDict(cache_query(request))
    return page_obj
