"""The form builder behind editor-built forms: the citizens' validators and clear messages.

Editors choose "Mobile number" or "National ID" as a field type and get the same checks as the
contact form (any digits, 09xxxxxxxxx or a number abroad with «+», the national ID's check digit); every field's messages
name the field and say what to do, instead of Django's generic "This field is required." or
"Ensure this value has at most 255 characters (it has 300)."
"""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES

from home.language.jalali_input import (
    CitizenDateInput,
    CitizenDateTimeInput,
    JalaliDateField,
    JalaliDateTimeField,
    date_example,
    jalali_active,
)
from home.language.text import format_number
from home.pages.form_fields import name_null_characters

from .fields import (
    EMAIL_INVALID,
    MOBILE_HELP,
    CitizenEmailField,
    CitizenNumberField,
    CitizenTextField,
    CitizenURLField,
    MobileField,
    NationalIdField,
    OptionsField,
)

# Wagtail's "Number" shares its msgid with a law's number («شماره», an identifier); as a field
# type it is an answer in figures («عدد»).
FIELD_TYPE_CHOICES = tuple(
    (value, pgettext_lazy("form field type", "Number") if value == "number" else label)
    for value, label in FORM_FIELD_CHOICES
) + (
    ("mobile", _("Mobile number")),
    ("national_id", _("National ID")),
)
# A long answer's limit, the contact page's for a request's text.
MULTILINE_MAX_LENGTH = 5000
CHOICE_TYPES = {"checkboxes", "dropdown", "multiselect", "radio"}
# Of those, the ones that take a single answer: a paper copy draws their options as circles (○),
# the others' as boxes (☐), so a reader can tell "choose one" from "tick all that apply".
SINGLE_CHOICE_TYPES = {"dropdown", "radio"}


def with_help(first, help_text):
    """`first` (what the field expects), then the editor's own help text if any."""
    return format_lazy("{} {}", first, help_text) if help_text else first


def date_help(with_time):
    """How to write a date (and a time): in the Jalali calendar on the Persian site, today as the example."""
    if jalali_active():
        if with_time:
            text = _("Write the date in the Jalali calendar as year/month/day and the time, for example %(example)s.")
        else:
            text = _("Write the date in the Jalali calendar as year/month/day, for example %(example)s.")
    elif with_time:
        text = _("Write the date as year-month-day and the time, for example %(example)s.")
    else:
        text = _("Write the date as year-month-day, for example %(example)s.")
    return text % {"example": date_example(with_time)}


def too_long_message(label, limit):
    """«Shorten “label” to 5,000 characters or fewer.», the limit in the page's digits."""
    message = _("Shorten “%(label)s” to %(limit)s characters or fewer.") % {
        "label": label,
        "limit": format_number(limit),
    }
    # Django fills the validator's own values into the message: a % the editor typed is text.
    return message.replace("%", "%%")


class CitizenFormBuilder(FormBuilder):
    @property
    def formfields(self):
        formfields = super().formfields
        # Every field type with a length limit, in one place; a field that says better what a
        # too long value means (a mobile number, a national ID) keeps its own message.
        for formfield in formfields.values():
            limit = getattr(formfield, "max_length", None)
            if limit:
                formfield.error_messages.setdefault("max_length", too_long_message(formfield.label, limit))
            name_null_characters(formfield, formfield.label)
        return formfields

    def get_field_options(self, field):
        options = super().get_field_options(field)
        label = field.label
        if field.field_type in CHOICE_TYPES:
            required = _("Choose an answer for “%(label)s”.") % {"label": label}
        elif field.field_type == "checkbox":
            required = _("Tick “%(label)s” to go on.") % {"label": label}
        else:
            required = _("Fill in “%(label)s”.") % {"label": label}
        options["error_messages"] = {"required": required}
        if field.field_type in CHOICE_TYPES:
            # An answer that is not an option (the editor changed the options while the form
            # was open): the same request, not Django's echo of the value («zzz از گزینه‌های
            # موجود نیست»). Django fills the value in: a % of the label is text.
            options["error_messages"]["invalid_choice"] = required.replace("%", "%%")
        return options

    def create_dropdown_field(self, field, options):
        """A list that starts on no answer unless the editor set a default: a citizen who never
        opened it sent its first option as their answer (a satisfaction score, a day)."""
        formfield = super().create_dropdown_field(field, options)
        if not options.get("initial"):
            formfield.choices = [("", _("Choose an answer")), *formfield.choices]
        return formfield

    def create_multiselect_field(self, field, options):
        options["choices"] = self.get_formatted_field_choices(field)
        return OptionsField(**options)

    def create_checkboxes_field(self, field, options):
        options["choices"] = self.get_formatted_field_choices(field)
        options["initial"] = self.get_formatted_field_initial(field)
        options.setdefault("widget", forms.CheckboxSelectMultiple)
        return OptionsField(**options)

    def create_date_field(self, field, options):
        """Jalali on the Persian site (parse_jalali names a month without that day, 30 Esfand of
        a common year), Gregorian on the English one; a year no one means (1405 typed on the
        English site) is refused in both (`check_year`)."""
        return self._date_field(JalaliDateField, CitizenDateInput, field, options, with_time=False)

    def create_datetime_field(self, field, options):
        return self._date_field(JalaliDateTimeField, CitizenDateTimeInput, field, options, with_time=True)

    @staticmethod
    def _date_field(field_class, widget, field, options, with_time):
        if with_time:
            invalid = _("Enter “%(label)s” as a date and time, year-month-day hour:minute, for example %(example)s.")
        else:
            invalid = _("Enter “%(label)s” as a date, year-month-day, for example %(example)s.")
        options["error_messages"]["invalid"] = invalid % {"label": field.label, "example": date_example(with_time)}
        options["help_text"] = with_help(date_help(with_time), options.get("help_text"))
        options.setdefault("widget", widget)
        return field_class(**options)

    def create_hidden_field(self, field, options):
        """A value the page carries (the editor's default): nobody can type it, so it is never
        required; a required one with no default refused every citizen with nothing to correct."""
        options["required"] = False
        return super().create_hidden_field(field, options)

    def create_singleline_field(self, field, options):
        options["max_length"] = 255
        return CitizenTextField(**options)

    def create_multiline_field(self, field, options):
        """A long answer, as long as a request on the contact page: 20,000 characters pasted into
        it were kept, and reached staff as an e-mail of that length."""
        options["max_length"] = MULTILINE_MAX_LENGTH
        options.setdefault("widget", forms.Textarea)
        return CitizenTextField(**options)

    def create_url_field(self, field, options):
        message = _("Enter the web address in “%(label)s” in the form example.ir or https://example.ir/page.")
        # Django fills the value in: a % of the label is text.
        options["error_messages"]["invalid"] = (message % {"label": field.label}).replace("%", "%%")
        # Addresses read left to right, on the Persian page too.
        options.setdefault("widget", forms.URLInput(attrs={"dir": "ltr", "autocomplete": "url"}))
        return CitizenURLField(**options)

    def create_email_field(self, field, options):
        options["error_messages"]["invalid"] = EMAIL_INVALID
        options.setdefault("widget", forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}))
        return CitizenEmailField(**options)

    def create_number_field(self, field, options):
        options["error_messages"]["invalid"] = _("Enter a number for “%(label)s” (Persian or English digits).") % {
            "label": field.label
        }
        # Not <input type="number">: a browser drops the Persian digits typed into one («۳۵»
        # left it empty, and the citizen was told to fill it in). A text box with a digits
        # keyboard takes any digits, which the field reads as a number.
        options.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal", "dir": "ltr"}))
        return CitizenNumberField(**options)

    def create_mobile_field(self, field, options):
        if field.required:
            del options["error_messages"]  # the field's own message shows the expected form
        # The expected form is said before anything is typed, ahead of the editor's own help.
        options["help_text"] = with_help(MOBILE_HELP, options.get("help_text"))
        return MobileField(**options)

    def create_national_id_field(self, field, options):
        if field.required:
            del options["error_messages"]
        return NationalIdField(**options)
