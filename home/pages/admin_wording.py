"""Wagtail admin labels that Wagtail itself never marks for translation, or translates once."""

import functools

from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# The sites listing names three columns after their attribute ("Port", "Site name", "Root
# page"), in English for every language.
SITE_COLUMN_LABELS = {"port": _("Port"), "site_name": _("Site name"), "root_page": _("Root page")}


def _whats_new_label():
    from wagtail.utils.version import get_main_version

    return gettext("What's new in Wagtail %(version)s") % {"version": get_main_version(include_patch=False)}


def _relabel(hook_name, hook_function, label):
    """Registered `hook_function` of `hook_name` again, its menu item labelled `label`."""
    from wagtail import hooks

    def relabelled(*args, **kwargs):
        item = hook_function(*args, **kwargs)
        item.label = label
        return item

    registered = hooks._hooks.get(hook_name, [])
    registered[:] = [(relabelled if fn is hook_function else fn, order) for fn, order in registered]


def relabel_menu_items_built_once():
    """Wagtail builds the admin menus once per process, and two of their labels were
    translated then, not when shown: "What's new in Wagtail 8.0" (a lazy string formatted at
    once) and wagtail-localize's "Translations" report (plain gettext). Whoever signed in
    first after a restart fixed their language for everyone: English staff read «تازه‌های
    Wagtail» and «ترجمه‌ها» in their sidebar, or Persian staff the English. Both are lazy now."""
    from wagtail.admin import wagtail_hooks as admin_hooks
    from wagtail_localize import wagtail_hooks as localize_hooks

    _relabel(
        "register_help_menu_item",
        admin_hooks.register_whats_new_in_wagtail_version_menu_item,
        lazy(_whats_new_label, str)(),
    )
    _relabel(
        "register_reports_menu_item", localize_hooks.register_wagtail_localize2_report_menu_item, _("Translations")
    )


def _refused_in_the_readers_language(permission_denied):
    """Wagtail's "Sorry, you do not have permission to access this area." is written after the
    view has left the staff member's admin language (`require_admin_access` catches the refusal
    outside `get_localized_response`): English-reading staff read it in the site's Persian."""
    from django.utils.translation import override

    @functools.wraps(permission_denied)
    def refused(request):
        profile = getattr(request.user, "wagtail_userprofile", None)
        language = profile.get_preferred_language() if profile is not None else None
        if not language:
            return permission_denied(request)
        with override(language):
            return permission_denied(request)

    return refused


def _root_in_the_readers_language(get_admin_display_title):
    """The page tree's root, stored as «ریشه» (home/migrations/0013) so the Persian admin showed
    no English word, was «ریشه» in the English admin's breadcrumbs too: it is named in the
    reader's language wherever the admin names a page."""

    @functools.wraps(get_admin_display_title)
    def display_title(page):
        return gettext("Root") if page.depth == 1 else get_admin_display_title(page)

    return display_title


def install():
    """Give the sites listing's columns translatable labels (called once from HomeConfig.ready),
    the menu items of `relabel_menu_items_built_once` labels read when shown, and Wagtail's
    refusal and the tree's root the reader's language."""
    from wagtail.admin import auth
    from wagtail.models import Page
    from wagtail.sites.views import IndexView

    auth.permission_denied = _refused_in_the_readers_language(auth.permission_denied)
    Page.get_admin_display_title = _root_in_the_readers_language(Page.get_admin_display_title)

    for column in IndexView.columns:
        if column.name in SITE_COLUMN_LABELS:
            column.label = SITE_COLUMN_LABELS[column.name]
    relabel_menu_items_built_once()
