"""wagtail-localize's "Translate" form ticks the one language a page can still be translated into.

The form lists every locale the page (or snippet) has no translation in yet as a checkbox, and
ticks none. This portal has one other language, so an editor who opened "Translate" for a
Persian page met a lone unticked "English" and a Submit that answered "This field is required".
When exactly one locale is left, it comes ticked; with two or more, the editor chooses, as before.
"""


def _tick_the_only_locale(original):
    def __init__(self, instance, *args, **kwargs):
        original(self, instance, *args, **kwargs)
        field = self.fields["locales"]
        locales = list(field.queryset)
        if len(locales) == 1:
            field.initial = [locales[0].pk]

    return __init__


def install():
    """Called once from HomeConfig.ready."""
    from wagtail_localize.views.submit_translations import SubmitTranslationForm

    if getattr(SubmitTranslationForm, "ticks_the_only_locale", False):
        return
    SubmitTranslationForm.__init__ = _tick_the_only_locale(SubmitTranslationForm.__init__)
    SubmitTranslationForm.ticks_the_only_locale = True
