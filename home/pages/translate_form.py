"""wagtail-localize's "Translate" form, for a site with one language besides the default.

The form lists every locale the page (or snippet) has no translation in yet as a checkbox, and
ticks none. This portal has one other language, so an editor who opened "Translate" for a
Persian page met a lone unticked "English" and a Submit that answered "This field is required".
When exactly one locale is left, it comes ticked; with two or more, the editor chooses, as before.

With none left (the page was translated since the link was drawn: the browser's Back after a
translation, another editor, a bookmark), the form had an empty required field and a Submit
that could only fail. It is then marked `translated_everywhere`, and the screen says so and
links to the translations (templates/wagtail_localize/admin/submit_translation.html).
"""

from typing import NamedTuple

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from home.patching import run_after


class Translation(NamedTuple):
    language: str  # its name, in the admin's language
    language_code: str  # the title's language, for its lang attribute
    title: str
    edit_url: str


def _choose_for_the_editor(form):
    field = form.fields["locales"]
    locales = list(field.queryset)
    if len(locales) == 1:
        field.initial = [locales[0].pk]
    form.translated_everywhere = not locales


def translations_to_edit(instance, user):
    """The other languages' versions of a page or snippet, each with where to edit it (for
    those the user may edit)."""
    finder = AdminURLFinder(user)
    translations = instance.get_translations().select_related("locale").order_by("locale__language_code")
    if isinstance(instance, Page):
        translations = translations.exclude(alias_of__isnull=False)
    found = []
    for translation in translations:
        title = translation.get_admin_display_title() if isinstance(translation, Page) else str(translation)
        url = finder.get_edit_url(translation.specific if isinstance(translation, Page) else translation)
        locale = translation.locale
        found.append(Translation(locale.get_display_name(), locale.language_code, title, url or ""))
    return found


def install():
    """Called once from HomeConfig.ready."""
    from wagtail_localize.views.submit_translations import SubmitTranslationForm

    run_after(SubmitTranslationForm, "__init__", _choose_for_the_editor)
