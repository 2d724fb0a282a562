"""wagtail-localize's "Translate" form ticks the one language a page can still be translated into.

The form lists every locale the page (or snippet) has no translation in yet as a checkbox, and
ticks none. This portal has one other language, so an editor who opened "Translate" for a
Persian page met a lone unticked "English" and a Submit that answered "This field is required".
When exactly one locale is left, it comes ticked; with two or more, the editor chooses, as before.
"""

from home.patching import run_after


def _tick_the_only_locale(form):
    field = form.fields["locales"]
    locales = list(field.queryset)
    if len(locales) == 1:
        field.initial = [locales[0].pk]


def install():
    """Called once from HomeConfig.ready."""
    from wagtail_localize.views.submit_translations import SubmitTranslationForm

    run_after(SubmitTranslationForm, "__init__", _tick_the_only_locale)
