"""Admin registration for the shared reference data."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
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


@hooks.register("register_admin_urls")
def two_factor_urls():
    from home.two_factor import SetupView, VerifyView

    return [
        path("2fa/verify/", VerifyView.as_view(), name="two_factor_verify"),
        path("2fa/setup/", SetupView.as_view(), name="two_factor_setup"),
    ]


@hooks.register("register_admin_menu_item")
def two_factor_menu_item():
    return MenuItem(_("Two-factor sign-in"), reverse("two_factor_setup"), icon_name="key", order=10000)


@hooks.register("insert_global_admin_css")
def jalali_picker_css():
    return format_html('<link rel="stylesheet" href="{}">', static("vendor/jalalidatepicker/jalalidatepicker.min.css"))


@hooks.register("insert_global_admin_js")
def jalali_picker_js():
    # External files only: the admin's CSP allows no inline script of ours.
    return format_html(
        '<script src="{}"></script><script src="{}"></script>',
        static("vendor/jalalidatepicker/jalalidatepicker.min.js"),
        static("js/admin-jalali.js"),
    )
