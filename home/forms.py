"""The admin form every portal page uses: section staff can only pick their own domain, a
slug already taken names the page holding it, at the top of the form, and a long title wraps."""

import re

from django.apps import apps
from django.db.models import Q
from django.forms.models import ModelChoiceField, ModelChoiceIterator
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminAutoHeightTextInput
from wagtail.models import Page, TranslatableMixin


class ChoicesListedOnce(ModelChoiceIterator):
    """A model field's choices, read from the database once per form.

    Wagtail renders each widget twice, filled in for the form and empty for its client-side
    copy (telepath), and Django's iterator queries again on every pass: two queries for each
    of a service's categories and audiences. A new queryset makes a new iterator, so what is
    listed is always the queryset the field has.
    """

    def __init__(self, field):
        super().__init__(field)
        self._listed = None

    def _choices(self):
        if self._listed is None:
            self._listed = list(super().__iter__())
        return self._listed

    def __iter__(self):
        return iter(self._choices())

    def __len__(self):
        return len(self._choices())

    def __bool__(self):
        return bool(self._choices())


class LinkedError(SafeString):
    """A form error holding a link, still HTML in the summary at the top of Wagtail's editor,
    which writes each error after its field's name as `prefix + error` (a plain `str` again,
    escaped: the link would read as its markup)."""

    def __radd__(self, other):
        return SafeString(str.__add__(str(conditional_escape(other)), self))


# A title is one line: Enter adds no line break to it, and one pasted in is a space.
TITLE_WIDGET_ATTRS = {
    "data-action": "keydown.enter->w-autosize#resize:prevent keydown.shift+enter->w-autosize#resize:prevent"
}
LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


class PortalPageForm(WagtailAdminPageForm):
    """Limits a page's `domain` choices to the domains of a section-limited editor.

    The editor of the cooperatives section drafts cooperatives services, news and notices in
    the shared indexes, and can neither file one under another domain nor leave it without
    one (it would then escape the section head's approval).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._wrap_the_title()
        for field in self.fields.values():
            if isinstance(field, ModelChoiceField) and field.iterator is ModelChoiceIterator:
                field.iterator = ChoicesListedOnce
                field.widget.choices = field.choices
        self._offer_own_locale_snippets()
        field = self.fields.get("domain")
        user = self.for_user
        # Through the app registry: this is BasePage's form, defined before the page models.
        section_page = apps.get_model("home", "SectionPage")
        if field is None or user is None or isinstance(self.instance, section_page):
            return
        where = self.parent_page if self.instance.pk is None else self.instance
        if where is None:
            return
        scope = section_page.domain_scope(user, where)
        if scope is None:
            return
        field.choices = [(value, label) for value, label in field.choices if value in scope]
        field.required = True
        if len(field.choices) == 1 and not self.is_bound:
            self.initial.setdefault("domain", field.choices[0][0])

    def _wrap_the_title(self):
        """The title at the top of the form is a box as tall as its text (Wagtail's auto-height
        text area, which Wagtail's title styles already cover), not a one-line input: a long
        Persian title was cut at the box's end, the rest out of sight while it was edited."""
        field = self.fields.get("title")
        if field is not None:
            field.widget = AdminAutoHeightTextInput(attrs={**field.widget.attrs, **TITLE_WIDGET_ATTRS})

    def clean_title(self):
        title = self.cleaned_data.get("title")
        return LINE_BREAKS.sub(" ", title) if title else title

    def clean(self):
        slug = self.cleaned_data.get("slug")
        cleaned_data = super().clean()
        if slug and self.has_error("slug"):
            self._name_the_page_holding(slug)
        return cleaned_data

    def _name_the_page_holding(self, slug):
        """Say at the top of the form which page already has this slug, and where to change it.

        Wagtail's autosave creates a new page as a draft as soon as its title is typed: an
        editor who left and started the same item again could not save it ("the slug is in
        use"), told so only on the Promote tab, out of sight on a phone. The summary at the top
        now names the field, its tab and the page holding the slug, linked when they may edit it.
        """
        parent = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        if parent is None:
            return
        holder = parent.get_children().filter(slug=slug)
        if self.instance.pk is not None:
            holder = holder.not_page(self.instance)
        holder = holder.first()
        if holder is None:
            return
        title = holder.get_admin_display_title()
        if self.for_user is not None and holder.permissions_for_user(self.for_user).can_edit():
            title = format_html('<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[holder.pk]), title)
        if holder.first_published_at is None:
            message = _(
                "The draft “{title}”, saved earlier (perhaps by autosave), already has this address. "
                "Open that draft to carry on with it, or give this page another slug on the Promote tab."
            )
        else:
            message = _("The page “{title}” already has this address: give this page another slug on the Promote tab.")
        self.add_error(None, LinkedError(format_html(message, title=title)))

    def _offer_own_locale_snippets(self):
        """Links to translatable snippets (categories, audiences, departments) offer the page's
        own locale: a Persian page lists each entry once, in Persian. What the page already
        links stays valid, whichever locale it is in."""
        where = self.instance if self.instance.pk else self.parent_page
        locale_id = getattr(where, "locale_id", None)
        if locale_id is None:
            return
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            model = getattr(queryset, "model", None)
            if model is None or not issubclass(model, TranslatableMixin) or issubclass(model, Page):
                continue
            current = self.initial.get(name)
            if current is None or isinstance(current, (str, int)) or hasattr(current, "pk"):
                current = [current]
            pks = [getattr(value, "pk", value) for value in current if value is not None]
            field.queryset = queryset.filter(Q(locale_id=locale_id) | Q(pk__in=pks))
