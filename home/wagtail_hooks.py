"""Admin registration for the shared reference data."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import get_page_models
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.caching.query_params import unread_parameters_redirect
from home.models import Department


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    menu_order = 300
    add_to_admin_menu = True
    # Translatable: the listing has a locale switcher and each entry wagtail-localize's Translate action.
    list_display = ["name", "email", "staff_group", "locale"]
    search_fields = ["name"]


register_snippet(DepartmentViewSet)


@hooks.register("register_admin_urls")
def two_factor_urls():
    from home.security.two_factor import SetupView, VerifyView

    return [
        path("2fa/verify/", VerifyView.as_view(), name="two_factor_verify"),
        path("2fa/setup/", SetupView.as_view(), name="two_factor_setup"),
    ]


@hooks.register("register_admin_menu_item")
def two_factor_menu_item():
    return MenuItem(_("Two-factor sign-in"), reverse("two_factor_setup"), icon_name="key", order=10000)


def _drop_wagtailmenus_serve_hook():
    """wagtailmenus marks the current page and section on every served page (two queries) for
    its own menu tags; the portal renders menus itself (home/pages/menus.py) and never reads them."""
    from wagtailmenus import wagtail_hooks as menus_hooks

    registered = hooks._hooks.get("before_serve_page", [])
    registered[:] = [entry for entry in registered if entry[0] is not menus_hooks.wagtailmenu_params_helper]


_drop_wagtailmenus_serve_hook()


@hooks.register("before_serve_page")
def drop_parameters_the_page_does_not_read(page, request, _serve_args, _serve_kwargs):
    """A parameter another page type reads (?kind=N on the news) changes nothing here: redirect
    to the address without it, so it cannot make a cache key or a render of its own."""
    return unread_parameters_redirect(request, getattr(page, "query_params", ()))


@hooks.register("insert_global_admin_css")
def jalali_picker_css():
    return format_html('<link rel="stylesheet" href="{}">', static("vendor/jalalidatepicker/jalalidatepicker.min.css"))


@hooks.register("insert_global_admin_js")
def jalali_picker_js():
    # External files only: the admin's CSP allows no inline script of ours. The time zone
    # Wagtail activated for this staff member dates what the browser formats.
    return format_html(
        '<script src="{}"></script><script src="{}" data-time-zone="{}"></script>',
        static("vendor/jalalidatepicker/jalalidatepicker.min.js"),
        static("js/admin-jalali.js"),
        timezone.get_current_timezone_name(),
    )


@hooks.register("insert_editor_js")
def translation_editor_persian_js():
    # wagtail-localize's translation editor, which includes the editor scripts, has two
    # English strings no catalogue reaches (see the file).
    return format_html('<script src="{}"></script>', static("js/admin-localize-persian.js"))


@hooks.register("before_edit_page")
def keep_section_staff_in_their_domain(request, page):
    """A section's staff edit only their own domain's services, news and notices.

    Wagtail's page permissions follow the tree, and those pages share one index per type;
    the domain is what separates them. A task's reviewer is let through (Wagtail decides).
    """
    from home.pages.editorial import out_of_scope

    task = page.current_workflow_task
    if task is not None and task.specific.user_can_access_editor(page, request.user):
        return None
    if out_of_scope(request.user, page):
        messages.error(request, _("This page belongs to another domain section; you cannot edit it."))
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


def refuse_other_domains(request, page):
    """Deleting, copying, moving or unpublishing another domain's page is refused likewise."""
    from home.pages.editorial import out_of_scope

    if out_of_scope(request.user, page):
        messages.error(request, _("This page belongs to another domain section; you cannot edit it."))
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


hooks.register("before_delete_page", refuse_other_domains)
hooks.register("before_copy_page", refuse_other_domains)
hooks.register("before_unpublish_page", refuse_other_domains)


@hooks.register("before_move_page")
def refuse_moving_other_domains(request, page, destination):
    return refuse_other_domains(request, page)


@hooks.register("before_bulk_action")
def refuse_bulk_actions_on_other_domains(request, action_type, objects, action_class_instance):
    from wagtail.models import Page

    for obj in objects:
        if isinstance(obj, Page):
            response = refuse_other_domains(request, obj)
            if response is not None:
                return response
    return None


@hooks.register("after_edit_page")
def reviewers_return_to_their_tasks(request, page):
    """After approving or rejecting, go back to the dashboard's list of tasks awaiting review.

    Wagtail's default goes to the parent's listing, which is empty for a reviewer who may
    not edit anything there ("0 pages").
    """
    if request.method == "POST" and request.POST.get("action-workflow-action"):
        if not get_valid_next_url_from_request(request):
            return redirect("wagtailadmin_home")
    return None


@hooks.register("construct_explorer_page_queryset")
def show_section_staff_their_domain(parent_page, pages, request):
    """In a shared index, section staff see only their own domain's pages."""
    from home.pages.editorial import domain_scope

    scope = domain_scope(request.user, parent_page)
    if scope is None:
        return pages
    for model in get_page_models():
        field_names = {field.name for field in model._meta.get_fields()}
        if "domain" in field_names and model.__name__ != "SectionPage" and not model._meta.abstract:
            others = model.objects.child_of(parent_page).exclude(domain__in=scope).values("pk")
            pages = pages.exclude(pk__in=others)
    return pages


@hooks.register("insert_global_admin_css")
def persian_digits_css():
    """Counts and numbers in the Persian admin read in Persian digits (static/css/admin.css)."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
