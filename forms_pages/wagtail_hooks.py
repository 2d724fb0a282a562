"""Admin registration: requests, response-time targets, the dashboard panel and poll results."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import CitizenRequestViewSet, RequestPermissionPolicy, RequestsDashboardPanel
from .models import CitizenRequest, DepartmentDesk, OfficeClosure, ResponseTarget
from .models.desk_access import desk_departments
from .poll_admin import (
    RESULTS_CSV_URL_NAME,
    RESULTS_URL_NAME,
    PollResultsView,
    poll_results_buttons,
    poll_results_csv,
)

register_permission_policy(CitizenRequest, RequestPermissionPolicy(CitizenRequest))
requests_viewset = CitizenRequestViewSet()


@hooks.register("register_admin_viewset")
def register_requests_viewset():
    return requests_viewset


# The desk's own settings, in the Settings menu in this order: (model, icon, label, columns).
DESK_SETTINGS = [
    (ResponseTarget, "time", _("Response-time targets"), ["kind", "department", "days"]),
    # Extra closed days (e.g. air-pollution closures); answer-by dates skip them.
    (OfficeClosure, "date", _("Office closures"), ["date", "reason"]),
    # Heads of department alerted when their requests run late (desk_daily).
    (DepartmentDesk, "warning", _("Escalation contacts"), ["department", "head_email"]),
]


class DeskSettingViewSet(SnippetViewSet):
    """One of the desk's own settings, listed in the Settings menu."""

    add_to_settings_menu = True


for order, (model, icon, label, columns) in enumerate(DESK_SETTINGS, start=260):
    register_snippet(
        DeskSettingViewSet(model=model, icon=icon, menu_label=label, menu_order=order, list_display=columns)
    )


@hooks.register("construct_homepage_panels")
def add_requests_panel(request, panels):
    # Every desk staff member, their departments' requests or none yet: a desk with nothing
    # waiting says so, rather than leaving the dashboard blank.
    user = request.user
    if user.is_superuser or user.has_perm("forms_pages.change_citizenrequest"):
        if desk_departments(user).exists():
            panels.append(RequestsDashboardPanel(user))


@hooks.register("register_admin_urls")
def poll_results_urls():
    return [
        path("polls/<int:page_id>/results/", PollResultsView.as_view(), name=RESULTS_URL_NAME),
        path("polls/<int:page_id>/results.csv", poll_results_csv, name=RESULTS_CSV_URL_NAME),
    ]


# A poll's results: in its row's "more" menu in the page explorer and in its editor's header.
hooks.register("register_page_listing_more_buttons", poll_results_buttons)
hooks.register("register_page_header_buttons", poll_results_buttons)
