"""Wagtail's page explorer, kept fast under an index of 100,000 children.

Two things grew with the news index: the paginator counted every child on each visit (88 ms
at 100,000 news items, `COUNT(*)` with Wagtail's "explorable pages" semi-join), and each listed
row costs Python (its title, date, status and a dropdown of some ten actions: about 6 ms of
CPU a row). When nothing narrows the children, the parent's `numchild` (kept by the tree on
every move, copy and delete) is their number; an index with very many children lists 20 rows
a page (as Wagtail's own search, history and usage listings do) and is never listed whole in
menu order. The page-type filter's checkboxes, the same for every visit in a language, are
rendered once per process and language. Everything else is Wagtail's view and templates,
registered the Wagtail way: a `PageViewSet` for `Page` whose `index_view_class` is this view
(`home/wagtail_hooks.py`).
"""

from django import forms
from django.utils.translation import get_language
from wagtail.admin.filters import MultipleContentTypeFilter
from wagtail.admin.ui.tables.pages import ParentPageColumn
from wagtail.admin.views.pages.listing import ExplorableIndexView, GenericPageFilterSet
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.viewsets.pages import PageViewSet

from home.pages.domain_listings import EXPLORING_ACTIONS, domain_scoped_policy
from home.pages.domain_views import OWN_DOMAIN_VIEWS
from home.pages.editorial import narrowed_scope
from home.pages.review_messages import ReviewCollectWorkflowActionDataView, ReviewWorkflowActionView

# An index with more children than this lists SHORT_PAGE rows a page instead of Wagtail's 50:
# nobody pages through 2,000 pages of news; they search or filter.
MANY_CHILDREN = 1_000
SHORT_PAGE = 20


class CheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """The filter drawer's page-type checkboxes, rendered once per process and language while
    none is ticked. Page types are the code's page models: the list cannot change while a
    process runs, and rendering it (eighteen checkboxes and a query) was the drawer's largest
    part. Named as Django's widget: Wagtail's field wrapper takes its CSS class from the name."""

    kept = {}

    def render(self, name, value, attrs=None, renderer=None):
        if value:  # some ticked: as Wagtail renders them
            return super().render(name, value, attrs, renderer)
        key = (get_language(), name, tuple(sorted((attrs or {}).items())))
        if key not in self.kept:
            self.kept[key] = super().render(name, value, attrs, renderer)
        return self.kept[key]


class ExplorerFilterSet(GenericPageFilterSet):
    """Wagtail's filters of the page explorer, the page types rendered through the kept checkboxes."""

    content_type = MultipleContentTypeFilter(
        label=GenericPageFilterSet.base_filters["content_type"].label,
        queryset=GenericPageFilterSet.base_filters["content_type"].queryset,
        widget=CheckboxSelectMultiple,
    )


class ExplorerView(ExplorableIndexView):
    """The children of a page, counted from the tree when the listing shows them all."""

    # Wagtail's columns without "Parent". The explorer never shows that one (its table is
    # `explorable_columns`, which drops it; a search names each result's parent under its title),
    # but while it is listed every visit fetches the listed pages' parents. The page viewset
    # passes these to the view as its `columns`.
    base_columns = [column for column in ExplorableIndexView.base_columns if not isinstance(column, ParentPageColumn)]

    def lists_every_child(self):
        """True when this listing shows every child of the parent: no search, no filter, a user
        allowed to explore the whole subtree, and no domain narrowing for section staff
        (`home.wagtail_hooks.show_section_staff_their_domain`)."""
        if self.is_searching or self.is_filtering:
            return False
        user = self.request.user
        if user.is_superuser:
            return True
        if not (getattr(self.permissions, "permissions", set()) & EXPLORING_ACTIONS):
            return False
        return narrowed_scope(user, self.parent_page) is None

    def get_ordering(self):
        ordering = super().get_ordering()
        if ordering == self.sort_order_field and self.parent_page.numchild > MANY_CHILDREN:
            # Wagtail lists every child unpaginated to sort them by hand: 100,000 rows, minutes
            # of rendering. Menu order means nothing among that many; the newest come first.
            return "-latest_revision_created_at"
        return ordering

    def get_paginate_by(self, queryset):
        paginate_by = super().get_paginate_by(queryset)
        if paginate_by and self.parent_page.numchild > MANY_CHILDREN:
            return min(paginate_by, SHORT_PAGE)
        return paginate_by

    def get_paginator(self, queryset, per_page, *args, **kwargs):
        paginator = super().get_paginator(queryset, per_page, *args, **kwargs)
        if self.lists_every_child():
            # Django's Paginator.count is a cached property: set, it is never queried.
            paginator.count = self.parent_page.numchild
        return paginator


class DomainScopedSearchView(SearchView):
    """Wagtail's page search, which lists the pages a user may explore: in the shared indexes
    section staff found other domains' news, notices and services there (drafts too), which
    the explorer hides from them (`home.wagtail_hooks.show_section_staff_their_domain`)."""

    permission_policy = domain_scoped_policy


class ExplorerPageViewSet(PageViewSet):
    """Wagtail's page views, with the explorer above. Registered after Wagtail's own base
    viewset (its hook has order -1), so it takes `Page`'s place in the page viewset registry.
    Its workflow action views (the dashboard's approve and reject, the page editor's dialog)
    say what the action did and want a comment to request changes (home.pages.review_messages)."""

    index_view_class = ExplorerView
    search_view_class = DomainScopedSearchView
    workflow_action_view_class = ReviewWorkflowActionView
    collect_workflow_action_data_view_class = ReviewCollectWorkflowActionDataView
    filterset_class = ExplorerFilterSet
    # The views opening a page's draft, revisions, history, usage and lock: not another domain's.
    view_draft_view_class = OWN_DOMAIN_VIEWS["view_draft_view_class"]
    revisions_view_class = OWN_DOMAIN_VIEWS["revisions_view_class"]
    revisions_compare_view_class = OWN_DOMAIN_VIEWS["revisions_compare_view_class"]
    history_view_class = OWN_DOMAIN_VIEWS["history_view_class"]
    usage_view_class = OWN_DOMAIN_VIEWS["usage_view_class"]
    workflow_history_view_class = OWN_DOMAIN_VIEWS["workflow_history_view_class"]
    workflow_history_detail_view_class = OWN_DOMAIN_VIEWS["workflow_history_detail_view_class"]
    lock_view_class = OWN_DOMAIN_VIEWS["lock_view_class"]
    unlock_view_class = OWN_DOMAIN_VIEWS["unlock_view_class"]
