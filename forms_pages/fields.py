"""Form fields for what citizens type: mobile numbers (Iranian, or abroad with «+») and national
IDs, in any digits.

Shared by the contact form and the editor-built forms (`form_builder.py`); no model imports,
so the models can use them through the form builder.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.compat import URLField

from home.language.numbers import GROUPING, INVISIBLE_MARKS, misgrouped, visible_digits
from home.language.text import format_number, local_digits

from .validators import NATIONAL_ID_LENGTH, PHONE_INVALID, normalise_national_id, normalise_phone

EMAIL_INVALID = _("Enter the e-mail address in the form name@example.com.")
# Said before anything is typed, so nobody learns the expected form from an error.
MOBILE_HELP = _("An Iranian mobile as 09xxxxxxxxx, or a number abroad with + and the country code: +44 7700 900123.")
# The contact form asks for one way to reach the applicant at least (`RequestForm.clean`).
CONTACT_MOBILE_HELP = format_lazy(
    "{} {}",
    MOBILE_HELP,
    _("We text the tracking code and the answer to an Iranian mobile; without one, give your e-mail."),
)
NO_CONTACT = _(
    "Enter an Iranian mobile number (09xxxxxxxxx) or an e-mail address: we send the tracking code and the answer to it."
)
NO_SMS_ABROAD = _(
    "We send text messages only to Iranian mobiles: enter your e-mail address, so the tracking code and "
    "the answer reach you."
)


class CitizenEmailField(forms.EmailField):
    """An e-mail address as typed on a Persian keyboard: «ali۱۲۳@gmail.com» is ali123@gmail.com
    (it was refused as no address), and the invisible marks the keyboard or a copy adds (a ZWNJ,
    a direction mark) are dropped rather than kept in an address no mail would reach."""

    def to_python(self, value):
        return super().to_python(visible_digits(value) if isinstance(value, str) else value)


# Invisible marks at the ends of a pasted or Persian-keyboard address (a ZWNJ after it, a
# direction mark before it); inside a Persian path a ZWNJ can belong to a word, and stays.
MARKS_AT_ENDS = re.compile(f"^[{INVISIBLE_MARKS}\\s]+|[{INVISIBLE_MARKS}\\s]+$")


class CitizenTextField(forms.CharField):
    """A typed answer without the invisible marks at its ends: a required answer of a lone ZWNJ
    (Shift+Space on a Persian keyboard) or a direction mark was accepted, blank to staff."""

    def to_python(self, value):
        value = super().to_python(value)
        return MARKS_AT_ENDS.sub("", value) if isinstance(value, str) else value


class CitizenURLField(URLField):
    """A web address without the invisible marks around it: «example.ir» and a ZWNJ was kept as
    https://example.ir\u200c, an address no browser opens."""

    def to_python(self, value):
        return super().to_python(MARKS_AT_ENDS.sub("", value) if isinstance(value, str) else value)


class OptionsField(forms.MultipleChoiceField):
    """Several options, each once: a post naming one twice (a doubled or forged form) was stored
    with it twice, and counted twice by whoever tallied the responses."""

    def clean(self, value):
        return list(dict.fromkeys(super().clean(value)))


class NormalisedField(forms.CharField):
    """A short code typed in any digits and spacing, cleaned by `normalise` (which raises a
    ValidationError with a Persian message when the value is wrong); blank stays blank."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 20)
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        return self.normalise(value) if value.strip() else ""


class MobileField(NormalisedField):
    """A mobile number in any digits and spacing: an Iranian one, cleaned to 09xxxxxxxxx, or one
    abroad, cleaned to E.164 (+447700900123): foreign citizens fill in the desk and the forms too."""

    widget = forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel", "dir": "ltr"})
    # Too many characters is a wrongly typed number, not a text to shorten.
    default_error_messages = {
        "required": _(
            "Enter your mobile number: an Iranian one as 09xxxxxxxxx, or one abroad with + and the country code."
        ),
        "max_length": PHONE_INVALID,
    }
    normalise = staticmethod(normalise_phone)

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 25)  # «+44 (0) 7700 900 123» with its spaces
        kwargs.setdefault("help_text", MOBILE_HELP)
        super().__init__(**kwargs)


class NationalIdField(NormalisedField):
    """An Iranian national ID (10 digits with a check digit), in any digits."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "dir": "ltr", "autocomplete": "off"})
    default_error_messages = {"required": _("Enter your 10-digit national ID."), "max_length": NATIONAL_ID_LENGTH}
    normalise = staticmethod(normalise_national_id)


# A citizen's number is split into its whole part and its fraction at a decimal mark («٫» or ".").
DECIMAL_MARK = re.compile("[.\u066b]")
# A number as people write it, once its digits are ASCII and its separators gone: a sign, digits,
# one decimal point. Not Python's "1e5" nor "١_٠٠٠", which a citizen's typo could turn into.
PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)")
# Digits enough for any sum in rials; more is a key held down, or a test of the form.
MAX_NUMBER_DIGITS = 20


class CitizenNumberField(forms.DecimalField):
    """A number typed on any keyboard: Persian digits, the Persian decimal mark «٫» and
    thousands separators («۱٬۲۰۰», «۳۵٫۵») read as 1200 and 35.5.

    A separator stands before exactly three digits: "1,5" (a decimal typed with a comma) or
    «۱٬۵۰» is refused with the way to write a decimal, never read as 15 or 150."""

    default_error_messages = {
        "max_digits": _("Write “%(label)s” in at most %(limit)s digits."),
        "ambiguous": _(
            "Write a decimal in “%(label)s” with a decimal point, for example %(decimal)s; "
            "a comma only separates thousands, as in %(thousands)s."
        ),
    }

    def to_python(self, value):
        if isinstance(value, str):
            text = visible_digits(value)
            if self._is_ambiguous(text):
                raise ValidationError(
                    self.error_messages["ambiguous"],
                    code="ambiguous",
                    params={
                        "label": self.label or "",
                        "decimal": format_number("1.5"),
                        "thousands": format_number(1500),
                    },
                )
            value = GROUPING.sub("", text).replace("\u066b", ".").replace("\u2212", "-")
            if value and not PLAIN_NUMBER.fullmatch(value):
                raise ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)

    def __init__(self, **kwargs):
        kwargs.setdefault("max_digits", MAX_NUMBER_DIGITS)
        super().__init__(**kwargs)
        # The limit in the page's digits, filled in now: Django's validator would put in its own.
        message = self.error_messages["max_digits"] % {
            "label": self.label or "",
            "limit": local_digits(self.max_digits),
        }
        self.error_messages["max_digits"] = message.replace("%", "%%")

    @staticmethod
    def _is_ambiguous(text):
        """Whether a separator in `text` stands anywhere but before three digits of the whole part."""
        whole, *fraction = DECIMAL_MARK.split(text, maxsplit=1)
        return bool(fraction and GROUPING.search(fraction[0])) or misgrouped(whole)
