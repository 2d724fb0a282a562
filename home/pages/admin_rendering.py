"""Two parts of every Wagtail edit form that are the same on each visit, built once per process.

A service's edit page cost 325–380 ms of CPU at full size, none of it SQL: Wagtail renders
about 40 panels and five StreamFields. Two parts of that are rebuilt on every request although
nothing in them changes between requests:

- **StreamField block definitions.** Each StreamField's widget packs its whole block tree
  (every child block's label, help text, widget template, icons) into JSON for the client-side
  editor, on each form it appears in. The tree is a class attribute of the page model; what
  the JSON says varies only with the staff member's language (labels) and time zone. It is
  now kept per block, language and time zone. (A block whose definition read the database,
  such as a `ChoiceBlock` with choices from a query, would be frozen by this; none does.)
- **Icons.** Wagtail's `{% icon %}` renders a small template (an `<svg><use>`) through an
  inclusion tag: some 250 times on an edit page, 460 on the news explorer. Without a title its
  output depends only on its name, class and wrapping; that output is kept per process.

The HTML is byte for byte what Wagtail renders (tests/home/test_admin_rendering.py).
"""

import functools

from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

ICON_TEMPLATE = "wagtailadmin/shared/icon.html"


def _block_json_kept(build):
    @functools.wraps(build)
    def build_once(widget):
        kept = widget.block_def.__dict__.setdefault("_portal_block_json", {})
        key = (translation.get_language(), timezone.get_current_timezone_name())
        if key not in kept:
            build(widget)
            kept[key] = (widget._js_context, widget._block_json)
        widget._js_context, widget._block_json = kept[key]

    build_once.kept_per_language = True
    return build_once


@functools.lru_cache(maxsize=512)
def _icon_html(name, classname, wrapped):
    context = {"name": name, "classname": classname or "icon", "title": None, "wrapped": wrapped}
    return mark_safe(get_template(ICON_TEMPLATE).render(context))  # noqa: S308 - Wagtail's own template


def _icon_kept(icon_context):
    """Wagtail's `icon` tag (same arguments, same HTML), its untitled output kept per process."""

    @functools.wraps(icon_context)
    def icon(name=None, classname=None, title=None, wrapped=False):
        context = icon_context(name=name, classname=classname, title=title, wrapped=wrapped)
        if title:
            return mark_safe(get_template(ICON_TEMPLATE).render(context))  # noqa: S308 - as above
        return _icon_html(context["name"], classname, bool(wrapped))

    icon.kept_per_process = True
    return icon


def install():
    """From HomeConfig.ready(), before any admin template is compiled."""
    from wagtail.admin.templatetags import wagtailadmin_tags
    from wagtail.blocks.base import BlockWidget

    if not getattr(BlockWidget._build_block_json, "kept_per_language", False):
        BlockWidget._build_block_json = _block_json_kept(BlockWidget._build_block_json)
    if not getattr(wagtailadmin_tags.icon, "kept_per_process", False):
        wagtailadmin_tags.icon = _icon_kept(wagtailadmin_tags.icon)
        wagtailadmin_tags.register.simple_tag(wagtailadmin_tags.icon, name="icon")
