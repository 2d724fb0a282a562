"""Wagtail's listing buttons rendered from one skeleton per icon and kind, built once per process.

Each row of a page listing has a dropdown of some ten actions (Edit, View live, Add child page,
Move, Copy, Delete, History, Translate…), each a Wagtail `Button` rendered through
`wagtailadmin/shared/button.html`: 190 template renders on a page of the news explorer. The
template's output is the same for every button with the same icon and the same kind (link or
button), but for four values: the URL, the label, the class and the attributes. It is rendered
once per icon and kind with a marker in place of each value, and each button then fills in its
own values, escaped as the template escapes them. A template that read anything else of the
button (an override, a later Wagtail) is rendered as before.

The HTML is byte for byte what Wagtail renders (tests/home/test_admin_rendering.py).
"""

import functools
import re

from django.template.loader import get_template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

BUTTON_TEMPLATE = "wagtailadmin/shared/button.html"
# The button's values that its template prints, each marked by a character no URL, label,
# class or attribute contains.
_BUTTON_VALUES = ("url", "label", "classname", "base_attrs_string")
_MARK = "\x00"


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
    from wagtail.admin.widgets.button import BaseButton

    if not getattr(BaseButton.render_html, "kept_per_process", False):
        BaseButton.render_html = _button_kept(BaseButton.render_html)
