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
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.caching.query_params import unread_parameters_redirect
from home.models import Department, Organisation
from home.operations.site_state import add_site_state_panel
from home.pages.changes_requested import changes_requested_notice, register_log_action
from home.pages.dashboard import count_pages_once_per_change
from home.pages.editor_guide import EditorGuideView, drop_english_guides, help_menu_item
from home.pages.editorial import kept_out, other_domains_below, out_of_scope, read_workflow_state_once
from home.pages.explorer import ExplorerPageViewSet
from home.pages.no_aliases import drop_convert_to_alias
from home.pages.no_aliases import urls as no_alias_urls
from home.pages.review_messages import say_what_the_review_did
from home.pages.route_views import allowed_methods
from home.pages.translation_review import REQUESTED, add_dashboard_panel, request_review_view
from home.pages.workflow_names import show_names_in_log_entries
from home.security.two_factor import SetupView, VerifyView
from home.views import method_not_allowed


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    menu_order = 300
    add_to_admin_menu = True
    # Translatable: the listing has a locale switcher and each entry wagtail-localize's Translate action.
    list_display = ["name", "email", "staff_group", "locale"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return Department.objects.select_related("locale", "staff_group")


register_snippet(DepartmentViewSet)


class OrganisationViewSet(SnippetViewSet):
    """The ministry's organisations in the footer, beside the menus in Settings."""

    model = Organisation
    icon = "site"
    menu_label = _("Organisations of the ministry")
    add_to_settings_menu = True
    list_display = ["name", "url", "sort_order", "locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]

    def get_queryset(self, request):
        return Organisation.objects.select_related("locale")


register_snippet(OrganisationViewSet)


@hooks.register("register_admin_viewset")
def register_explorer():
    return ExplorerPageViewSet()


# After Wagtail's own summary items.
hooks.register("construct_homepage_summary_items", count_pages_once_per_change, order=100)


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("2fa/verify/", VerifyView.as_view(), name="two_factor_verify"),
        path("2fa/setup/", SetupView.as_view(), name="two_factor_setup"),
    ]


@hooks.register("register_admin_urls")
def editor_guide_urls():
    return [path("editor-guide/", EditorGuideView.as_view(), name="editor_guide")]


# Before wagtail-localize's own addresses, so its conversion to an alias is refused.
hooks.register("register_admin_urls", no_alias_urls, order=-1)
hooks.register("construct_page_action_menu", drop_convert_to_alias)

hooks.register("register_help_menu_item", help_menu_item)
# Wagtail's English guides and release notes for English-reading staff only.
hooks.register("construct_help_menu", drop_english_guides)


@hooks.register("register_admin_urls")
def translation_review_urls():
    return [path("translation-review/<int:page_id>/", request_review_view, name="translation_review_request")]


hooks.register("construct_homepage_panels", add_site_state_panel)
hooks.register("construct_homepage_panels", add_dashboard_panel)


@hooks.register("register_log_actions")
def translation_review_log_action(actions):
    actions.register_action(REQUESTED, _("Ask for review"), _("Translation sent for review"))


# After Wagtail's own "changes requested" action, which it replaces; then, after every
# formatter of a workflow action, the workflow's and task's names in the log entries.
hooks.register("register_log_actions", register_log_action, order=1)
hooks.register("register_log_actions", show_names_in_log_entries, order=2)


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
def refuse_methods_the_address_does_not_answer(page, request, serve_args, _serve_kwargs):
    """A POST (PUT, DELETE…) to a page or route that takes no form: 405 with the methods it
    answers, not the page as if it had been read."""
    allowed = allowed_methods(page, serve_args)
    if request.method not in allowed:
        return method_not_allowed(request, allowed)
    return None


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


@hooks.register("insert_editor_js")
def translation_editor_footer_js():
    # The translation editor's main button for an editor who may not publish: "Send for
    # review", not wagtail-localize's "Lock" (see the file).
    return format_html('<script src="{}"></script>', static("js/admin-translation-footer.js"))


@hooks.register("before_edit_page")
def keep_section_staff_in_their_domain(request, page):
    """A section's staff edit only their own domain's services, news and notices.

    Wagtail's page permissions follow the tree, and those pages share one index per type;
    the domain is what separates them. A task's reviewer is let through (Wagtail decides).
    """
    if kept_out(request.user, page):
        messages.error(request, _("This page belongs to another domain section; you cannot edit it."))
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


# After the hooks that may turn the editor away.
hooks.register("before_edit_page", changes_requested_notice, order=10)
hooks.register("before_edit_page", read_workflow_state_once, order=-10)


def refuse_other_domains(request, page):
    """Deleting, copying, moving or unpublishing another domain's page is refused likewise."""
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
        say_what_the_review_did(request, page)
        if not get_valid_next_url_from_request(request):
            return redirect("wagtailadmin_home")
    return None


@hooks.register("construct_explorer_page_queryset")
def show_section_staff_their_domain(parent_page, pages, request):
    """In a shared index, section staff see only their own domain's pages."""
    hidden = other_domains_below(request.user, parent_page, children_only=True)
    return pages if hidden is None else pages.exclude(hidden)


@hooks.register("insert_global_admin_css")
def persian_digits_css():
    """Counts and numbers in the Persian admin read in Persian digits (static/css/admin.css)."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("insert_global_admin_js")
def persian_digits_js():
    """... and in the text itself, the counts Wagtail's scripts draw included (the sidebar's badge)."""
    return format_html('<script src="{}"></script>', static("js/admin-persian-digits.js"))


@hooks.register("insert_global_admin_js")
def persian_tags_js():
    """A tag of more than one word without Wagtail's straight quotes in its chip (see the file)."""
    return format_html('<script src="{}"></script>', static("js/admin-persian-tags.js"))


# -- the page explorer at 100,000 children: no queries per row ------------------------------------


def _translation_button_annotations():
    from django.db.models import Exists, OuterRef, Subquery
    from wagtail.models import Locale, Page
    from wagtail_localize.models import TranslationSource

    untranslated = Locale.objects.exclude(
        id__in=Page.objects.filter(translation_key=OuterRef(OuterRef("translation_key")), alias_of__isnull=True).values(
            "locale_id"
        )
    )
    synced_source = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id"), translations__enabled=True
    ).values("pk")[:1]
    return {"_localize_can_translate": Exists(untranslated), "_localize_sync_source": Subquery(synced_source)}


@hooks.register("construct_explorer_page_queryset")
def answer_translation_buttons_in_the_listing_query(parent_page, pages, request):
    """wagtail-localize asks two questions of each listed page for its "Translate this page" and
    "Sync translated pages" buttons (two queries a row: 100 for a page of 50 news items).
    The listing's own query answers both for the rows it shows."""
    if not hasattr(pages, "annotate"):
        return pages
    return pages.annotate(**_translation_button_annotations())


def translation_listing_buttons(page, user, view_name=None, next_url=None):
    """wagtail-localize's listing buttons, from the answers the listing query carries when it
    has them (`answer_translation_buttons_in_the_listing_query`); otherwise its own function."""
    from urllib.parse import urlencode

    from wagtail.admin.widgets.button import Button as ListingButton
    from wagtail_localize import wagtail_hooks as localize_hooks

    if not hasattr(page, "_localize_can_translate"):
        yield from localize_hooks.page_listing_more_buttons(page, user, view_name=view_name, next_url=next_url)
        return
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if page._localize_can_translate:
        url = reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id])
        yield ListingButton(_("Translate this page"), url, priority=60, icon_name="wagtail-localize-language")
    if page._localize_sync_source is not None:
        url = reverse("wagtail_localize:update_translations", args=[page._localize_sync_source])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


def _answer_localize_listing_buttons_from_the_query():
    from wagtail_localize import wagtail_hooks as localize_hooks

    registered = hooks._hooks.get("register_page_listing_more_buttons", [])
    registered[:] = [
        (translation_listing_buttons, order) if fn is localize_hooks.page_listing_more_buttons else (fn, order)
        for fn, order in registered
    ]


_answer_localize_listing_buttons_from_the_query()
