"""Wagtail's page views that open a page's draft, revisions, history, usage and lock, kept to
section staff's own domains as the editor is (`home.wagtail_hooks.keep_section_staff_in_their_domain`).

Wagtail lets into these anyone whose tree permission reaches the page. In the shared indexes a
section's editors hold that permission over every domain's news, notices and services: the
editor turned them away from another domain's page, but its draft (`view_draft`), any revision,
the comparison, the history, the usage and the workflow history opened for whoever typed its
number, and its lock took a POST. They are refused as the editor refuses it; a reviewer of the
page's current step is let through (Wagtail decides).
"""

from django.core.exceptions import PermissionDenied
from wagtail.admin.views.pages.history import PageHistoryView, WorkflowHistoryDetailView, WorkflowHistoryView
from wagtail.admin.views.pages.lock import LockView, UnlockView
from wagtail.admin.views.pages.preview import ViewDraftView
from wagtail.admin.views.pages.revisions import RevisionsCompareView, RevisionsView
from wagtail.admin.views.pages.usage import UsageView
from wagtail.models import Page

from home.pages.editorial import kept_out


class OwnDomainOnly:
    """A page view (its page named by `page_id` or `pk` in the URL) refused for another domain's page."""

    def dispatch(self, request, *args, **kwargs):
        page = Page.objects.filter(pk=kwargs.get("page_id", kwargs.get("pk"))).first()
        if page is not None and kept_out(request.user, page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def own_domain_only(view_class):
    return type(view_class.__name__, (OwnDomainOnly, view_class), {"__doc__": view_class.__doc__})


VIEW_CLASSES = {
    "view_draft_view_class": ViewDraftView,
    "revisions_view_class": RevisionsView,
    "revisions_compare_view_class": RevisionsCompareView,
    "history_view_class": PageHistoryView,
    "usage_view_class": UsageView,
    "workflow_history_view_class": WorkflowHistoryView,
    "workflow_history_detail_view_class": WorkflowHistoryDetailView,
    "lock_view_class": LockView,
    "unlock_view_class": UnlockView,
}
"""The page viewset's attributes naming these views (`home.pages.explorer.ExplorerPageViewSet`)."""

OWN_DOMAIN_VIEWS = {name: own_domain_only(view_class) for name, view_class in VIEW_CLASSES.items()}
