"""The admin's Help menu: the portal's own guide for its editors.

Wagtail's Help menu held "What's new in Wagtail 8.0" and "Editor Guide", both links to Wagtail's
English site (guide.wagtail.org), marked new with a «۲» badge until clicked: a Persian editor of a
government portal was sent to a software vendor's release notes in English. The menu now opens
with the portal's guide (who drafts and approves what, sending for review, English versions,
dates), in the reader's language; Wagtail's English guides stay for staff whose admin is in
English only, who can read them.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.language.i18n import is_english
from home.models import SectionPage

MENU_NAME = "portal-editor-guide"


def is_wagtails_english_guide(item):
    """Wagtail's own help items that link to its English site."""
    return item.name == "editor-guide" or item.name.startswith("whats-new-in-wagtail-")


def help_menu_item():
    return MenuItem(_("Portal editors' guide"), reverse("editor_guide"), icon_name="help", name=MENU_NAME, order=900)


def drop_english_guides(request, menu_items):
    """The `construct_help_menu` hook: Wagtail's English guides for English readers only."""
    if not is_english():
        menu_items[:] = [item for item in menu_items if not is_wagtails_english_guide(item)]


class EditorGuideView(WagtailAdminTemplateMixin, TemplateView):
    """The guide: one screen, the same for every member of the staff, with the reader's groups."""

    template_name = "home/admin/editor_guide.html"
    page_title = _("Portal editors' guide")
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = self.request.user.groups.all()
        context["groups"] = list(groups.order_by("name").values_list("name", flat=True))
        # Only a section's editors and head are held to its domain in the shared indexes; the
        # content editors, the reviewers and the director are not.
        context["section_staff"] = SectionPage.objects.filter(
            Q(editors_group__in=groups) | Q(head_group__in=groups)
        ).exists()
        return context
