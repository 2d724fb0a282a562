"""One way to page a listing, and to link to its other pages."""

from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.functional import cached_property

from home.caching.page_cache import until_content_changes
from home.caching.query_params import cache_query, page_of


class _CountedPaginator(Paginator):
    """A paginator whose count (a query on every render) is kept until content changes."""

    def __init__(self, items, per_page, count_key):
        super().__init__(items, per_page)
        self.count_key = count_key

    @cached_property
    def count(self):
        # A number cannot be changed by whoever reads it: kept in this process too.
        count = Paginator.count.real_func
        return until_content_changes(f"paginator-count:{self.count_key}", lambda: count(self), local=True)


def paginate(request, items, per_page, count_key=None):
    """The page of `items` that `?page=` asks for (none: the first). Any other value than a
    page number as the links write it raises NonCanonicalQuery, which the page cache answers
    with a redirect: past the end to the last page, letters or an unreadable run of digits to
    the first. So a listing renders, and is cached, under its real pages only.

    The page carries `link_query`: the request's query string without the parameters no page
    reads, for `{% querystring page_obj.link_query page=n %}`. The links then keep the
    listing's filters, URL-encoded, and nothing else a visitor added (the page cache keys on
    the same parameters, so a cached page's links are the same for everyone).

    With `count_key` (what identifies `items` among the listings, e.g. its address) the number
    of items is kept until content changes: only for lists of published content.
    """
    paginator = Paginator(items, per_page) if count_key is None else _CountedPaginator(items, per_page, count_key)
    page_obj = page_of(request, paginator)
    page_obj.link_query = QueryDict(cache_query(request))
    return page_obj
