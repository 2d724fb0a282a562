"""The dashboard's number of pages, counted once per content change.

Wagtail's site summary counts every page under the user's root on each visit to the dashboard:
at 110,000 pages a `COUNT(*)` over the page tree, the dashboard's slowest query (55 ms at load
7, most of its database time). The number changes only when a page is created, copied, moved
or deleted, all of which move the page cache's generation (home.caching.page_cache), so it is
kept until then, per root page, for every staff member who shares that root.
"""

from wagtail.admin.navigation import get_site_for_user
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.models import Page, Site

from home.caching.page_cache import until_content_changes


def pages_under(root_page):
    """The pages of root_page's subtree, itself included, counted once per content change."""
    return until_content_changes(
        f"admin:pages-under:{root_page.path}",
        lambda: Page.objects.descendant_of(root_page, inclusive=True).count(),
    )


class CountedPagesSummaryItem(PagesSummaryItem):
    """Wagtail's "N pages" summary item (its template, its link), the count kept.

    `get_context_data` is Wagtail 8's `PagesSummaryItem.get_context_data` with the count read
    through `pages_under`."""

    def get_context_data(self, parent_context):
        site_details = get_site_for_user(self.request.user)
        root_page = site_details["root_page"]
        page_count = 0
        if root_page:
            page_count = pages_under(root_page)
            if root_page.is_root():
                page_count -= 1  # the tree's root is not a real page
                # With a single site, link to its home page rather than the tree root (Wagtail #1883).
                try:
                    root_page = Site.objects.get().root_page
                except (Site.DoesNotExist, Site.MultipleObjectsReturned):
                    pass
        return {"root_page": root_page, "total_pages": page_count, "site_name": site_details["site_name"]}


def count_pages_once_per_change(request, items):
    """`construct_homepage_summary_items`: Wagtail's pages item replaced by the counted one."""
    items[:] = [CountedPagesSummaryItem(request) if type(item) is PagesSummaryItem else item for item in items]
