"""The page queryset every portal page type uses."""

from django.db.models import Q
from wagtail.models import PageManager, PageQuerySet, PageViewRestriction, get_page_models

from home.caching.page_cache import until_content_changes
from home.caching.request_memo import remember


class PortalPageQuerySet(PageQuerySet):
    def private_q(self):
        """Wagtail's `private_q`, with the view restrictions read once per request."""
        restrictions = remember(
            "page-view-restrictions",
            lambda: until_content_changes(
                "page-view-restrictions", lambda: list(PageViewRestriction.objects.select_related("page"))
            ),
        )
        q = Q()
        for restriction in restrictions:
            q |= self.descendant_of_q(restriction.page, inclusive=True)
        return q if q else Q(pk__in=[])


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


def readable_now(pages):
    """`pages` without the live pages a reader cannot open yet: a page type whose live pages
    can still answer 404 (a notice before its start) names them in `not_yet_visible()`, so
    search and the sitemap never link to one. A subquery each, no query of its own."""
    for model in get_page_models():
        if "not_yet_visible" in model.__dict__:
            pages = pages.exclude(pk__in=model.not_yet_visible())
    return pages
