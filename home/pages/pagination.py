"""One way to page a listing, and to link to its other pages."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.paginator import WagtailPaginator

from home.caching.page_cache import until_content_changes
from home.caching.query_params import link_query, page_of
from home.language.i18n import items_count_label
from home.language.text import format_number, local_digits


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
    """The page of `items` that `?page=` asks for (none: the first), by `page_of`: another
    spelling of a page redirects to it; a number past the end shows the last page, anything
    else the first, with a 400 and a word on what was left out. So a listing is cached under
    its real pages only.

    The page carries `link_query`: the request's query string without the parameters no page
    reads nor the values refused, for `{% querystring page_obj.link_query page=n %}`. The links
    then keep the listing's filters, URL-encoded, and nothing else a visitor added (the page
    cache keys on the same parameters, so a cached page's links are the same for everyone).

    With `count_key` (what identifies `items` among the listings, e.g. its address) the number
    of items is kept until content changes: only for lists of published content.
    """
    if count_key is None and "page" not in request.GET and hasattr(items, "query"):
        page_obj = _first_page(items, per_page)
    else:
        paginator = Paginator(items, per_page) if count_key is None else _CountedPaginator(items, per_page, count_key)
        page_obj = page_of(request, paginator)
    page_obj.link_query = link_query(request)
    page_obj.links = page_links(page_obj.number, page_obj.paginator.num_pages)
    return page_obj


def _first_page(items, per_page):
    """Page 1 of a queryset, read with one row more than it shows: a listing that fits on it
    (most filtered ones, the current tenders) is counted by that read, so only a longer one
    costs a COUNT as well."""
    head = list(items[: per_page + 1])
    paginator = Paginator(head if len(head) <= per_page else items, per_page)
    return Page(head[:per_page], 1, paginator)


def page_window(number, num_pages, around=2):
    """The pages a listing links to from page `number` of `num_pages`: the first, the last and
    `around` either side of `number`, in order, with None for each run of pages left out. A run
    of one page is shown rather than left out («…» would take as much room as its number)."""
    shown = sorted(n for n in {1, num_pages, *range(number - around, number + around + 1)} if 1 <= n <= num_pages)
    window = []
    for n in shown:
        if window and n - window[-1] == 2:
            window.append(n - 1)
        elif window and n - window[-1] > 2:
            window.append(None)
        window.append(n)
    return window


@dataclass(frozen=True)
class PageLink:
    """One entry of a listing's page links, as `components/pagination.html` renders it: a page
    (`number`, `current` for the one shown), a step to the previous or next page (`rel`) or a
    gap (`number` None). `text` is what is seen (the number in the page's digits, «…» for a
    gap), `label` what a screen reader says."""

    number: int | None
    text: str
    label: str
    current: bool = False
    rel: str = ""


def page_links(number, num_pages):
    """`page_window()` as the links of the active language, between a step back and a step
    forward where there is a page to go to: «قبلی»، «۱»، «…»، «۱۹»، «۲۰»، … «بعدی»."""
    window = page_window(number, num_pages)
    links = [PageLink(number - 1, gettext("Previous"), gettext("Previous page"), rel="prev")] if number > 1 else []
    for index, n in enumerate(window):
        if n is None:
            gap = {"first": local_digits(window[index - 1] + 1), "last": local_digits(window[index + 1] - 1)}
            links.append(PageLink(None, "…", _("pages %(first)s to %(last)s are not listed") % gap))
        else:
            links.append(PageLink(n, local_digits(n), _("Page %(number)s") % {"number": local_digits(n)}, n == number))
    if number < num_pages:
        links.append(PageLink(number + 1, gettext("Next"), gettext("Next page"), rel="next"))
    return links


def count_up_to(rows, reach):
    """How many `rows` there are, counted no further than `reach` + 1: a number above `reach`
    says only that there are more than `reach` (a million rows are never all counted)."""
    if hasattr(rows, "order_by"):
        # Unordered: an ORDER BY inside the count would walk the sort's index instead of the filter's.
        return rows.order_by()[: reach + 1].count()
    return len(rows[: reach + 1])


def capped_count_text(count, reach):
    """`count` (from `count_up_to`) as a reader of the active language writes it: «۱۲۳», or
    «بیش از ۱٬۰۰۰» when it is above `reach`."""
    if count > reach:
        return _("more than %(count)s") % {"count": format_number(reach)}
    return format_number(count)


class CappedPaginator(WagtailPaginator):
    """An admin listing's paginator that counts its rows only as far as it needs to.

    Counting every match of a search or filter over a million rows (the requests desk) costs
    more than the rest of the page. This one counts at most `cap` rows, or as many as the page
    asked for needs (`page_number`), plus one: beyond that it knows only that there are more,
    says «more than ۱٬۰۰۰», and still offers the next page, so every row stays reachable.
    (At a million requests, counting 10,000 matches of a frequent word took 0.8 s, 1,000 a
    tenth of that; nobody pages through 33 pages of matches rather than narrowing the search.)
    """

    cap = 1_000

    def __init__(self, object_list, per_page, orphans=0, allow_empty_first_page=True, page_number=1):
        super().__init__(object_list, per_page, orphans, allow_empty_first_page)
        try:
            page_number = max(int(page_number), 1)
        except (TypeError, ValueError):
            page_number = 1
        self.reach = max(self.cap, page_number * int(per_page))
        self.capped = False

    @cached_property
    def count(self):
        counted = count_up_to(self.object_list, self.reach)
        self.capped = counted > self.reach
        return counted

    @cached_property
    def count_text(self):
        """The number of rows as a Persian (or English) reader writes it: «۱۲۳» or «بیش از ۱٬۰۰۰»."""
        return capped_count_text(self.count, self.reach)

    @cached_property
    def items_count_label(self):
        """«۳ درخواست», «بیش از ۱٬۰۰۰ درخواست»: Wagtail's count in the reader's words (`items_count_label`)."""
        return items_count_label(self, self.count_text)

    @cached_property
    def num_pages_text(self):
        if self.count > self.reach:
            return _("more than %(count)s") % {"count": format_number(self.reach // self.per_page)}
        return format_number(self.num_pages)

    def get_elided_page_range(self, page_number):
        pages = list(super().get_elided_page_range(page_number))
        if self.count > self.reach and pages and pages[-1] == self.num_pages and pages[-1] != self.ELLIPSIS:
            # Not the last page: only as far as this listing has counted.
            pages.pop()
            if pages and pages[-1] != self.ELLIPSIS:
                pages.append(self.ELLIPSIS)
        return pages
