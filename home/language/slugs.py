"""Persian slugs keep their words apart where the title's zero-width non-joiner did.

A Persian word is written with a zero-width non-joiner (ZWNJ, U+200C) between a prefix or a
suffix and its stem: «می‌خواهیم», «درخواست‌ها». Django's and Wagtail's slugify drop it as a
character that is neither a letter nor a digit, and the parts join into another word
(«میخواهیم», «درخواستها»). A slug may not keep it: Wagtail validates a unicode slug as letters,
digits, "-" and "_" (`WAGTAIL_ALLOW_UNICODE_SLUGS`, on by default), which a ZWNJ is not. So a
ZWNJ becomes a hyphen, as a space does: «می-خواهیم», a readable and valid URL.

`install()` (from `HomeConfig.ready`) puts this in both places a slug is made from a title:
on the server, Wagtail's page model (a page saved without a slug, by a seeder or a script) and
taggit's tags; in the admin, every `SlugInput` (the page's slug field, the copy form, snippets)
formats the title the same way in the browser before Wagtail's own slugify runs.
"""

from django.utils.text import slugify as django_slugify

ZWNJ = "\u200c"
# Wagtail's SlugInput formatters: (regex, replacement), applied before its own slugify.
SLUG_FORMATTERS = [(ZWNJ, "-")]


def slugify(value, allow_unicode=False):
    """Django's slugify, with a ZWNJ taken as a word break."""
    return django_slugify(str(value).replace(ZWNJ, "-"), allow_unicode=allow_unicode)


def _with_zwnj_formatter(original):
    def __init__(self, attrs=None, formatters=None, locale=None):
        original(self, attrs=attrs, formatters=list(formatters or []) + SLUG_FORMATTERS, locale=locale)

    return __init__


def install():
    import taggit.models
    import wagtail.models.pages
    from wagtail.admin.widgets.slug import SlugInput

    if getattr(SlugInput, "keeps_zwnj", False):
        return
    SlugInput.__init__ = _with_zwnj_formatter(SlugInput.__init__)
    SlugInput.keeps_zwnj = True
    wagtail.models.pages.slugify = slugify
    taggit.models.slugify = slugify
