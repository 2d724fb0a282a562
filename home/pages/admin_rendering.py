"""Parts of Wagtail's edit forms and listings that are the same on each visit, built once per process.

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
- **Buttons.** Each row of a page listing has a dropdown of some ten actions (Edit, View live,
  Add child page, Move, Copy, Delete, History, Translate…), each a Wagtail `Button` rendered
  through `wagtailadmin/shared/button.html`: 190 template renders on a page of the news
  explorer. The template's output is the same for every button with the same icon and the
  same kind (link or button), but for four values: the URL, the label, the class and the
  attributes. It is rendered once per icon and kind with a marker in place of each value, and
  each button then fills in its own values, escaped as the template escapes them. A template
  that read anything else of the button (an override, a later Wagtail) is rendered as before.

The HTML is byte for byte what Wagtail renders (tests/home/test_admin_rendering.py).
"""

import functools
import re

from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

ICON_TEMPLATE = "wagtailadmin/shared/icon.html"
BUTTON_TEMPLATE = "wagtailadmin/shared/button.html"
# The button's values that its template prints, each marked by a character no URL, label,
# class or attribute contains.
_BUTTON_VALUES = ("url", "label", "classname", "base_attrs_string")
_MARK = "\x00"


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


class _MarkedButton:
    """A button whose values are markers, telling which of its attributes a template read."""

    def __init__(self, icon_name, is_link):
        self.icon_name = icon_name
        self.url = f"{_MARK}url{_MARK}" if is_link else None
        self.label = f"{_MARK}label{_MARK}"
        self.classname = f"{_MARK}classname{_MARK}"
        self.base_attrs_string = mark_safe(f"{_MARK}base_attrs_string{_MARK}")
        self.read_other = []

    def __getattr__(self, name):  # only for attributes not set above
        self.read_other.append(name)
        raise AttributeError(name)


@functools.lru_cache(maxsize=256)
def _button_skeleton(icon_name, is_link):
    """The button template's output for this icon and kind, split at the values: a tuple of
    literal text and value names alternating; None if the template reads anything else."""
    marked = _MarkedButton(icon_name, is_link)
    html = get_template(BUTTON_TEMPLATE).render({"button": marked, "request": None})
    parts = tuple(re.split(f"{_MARK}(\\w+){_MARK}", html))
    names = parts[1::2]
    if marked.read_other or not set(names) <= set(_BUTTON_VALUES) or len(names) != len(set(names)):
        return None
    return parts


def _button_kept(render_html):
    """`BaseButton.render_html`, filling the kept skeleton for Wagtail's plain buttons."""

    @functools.wraps(render_html)
    def render(button, parent_context=None):
        from wagtail.admin.widgets.button import BaseButton

        cls = type(button)
        if cls.template_name != BUTTON_TEMPLATE or cls.get_context_data is not BaseButton.get_context_data:
            return render_html(button, parent_context)
        skeleton = _button_skeleton(button.icon_name or None, bool(button.url))
        if skeleton is None:
            return render_html(button, parent_context)
        return mark_safe(  # noqa: S308 - each value escaped as the template escapes it
            "".join(
                part if i % 2 == 0 else conditional_escape(getattr(button, part)) for i, part in enumerate(skeleton)
            )
        )

    render.kept_per_process = True
    return render


def install():
    """From HomeConfig.ready(), before any admin template is compiled."""
    from wagtail.admin.templatetags import wagtailadmin_tags
    from wagtail.admin.widgets.button import BaseButton
    from wagtail.blocks.base import BlockWidget

    if not getattr(BlockWidget._build_block_json, "kept_per_language", False):
        BlockWidget._build_block_json = _block_json_kept(BlockWidget._build_block_json)
    if not getattr(wagtailadmin_tags.icon, "kept_per_process", False):
        wagtailadmin_tags.icon = _icon_kept(wagtailadmin_tags.icon)
        wagtailadmin_tags.register.simple_tag(wagtailadmin_tags.icon, name="icon")
    if not getattr(BaseButton.render_html, "kept_per_process", False):
        BaseButton.render_html = _button_kept(BaseButton.render_html)
