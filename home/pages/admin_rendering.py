"""Parts of every Wagtail edit form that are the same on each visit, built once per process.

A service's edit page cost 325–380 ms of CPU at full size, none of it SQL: Wagtail renders
about 40 panels and five StreamFields. These parts of it were rebuilt on every request although
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

- **Empty widgets for the client side.** Wagtail packs every field's widget for its
  client-side copy of the form (telepath), rendered again with no value, name `__NAME__` and
  id `__ID__`: a text box, a list of choices. For a widget whose whole state is plain data
  (its class, attributes, fixed choices), that rendering is kept per widget state, language
  and time zone. Widgets holding anything else (choices from a query, a chooser, a date
  picker) are rendered each time.
- **Inline panels' empty form.** Each inline panel (a service's laws and channels) carries a
  `<template>` with an empty child form, which the "Add" button copies. Its fields are kept
  per panel, language and time zone when every widget in it is plain data as above or an
  empty chooser, no field has an initial value computed on each visit (a callable default)
  and no field depends on the staff member's permissions.
- **The furniture around each field.** Every field of an edit form sits in Wagtail's
  `formatted_field.html`: wrapper, label, help text, error box, icon and comment button, about
  forty times a page. For a field without errors that furniture depends only on the field's
  label, help text, ids and flags and on the language; it is kept per those, and the field's
  own widget, rendered on each visit, goes in its middle.
- **A page chooser's page and its parent in one query.** Wagtail's page chooser (a service's
  laws) reads the chosen page, then its parent for the chooser's "browse from here": two
  queries per law. The parent's id now comes with the page, in one query.

The HTML is byte for byte what Wagtail renders (tests/home/test_admin_rendering.py renders
whole edit pages with these and with Wagtail's own code, and compares them).
"""

import functools
import types

from django import forms
from django.forms.widgets import ChoiceWidget
from django.template.base import render_value_in_context
from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.choices import BlankChoiceIterator
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe

ICON_TEMPLATE = "wagtailadmin/shared/icon.html"
FIELD_TEMPLATE = "wagtailadmin/shared/formatted_field.html"
_FIELD_SLOT = "\x00portal-field-widget\x00"


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


# Widget classes whose rendering depends on nothing but their own attributes (and the language).
_PLAIN_WIDGETS = {
    forms.TextInput,
    forms.NumberInput,
    forms.EmailInput,
    forms.URLInput,
    forms.HiddenInput,
    forms.Textarea,
    forms.CheckboxInput,
    forms.Select,
    forms.SelectMultiple,
    forms.NullBooleanSelect,
    forms.RadioSelect,
    forms.CheckboxSelectMultiple,
}
_KEPT_LIMIT = 2048  # entries per cache; beyond it nothing more is kept (no unbounded growth)
_kept_widgets = {}
_kept_empty_forms = {}


class _NotPlain(Exception):
    pass


def _plain(value):
    """`value` as hashable plain data (lazy text in the active language), or _NotPlain."""
    if value is None or type(value) in (bool, int, float, str):
        return value
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str):
        return (type(value), str(value))
    if isinstance(value, dict):
        return (dict, tuple((_plain(key), _plain(item)) for key, item in value.items()))
    if isinstance(value, (list, tuple)):
        return (type(value), tuple(_plain(item) for item in value))
    if isinstance(value, BlankChoiceIterator) and isinstance(value.choices, (list, tuple)):
        return (BlankChoiceIterator, _plain(list(value)))  # a model field's fixed choices
    if isinstance(value, (types.FunctionType, type)):
        return value  # CheckboxInput's check_test, a chooser's model: the same object for the process
    raise _NotPlain


def _state(widget, kinds):
    """The widget's class and whole state as a key, or None if it holds more than plain data."""
    if type(widget) not in kinds:
        return None
    state = widget.__dict__
    if not isinstance(widget, ChoiceWidget):
        # A model choice field gives its widget the choices even when it is a hidden input or a
        # chooser, which never lists them.
        state = {name: value for name, value in state.items() if name != "choices"}
    try:
        return (type(widget), _plain(state))
    except _NotPlain:
        return None


def _language_and_zone():
    return (translation.get_language(), timezone.get_current_timezone_name())


def _widget_args_kept(js_args):
    @functools.wraps(js_args)
    def args(adapter, widget):
        state = _state(widget, _PLAIN_WIDGETS)
        if state is None:
            return js_args(adapter, widget)
        key = (type(adapter), state, *_language_and_zone())
        kept = _kept_widgets.get(key)
        if kept is None:
            kept = js_args(adapter, widget)
            if len(_kept_widgets) < _KEPT_LIMIT:
                _kept_widgets[key] = kept
        # A new string each time: telepath turns a string object met twice into a reference.
        return [SafeString(html) if isinstance(html, SafeString) else html for html in kept]

    args.kept_per_process = True
    return args


def _empty_form_key(inline, empty_child):
    from wagtail.admin.widgets.chooser import BaseChooser

    form = empty_child.form
    if inline.panel.child_edit_handler.get_form_options().get("field_permissions"):
        return None
    states = []
    for name, field in form.fields.items():
        if callable(field.initial):
            return None
        widget = field.widget
        if isinstance(widget, BaseChooser):
            kinds = {type(widget)}
        else:
            kinds = _PLAIN_WIDGETS
        state = _state(widget, kinds)
        if state is None:
            return None
        states.append((name, state, field.required, field.label, field.help_text))
    try:
        plain = _plain(states)
    except _NotPlain:
        return None
    return (inline.panel, empty_child.prefix, form.prefix, plain, *_language_and_zone())


def _empty_form_kept(init):
    @functools.wraps(init)
    def bind(inline, **kwargs):
        init(inline, **kwargs)
        if inline.form is None:
            return
        empty_child = inline.empty_child
        key = _empty_form_key(inline, empty_child)
        if key is None:
            return
        render = empty_child.render_form_content

        def render_form_content():
            kept = _kept_empty_forms.get(key)
            if kept is None:
                kept = render()
                if len(_kept_empty_forms) < _KEPT_LIMIT:
                    _kept_empty_forms[key] = kept
            return kept

        empty_child.render_form_content = render_form_content

    bind.kept_per_process = True
    return bind


_kept_field_furniture = {}


def _field_furniture_key(data, context):
    if data.get("errors") or data.get("has_errors"):
        return None
    try:
        plain = _plain({name: value for name, value in data.items() if name not in ("rendered_field", "errors")})
    except _NotPlain:
        return None
    return (plain, context.autoescape, *_language_and_zone())


def _formatted_field_kept(from_context):
    """Wagtail's `formattedfieldfromcontext` tag (same HTML), its furniture kept per process."""

    @functools.wraps(from_context)
    def formatted_field(context):
        data = from_context(context)
        template = context.template.engine.get_template(FIELD_TEMPLATE)

        def render(values):
            new_context = context.new(values)
            csrf_token = context.get("csrf_token")
            if csrf_token is not None:
                new_context["csrf_token"] = csrf_token
            return template.render(new_context), new_context

        key = _field_furniture_key(data, context)
        if key is None:
            return render(data)[0]
        kept = _kept_field_furniture.get(key)
        if kept is None:
            html, _ = render({**data, "rendered_field": SafeString(_FIELD_SLOT)})
            if html.count(_FIELD_SLOT) != 1:
                return render(data)[0]
            kept = tuple(html.split(_FIELD_SLOT))
            if len(_kept_field_furniture) < _KEPT_LIMIT:
                _kept_field_furniture[key] = kept
        before, after = kept
        widget = render_value_in_context(data["rendered_field"], context.new(data))
        return mark_safe(before + widget + after)  # noqa: S308 - Wagtail's template around an escaped widget

    formatted_field.kept_per_process = True
    return formatted_field


def _page_with_parent_id(get_instance):
    from django.db.models import OuterRef, Subquery
    from django.db.models.functions import Left, Length
    from wagtail.models import Page

    @functools.wraps(get_instance)
    def page(chooser, value):
        if value is None or isinstance(value, chooser.model_class):
            return get_instance(chooser, value)
        parent_path = Left(OuterRef("path"), Length(OuterRef("path")) - Page.steplen)
        parent_id = Subquery(Page.objects.filter(path=parent_path).values("pk")[:1])
        try:
            chosen = chooser.model_class.objects.annotate(portal_parent_id=parent_id).get(pk=value)
        except chooser.model_class.DoesNotExist:
            return None
        parent = chosen.portal_parent_id
        chosen = chosen.specific
        chosen.portal_parent_id = parent
        return chosen

    page.kept_per_process = True
    return page


def _value_with_parent_id(get_value_data_from_instance):
    from wagtail.admin.widgets.chooser import BaseChooser

    @functools.wraps(get_value_data_from_instance)
    def value(chooser, instance):
        if "portal_parent_id" not in instance.__dict__:
            return get_value_data_from_instance(chooser, instance)
        data = BaseChooser.get_value_data_from_instance(chooser, instance)
        data["parent_id"] = instance.portal_parent_id
        return data

    value.kept_per_process = True
    return value


def install():
    """From HomeConfig.ready(), before any admin template is compiled."""
    from wagtail.admin.panels import InlinePanel
    from wagtail.admin.telepath.widgets import WidgetAdapter
    from wagtail.admin.templatetags import wagtailadmin_tags
    from wagtail.admin.widgets import AdminPageChooser
    from wagtail.blocks.base import BlockWidget

    if not getattr(BlockWidget._build_block_json, "kept_per_language", False):
        BlockWidget._build_block_json = _block_json_kept(BlockWidget._build_block_json)
    if not getattr(wagtailadmin_tags.icon, "kept_per_process", False):
        wagtailadmin_tags.icon = _icon_kept(wagtailadmin_tags.icon)
        wagtailadmin_tags.register.simple_tag(wagtailadmin_tags.icon, name="icon")
    if not getattr(WidgetAdapter.js_args, "kept_per_process", False):
        WidgetAdapter.js_args = _widget_args_kept(WidgetAdapter.js_args)
    if not getattr(InlinePanel.BoundPanel.__init__, "kept_per_process", False):
        InlinePanel.BoundPanel.__init__ = _empty_form_kept(InlinePanel.BoundPanel.__init__)
    if not getattr(wagtailadmin_tags.formattedfieldfromcontext, "kept_per_process", False):
        wagtailadmin_tags.formattedfieldfromcontext = _formatted_field_kept(wagtailadmin_tags.formattedfieldfromcontext)
        wagtailadmin_tags.register.simple_tag(
            wagtailadmin_tags.formattedfieldfromcontext, takes_context=True, name="formattedfieldfromcontext"
        )
    if not getattr(AdminPageChooser.get_instance, "kept_per_process", False):
        AdminPageChooser.get_instance = _page_with_parent_id(AdminPageChooser.get_instance)
        AdminPageChooser.get_value_data_from_instance = _value_with_parent_id(
            AdminPageChooser.get_value_data_from_instance
        )
