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

import json

from django.utils.text import slugify as django_slugify

from home.patching import run_after

ZWNJ = "\u200c"


def slugify(value, allow_unicode=False):
    """Django's slugify, with a ZWNJ taken as a word break."""
    return django_slugify(str(value).replace(ZWNJ, "-"), allow_unicode=allow_unicode)


def _zwnj_as_hyphen(widget):
    """Add to a SlugInput's formatters (regex, replacement; run before Wagtail's own slugify in
    the browser) one that turns a ZWNJ into a hyphen."""
    from wagtail.coreutils import get_js_regex

    formatters = json.loads(widget.attrs.get("data-w-slug-formatters-value") or "[]")
    formatters.append([get_js_regex(ZWNJ), "-"])
    widget.attrs["data-w-slug-formatters-value"] = json.dumps(formatters, separators=(",", ":"))


def install():
    import taggit.models
    import wagtail.models.pages
    from wagtail.admin.widgets.slug import SlugInput

    run_after(SlugInput, "__init__", _zwnj_as_hyphen)
    wagtail.models.pages.slugify = slugify
    taggit.models.slugify = slugify
