"""Amounts in rials as staff type them: Persian, Arabic-Indic or Latin digits, grouped or not.

A browser's number input (`<input type="number">`) silently empties a field typed with Persian
digits, and shows 50000000 without grouping. Every money field of the project is a `MoneyField`
instead: a text input with a numeric keyboard that reads «۵۰٬۰۰۰٬۰۰۰», «٥٠,٠٠٠,٠٠٠» and
«50 000 000» alike, refuses anything else with a message saying what to type, and shows the
stored amount grouped in the staff member's language.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.language.numbers import DIGITS, DigitsInput, digits_of, misgrouped, visible_digits
from home.language.text import format_number

# The largest amount PostgreSQL's bigint holds.
MAX_AMOUNT = 9_223_372_036_854_775_807
EXAMPLE_AMOUNT = 50_000_000


def parse_amount(text):
    """The whole number of rials in `text` («۵۰٬۰۰۰٬۰۰۰» → 50000000), None when blank.

    Raises ValidationError with a message saying what to type otherwise: a separator not
    before three digits («۵۰٬۰۰۰٬۰۰», a digit missing) is not read as some other amount.
    """
    cleaned = digits_of(text)
    if not cleaned:
        return None
    if not DIGITS.fullmatch(cleaned) or misgrouped(visible_digits(text)):
        if cleaned.startswith("-") and DIGITS.fullmatch(cleaned[1:]):
            raise ValidationError(_("An amount cannot be negative."), code="min_value")
        raise ValidationError(
            _("Enter the amount in whole rials, in digits only, for example %(example)s."),
            code="invalid",
            params={"example": format_number(EXAMPLE_AMOUNT)},
        )
    amount = int(cleaned)
    if amount > MAX_AMOUNT:
        raise ValidationError(_("This amount is too large; check the number of digits."), code="max_value")
    return amount


class MoneyInput(DigitsInput):
    """A text input with a numeric keyboard, showing the amount grouped («۵۰٬۰۰۰٬۰۰۰»)."""

    grouping = True


class MoneyFormField(forms.IntegerField):
    """A whole number of rials read from any digits and separators (see `parse_amount`)."""

    widget = MoneyInput

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, int):
            return value
        return parse_amount(str(value))

    def widget_attrs(self, widget):
        # Not IntegerField's min/max/step: they belong to a number input, which this is not.
        return forms.Field.widget_attrs(self, widget)


class MoneyField(models.PositiveBigIntegerField):
    """An amount in rials, edited with `MoneyFormField` in every admin form.

    Stored exactly as a PositiveBigIntegerField, and described to migrations as one: only the
    form differs, so switching a field to it needs no migration.
    """

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": MoneyFormField, "widget": MoneyInput, **kwargs})

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.PositiveBigIntegerField", args, kwargs


def install():
    """Edit every money field of the admin's model forms with `MoneyFormField` (from HomeConfig.ready;
    without it, the override of integer fields, `numbers.install`, would take them)."""
    from wagtail.admin.forms.models import register_form_field_override

    register_form_field_override(MoneyField, override={"form_class": MoneyFormField, "widget": MoneyInput})
