"""Form error presentation shared by every form a citizen fills in (the GOV.UK error pattern).

An error summary at the top names each field with its message and links to the field; each
field carries `aria-invalid` and `aria-describedby` (Django adds both when the error list has
the id `<field id>_error`, which `components/form_field.html` gives it) and a visible error state.
"""

from django import template

from home.pages.form_fields import ScoreField

register = template.Library()


def field_anchor(field):
    """The id a summary link jumps to: the input, or the first option of a radio/checkbox group."""
    if getattr(field, "use_fieldset", False) and getattr(field.field.widget, "input_type", "") in ("radio", "checkbox"):
        return f"{field.auto_id}_0"
    return field.id_for_label or field.auto_id


def summary_items(form=None, message=None, target=None):
    """[{'message', 'label', 'href'}] for the error summary, in the order of the form."""
    items = []
    if message:
        items.append({"message": message, "label": "", "href": f"#{target}" if target else ""})
    if form is not None and form.is_bound and form.errors:
        items += [{"message": error, "label": "", "href": ""} for error in form.non_field_errors()]
        for field in form:
            if field.is_hidden:
                # Nothing on the page to link to or correct, but a form never comes back refused
                # without saying why (a hidden field's value sent with a null character).
                items += [{"message": error, "label": "", "href": ""} for error in field.errors]
                continue
            label = str(field.label)
            for error in field.errors:
                # Name the field unless the message already does («نام» را پر کنید).
                named = label in str(error)
                items.append(
                    {
                        "message": error,
                        "label": "" if named else label,
                        "colon": not label.endswith(("?", "؟", ":", "：")),
                        "href": f"#{field_anchor(field)}",
                    }
                )
    return items


@register.inclusion_tag("components/error_summary.html")
def error_summary(form=None, message=None, target=None):
    """`{% error_summary form %}`, or `{% error_summary message=error target="field-id" %}`
    for an error that belongs to no Django form field."""
    return {"items": summary_items(form, message, target)}


@register.filter
def fieldset_description(field):
    """The ids a choice group's `<fieldset aria-describedby>` names: its help text, what the ends
    of a score mean (home.pages.form_fields.ScoreField) and its errors, those it has."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_helptext")
    if isinstance(field.field, ScoreField) and field.field.ends:
        ids.append(f"{field.auto_id}_scale")
    if field.errors:
        ids.append(f"{field.auto_id}_error")
    return " ".join(ids)
