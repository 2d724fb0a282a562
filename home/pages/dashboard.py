"""The dashboard's number of pages, counted once per content change.

Wagtail's site summary counts every page under the user's root on each visit to the dashboard:
at 110,000 pages a `COUNT(*)` over the page tree, the dashboard's slowest query (55 ms at load
7, most of its database time). The number changes only when a page is created, copied, moved
or deleted, all of which move the page cache's generation (home.caching.page_cache), so it is
kept until then, per root page, for every staff member who shares that root.

A staff member who is not a superuser reads the number of pages they may work on (their page
permissions' subtrees; for section staff less other domains' pages in the shared indexes), kept
per set of groups: their explorable root is the tree's root, and its whole count («۲۲۹ صفحه») was
the site's, not theirs.
"""

from wagtail.admin.navigation import get_site_for_user
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.models import Page, Site

from home.caching.page_cache import until_content_changes
from home.pages.domain_listings import reachable_pages


def pages_reachable_by(user):
    """The number of pages `user` may work on (home.pages.domain_listings.reachable_pages), once
    per content change for everyone in the same groups: page permissions and section membership
    come through groups, and a change to either is a content change."""
    groups = ",".join(str(pk) for pk in sorted(user.groups.values_list("pk", flat=True)))
    return until_content_changes(
        f"admin:pages-reachable:{groups}", lambda: reachable_pages(user).exclude(depth=1).count()
    )


def pages_under(root_page):
    """The pages of root_page's subtree, itself included, counted once per content change."""
    return until_content_changes(
        f"admin:pages-under:{root_page.path}",
        lambda: Page.objects.descendant_of(root_page, inclusive=True).count(),
    )


class CountedPagesSummaryItem(PagesSummaryItem):
    """Wagtail's "N pages" summary item (its template, its link), the count kept.

    `get_context_data` is Wagtail 8's `PagesSummaryItem.get_context_data` with the count read
    through `pages_under` (a superuser) or `pages_reachable_by` (anyone else)."""

    def get_context_data(self, parent_context):
        user = self.request.user
        site_details = get_site_for_user(user)
        root_page = site_details["root_page"]
        page_count = 0
        if root_page:
            page_count = pages_under(root_page) if user.is_superuser else pages_reachable_by(user)
            if root_page.is_root():
                if user.is_superuser:
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
