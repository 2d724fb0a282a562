"""Form fields for what citizens type: Iranian mobile numbers and national IDs, in any digits.

Shared by the contact form and the editor-built forms (`form_builder.py`); no model imports,
so the models can use them through the form builder.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .validators import MOBILE_INVALID, NATIONAL_ID_LENGTH, normalise_mobile, normalise_national_id

EMAIL_INVALID = _("Enter the e-mail address in the form name@example.com.")


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
    """An Iranian mobile number, in any digits and spacing; cleaned to 09xxxxxxxxx."""

    widget = forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel", "dir": "ltr"})
    # Too many characters is a wrongly typed number, not a text to shorten.
    default_error_messages = {"required": _("Enter your mobile number as 09xxxxxxxxx."), "max_length": MOBILE_INVALID}
    normalise = staticmethod(normalise_mobile)


class NationalIdField(NormalisedField):
    """An Iranian national ID (10 digits with a check digit), in any digits."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "dir": "ltr", "autocomplete": "off"})
    default_error_messages = {"required": _("Enter your 10-digit national ID."), "max_length": NATIONAL_ID_LENGTH}
    normalise = staticmethod(normalise_national_id)
