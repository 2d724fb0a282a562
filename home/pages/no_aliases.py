"""An English page is never made an alias of its Persian page.

wagtail-localize offers "Convert to alias page" («تبدیل به صفحه مستعار») in the editor of a
translation that is no longer synced. The English page would then show the Persian page's
content, and the conversion publishes it at once, whoever asks: an editor who may not publish
would put Persian text on the English site without anyone's review. The portal keeps its English
pages its own, so the action is offered to nobody and its address refuses everyone.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _

CONVERT_TO_ALIAS = "localize-convert-to-alias"
REFUSAL = _("An English page is not made an alias of its Persian page: the English site would show Persian text.")


def drop_convert_to_alias(menu_items, request, context):
    """The `construct_page_action_menu` hook: no "Convert to alias page" in the editor's menu."""
    menu_items[:] = [item for item in menu_items if item.name != CONVERT_TO_ALIAS]


def refuse_conversion(request, page_id):
    """Back to the page's editor, saying why (as the admin's other refusals of a page action)."""
    messages.error(request, REFUSAL)
    return redirect("wagtailadmin_pages:edit", page_id)


def urls():
    """wagtail-localize's address for the conversion (admin/localize/page/<id>/convert_to_alias/),
    answered first, with the refusal."""
    return [path("localize/page/<int:page_id>/convert_to_alias/", refuse_conversion, name="no_alias_pages")]
