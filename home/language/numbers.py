"""Whole numbers as staff type them in the admin: Persian, Arabic-Indic or Latin digits.

Django gives an integer field a browser number input (`<input type="number">`): it shows «15»
in Latin digits to Persian staff and silently empties a field typed with Persian ones. Every
integer field of an admin model form (pages, snippets, settings) is edited with `NumberField`
instead, registered once with Wagtail (`install`, `register_form_field_override`): a text input
with a numeric keyboard (`DigitsInput`) showing the number in the staff member's digits («۱۵»,
"15" in the English admin), reading any digits back, and saying in the admin's language which
field is wrong and what to type. Money fields (`home.language.money`) use the same input,
grouped («۵۰٬۰۰۰٬۰۰۰»); a field with choices keeps its select.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.language.text import format_number, to_ascii_digits

# Thousands separators staff type or paste: the Persian «٬», the Latin comma, the Arabic
# comma «،», apostrophes, and spaces of every width; direction marks that copy-and-paste
# brings along mean nothing either.
GROUPING_MARKS = "\u066c,\u060c'\u2019\\s\u00a0\u2009\u202f"
INVISIBLE_MARKS = "\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069"
SEPARATORS = re.compile(f"[{GROUPING_MARKS}{INVISIBLE_MARKS}]")
GROUPING = re.compile(f"[{GROUPING_MARKS}]+")
INVISIBLE = re.compile(f"[{INVISIBLE_MARKS}]")
THOUSANDS_GROUP = re.compile(r"[0-9]{3}")
DIGITS = re.compile(r"[0-9]+")
EXAMPLE_NUMBER = 12


def digits_of(text):
    """`text` in ASCII digits without separators or invisible marks («۱٬۲۰۰» → "1200")."""
    return SEPARATORS.sub("", to_ascii_digits(text or ""))


def visible_digits(text):
    """`text` in ASCII digits, its separators kept, without the invisible marks."""
    return INVISIBLE.sub("", to_ascii_digits(text or "")).strip()


def misgrouped(whole):
    """Whether a separator in `whole` (a whole number, `visible_digits`) stands anywhere but
    before a group of three digits: "1,5" (a decimal typed with a comma) or «۵۰٬۰۰۰٬۰۰» (a
    digit missing) is neither 15 nor 5000000."""
    return any(group.isdigit() and not THOUSANDS_GROUP.fullmatch(group) for group in GROUPING.split(whole)[1:])


class DigitsInput(forms.TextInput):
    """A text input with a numeric keyboard, showing a number in the admin language's digits;
    `grouping` puts «٬» / "," between thousands."""

    grouping = False

    def __init__(self, attrs=None):
        super().__init__(attrs={"inputmode": "numeric", "autocomplete": "off", **(attrs or {})})

    def format_value(self, value):
        # A number, or text that reads as one, is shown in the staff member's digits; anything
        # else (a refused entry shown again) is left exactly as typed.
        if isinstance(value, str):
            digits = digits_of(value)
            if not DIGITS.fullmatch(digits):
                return value or None
            value = int(digits)
        if isinstance(value, int):
            return format_number(value, grouping=self.grouping)
        return super().format_value(value)


class NumberField(forms.IntegerField):
    """A whole number read from any digits; its errors name the field, in the admin's language."""

    widget = DigitsInput
    default_error_messages = {
        "invalid": _("Write “%(field)s” as a whole number in digits only, for example %(example)s."),
        "min_value": _("“%(field)s” cannot be less than %(limit)s."),
        "max_value": _("“%(field)s” cannot be more than %(limit)s."),
    }

    def _params(self, **params):
        return {"field": self.label or "", **params}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, int):
            return value
        digits = digits_of(str(value))
        if not digits:
            return None
        sign, number = (-1, digits[1:]) if digits[0] in "-\u2212" else (1, digits)
        if not DIGITS.fullmatch(number) or misgrouped(visible_digits(str(value))):
            low, high = self.min_value, self.max_value
            example = min(max(EXAMPLE_NUMBER, low or 0), EXAMPLE_NUMBER if high is None else high)
            params = self._params(example=format_number(example, grouping=False))
            raise ValidationError(self.error_messages["invalid"], code="invalid", params=params)
        return sign * int(number)

    def validate(self, value):
        # Before Django's validators, whose messages name neither the field nor Persian digits.
        super().validate(value)
        if value is None:
            return
        if self.min_value is not None and value < self.min_value:
            params = self._params(limit=format_number(self.min_value))
            raise ValidationError(self.error_messages["min_value"], code="min_value", params=params)
        if self.max_value is not None and value > self.max_value:
            params = self._params(limit=format_number(self.max_value))
            raise ValidationError(self.error_messages["max_value"], code="max_value", params=params)

    def widget_attrs(self, widget):
        # Not IntegerField's min/max/step: they belong to a number input, which this is not.
        return forms.Field.widget_attrs(self, widget)


def _limits(db_field):
    """The smallest and largest value the model field allows (its validators hold the
    database's range too), as `min_value`/`max_value`."""
    limits = {}
    for validator in db_field.validators:
        limit = validator.limit_value
        if callable(limit):
            continue
        if isinstance(validator, MinValueValidator):
            limits["min_value"] = max(limit, limits.get("min_value", limit))
        elif isinstance(validator, MaxValueValidator):
            limits["max_value"] = min(limit, limits.get("max_value", limit))
    return limits


def number_field_override(db_field):
    """Wagtail's form field arguments for an integer model field: `NumberField`, unless the
    field offers choices (a select)."""
    if db_field.choices:
        return {}
    return {"form_class": NumberField, "widget": DigitsInput, **_limits(db_field)}


def install():
    """Edit every integer field of the admin's model forms with `NumberField` (from HomeConfig.ready)."""
    from wagtail.admin.forms.models import register_form_field_override

    register_form_field_override(models.IntegerField, override=number_field_override)
