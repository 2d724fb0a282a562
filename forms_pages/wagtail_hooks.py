"""Admin registration: requests, response-time targets and the dashboard panel."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import CitizenRequestViewSet, RequestPermissionPolicy, RequestsDashboardPanel
from .models import CitizenRequest, DepartmentDesk, OfficeClosure, ResponseTarget

register_permission_policy(CitizenRequest, RequestPermissionPolicy(CitizenRequest))
requests_viewset = CitizenRequestViewSet()


@hooks.register("register_admin_viewset")
def register_requests_viewset():
    return requests_viewset


class ResponseTargetViewSet(SnippetViewSet):
    model = ResponseTarget
    icon = "time"
    menu_label = _("Response-time targets")
    menu_order = 260
    add_to_settings_menu = True
    list_display = ["kind", "department", "days"]


register_snippet(ResponseTargetViewSet)


class OfficeClosureViewSet(SnippetViewSet):
    """Extra closed days (e.g. air-pollution closures); answer-by dates skip them."""

    model = OfficeClosure
    icon = "date"
    menu_label = _("Office closures")
    menu_order = 261
    add_to_settings_menu = True
    list_display = ["date", "reason"]


register_snippet(OfficeClosureViewSet)


@hooks.register("construct_homepage_panels")
def add_requests_panel(request, panels):
    user = request.user
    if user.is_superuser or user.has_perm("forms_pages.change_citizenrequest"):
        if CitizenRequest.objects.visible_to(user).exists() or user.is_superuser:
            panels.append(RequestsDashboardPanel(user))


class DepartmentDeskViewSet(SnippetViewSet):
    """Heads of department alerted when their requests run late (desk_daily)."""

    model = DepartmentDesk
    icon = "warning"
    menu_label = _("Escalation contacts")
    menu_order = 262
    add_to_settings_menu = True
    list_display = ["department", "head_email"]


register_snippet(DepartmentDeskViewSet)
