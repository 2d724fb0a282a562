"""Admin registration for the shared reference data."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Department


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "name_en", "email", "staff_group"]
    search_fields = ["name", "name_en"]


register_snippet(DepartmentViewSet)
