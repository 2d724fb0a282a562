"""Wagtail's admin listings, kept to section staff's own domains: the one place that installs
the narrowing (`install()`, called once from HomeConfig.ready).

Wagtail lists pages and their history by its own page policy, which follows the tree. In the
shared indexes section staff hold a permission over every domain's news, notices and services;
the explorer hides the other domains' pages from them (`home.wagtail_hooks.show_section_staff_their_domain`),
and so, through the policy below, do the page search, the page reports, the site history and the
dashboard's page count. The rule itself is `home.pages.editorial.narrowed_scope`.
"""

import functools

from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.admin.views.reports import workflows as workflow_reports
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.models.pages import PageLogEntryManager
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.pages.editorial import other_domains_pages

# Actions whose page permission lets a user explore a page and everything below it
# (Wagtail's PagePermissionPolicy.explorable_instances).
EXPLORING_ACTIONS = frozenset({"add", "change", "publish", "lock", "unlock", "bulk_delete"})


class DomainScopedPagePolicy(PagePermissionPolicy):
    """Wagtail's page policy, where section staff explore, change and publish no other domain's
    pages (the pages a permission reaches; explorable ones are those and their ancestors)."""

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        return pages.exclude(pk__in=other_domains_pages(user))


domain_scoped_policy = DomainScopedPagePolicy()


def reachable_pages(user):
    """The pages `user` may work on: those an exploring permission reaches, less other domains'
    pages for section staff."""
    return domain_scoped_policy.instances_user_has_any_permission_for(user, EXPLORING_ACTIONS)


def _editable_page_ids(request):
    """Wagtail's `get_editable_page_ids_query` (the workflow reports' pages), by the policy above."""
    pages = domain_scoped_policy.instances_user_has_permission_for(request.user, "change")
    return pages.values_list(Cast("id", output_field=CharField()), flat=True)


def _narrow_site_history():
    """Wagtail's site history (and its filters) lists the log entries of every page a user may
    explore: section staff read there the history of other domains' news, notices and services,
    drafts' titles included."""
    viewable = PageLogEntryManager.viewable_by_user

    @functools.wraps(viewable)
    def viewable_by_user(self, user):
        entries = viewable(self, user)
        return entries if user.is_superuser else entries.exclude(page__in=other_domains_pages(user))

    PageLogEntryManager.viewable_by_user = viewable_by_user


def _narrow_reports():
    """Wagtail's page reports list the pages a user may change (locked pages, the workflow and
    workflow task reports) or publish (aging pages): section staff read there other domains'
    pages, drafts in review included."""
    for view in (AgingPagesView, LockedPagesView):
        view.permission_policy = domain_scoped_policy
    workflow_reports.get_editable_page_ids_query = _editable_page_ids


def install():
    """Narrow the site history and the page reports (the page search and the dashboard's count
    take `domain_scoped_policy` where they are declared). Called once from HomeConfig.ready."""
    _narrow_site_history()
    _narrow_reports()
