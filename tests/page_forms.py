"""The POST body of a page's form in the admin, for tests that save pages as an editor does."""

from django import forms
from django.core.exceptions import FieldDoesNotExist
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.blocks.base import BlockField
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def page_form_data(model, publish=False, **fields):
    """``model``'s admin form as a new page shows it (model defaults, everything else blank,
    StreamFields and inline panels empty) with ``fields`` typed in, in the nested form
    nested_form_data makes of them; ``publish`` presses "Publish" rather than "Save draft".

    A many-to-many choice is a list of primary keys, sent as repeated keys.
    """
    form_class = model.get_edit_handler().get_form_class()
    data, repeated = {}, {}
    for name, field in form_class.base_fields.items():
        if isinstance(field, forms.ModelMultipleChoiceField):
            repeated[name] = fields.pop(name, [])
        elif isinstance(field, BlockField):
            data[name] = streamfield([])
        elif isinstance(field.widget, DraftailRichTextArea):
            data[name] = field.widget.format_value("")
        else:
            data[name] = _default(model, name)
    data.update({name: inline_formset([]) for name in form_class.formsets})
    data.update(fields)
    if publish:
        data["action-publish"] = "publish"
    return nested_form_data(data) | repeated


def edit_form_data(page, *kept, **fields):
    """The admin form of an existing ``page`` with its title, slug and the ``kept`` fields as
    they are and ``fields`` typed in (see page_form_data)."""
    kept_values = {name: getattr(page, name) for name in ("title", "slug", *kept)}
    return page_form_data(type(page), **kept_values | fields)


def _default(model, name):
    """What the form shows in a new page's field: the model's fixed default, or blank."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return ""
    if not field.has_default() or callable(field.default):
        return ""
    value = field.get_default()
    if isinstance(value, bool):
        return "on" if value else ""
    return value


def field_names(form_page):
    """{label: name in the POST body} of the fields of an editor-built form (a FormPage)."""
    return {field.label: field.clean_name for field in form_page.get_form_fields()}


def form_answers(form_page, answers):
    """The POST body of an editor-built form, from ``answers`` keyed by the fields' labels."""
    names = field_names(form_page)
    return {names[label]: value for label, value in answers.items()}
