"""Forms citizens fill in: a request, a tracking look-up, a rating, a reply (staff forms: answer_forms.py)."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from home.language.text import join_list, to_ascii_digits
from home.models import Department
from home.pages.form_fields import CitizenForm, bot_trap, comment_field, optional_text_field, score_field, text_field

from .choices import RequestKind
from .fields import CONTACT_MOBILE_HELP, EMAIL_INVALID, NO_CONTACT, NO_SMS_ABROAD, MobileField, NationalIdField
from .models.requests import CODE_DIGITS
from .routing import where_violation_reports_go
from .validators import MAX_ATTACHMENTS, check_attachment, is_iranian_mobile, normalise_phone


class MultipleFileInput(forms.ClearableFileInput):
    """Several files at once; with the page's own words for choosing them (see its template)."""

    allow_multiple_selected = True
    template_name = "forms_pages/widgets/file_input.html"


class MultipleFileField(forms.FileField):
    """A file field that accepts several files and returns a list."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}))
        # An empty file goes on to check_attachment, whose message names it (Django's did not).
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, (list, tuple)) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class DepartmentField(forms.ModelChoiceField):
    """The departments in the page's language; the choice is routed to the default-locale
    instance, so a request reaches the same desk whichever language it was sent in. Its help says
    where reports of a violation go (`anonymous`: for a report that names nobody)."""

    def __init__(self, *, anonymous=False, **kwargs):
        self.anonymous = anonymous
        super().__init__(queryset=Department.objects.in_language(), **kwargs)

    def __deepcopy__(self, memo):
        # Each form is made inside its request: list the departments in the language active now,
        # and say where reports go as the settings read now.
        result = super().__deepcopy__(memo)
        result.queryset = Department.objects.in_language()
        result.help_text = where_violation_reports_go(anonymous=self.anonymous)
        return result

    def to_python(self, value):
        # Either translation is accepted (the page may have switched language between showing
        # the form and sending it): both stand for the same department.
        if value in self.empty_values:
            return None
        try:
            return Department.objects.get(pk=value)
        except (ValueError, TypeError, Department.DoesNotExist):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice") from None

    def clean(self, value):
        department = super().clean(value)
        return department.default_instance if department is not None else None


def bounded_text_field(label, min_length, max_length, messages, rows=None, help_text=""):
    """A required text of `min_length` to `max_length` characters (`rows`: a text area that high).

    `messages` say what to do when it is missing, too short and too long (GOV.UK style, never
    "required").
    """
    missing, too_short, too_long = messages
    return text_field(
        label,
        max_length,
        {"required": missing, "min_length": too_short, "max_length": too_long},
        min_length=min_length,
        rows=rows,
        help_text=help_text,
    )


class BotTrapMixin:
    """For a form with a `website = bot_trap()` field: `is_spam` once a bot has filled it."""

    @property
    def is_spam(self):
        return bool(self.data.get("website"))


def department_field(label=None, required=None, anonymous=False):
    """The department a request or a report is for, with messages that say what to choose."""
    return DepartmentField(
        anonymous=anonymous,
        label=label or _("Department"),
        empty_label=_("Choose a department"),
        error_messages={
            "required": required or _("Choose the department your request is for."),
            "invalid_choice": _("Choose one of the departments in the list."),
        },
    )


def subject_field():
    """The subject of a request or a report (5 to 200 characters)."""
    return bounded_text_field(
        _("Subject"),
        min_length=5,
        max_length=200,
        messages=(
            _("Enter a subject for your request."),
            _("Write a subject of at least 5 characters."),
            _("Shorten the subject to 200 characters or fewer."),
        ),
    )


def request_text_field():
    """The text of a request or a report (20 to 5,000 characters)."""
    return bounded_text_field(
        _("Text"),
        min_length=20,
        max_length=5000,
        messages=(
            _("Write your request."),
            _("Write your request in at least 20 characters, so we can act on it."),
            _("Shorten your request to 5,000 characters or fewer, or attach the rest as a file."),
        ),
        rows=8,
    )


def choose_again_message(names):
    """«پروندهٔ «svc.pdf» را دوباره انتخاب کنید؛ …»: the files a re-shown form no longer holds."""
    quoted = join_list([_("“%(name)s”") % {"name": name} for name in names])
    return ngettext(
        "Choose the file %(names)s again: what you typed is still here, but attached files are not kept "
        "when the form comes back.",
        "Choose the files %(names)s again: what you typed is still here, but attached files are not kept "
        "when the form comes back.",
        len(names),
    ) % {"names": quoted}


class AttachmentsMixin:
    """For a form with an `attachments` field: at most 3 files, each a PDF, JPEG or PNG of 5 MB.

    A browser never fills a file input again, so whenever the form comes back (an error in
    another field, a limit, a full disk) the files the citizen chose are gone while everything
    typed is kept; the form then names the files to choose again, at the field and so in the
    error summary, or the request would go without its evidence. Files are not kept on the
    server between the two posts.
    """

    # The posted files that passed their own checks (a refused one has its own message).
    accepted_attachments = ()
    _asked_to_choose_again = False

    def clean_attachments(self):
        files = self.cleaned_data.get("attachments") or []
        if len(files) > MAX_ATTACHMENTS:
            raise ValidationError(_("Attach at most 3 files."), code="attachment_count")
        errors = []
        accepted = []
        for uploaded in files:
            try:
                check_attachment(uploaded)
            except ValidationError as error:
                errors.extend(error.messages)
            else:
                accepted.append(uploaded.name)
        self.accepted_attachments = accepted
        if errors:
            raise ValidationError(errors)
        return files

    def clean(self):
        cleaned_data = super().clean()
        if self._errors:
            self.ask_to_choose_files_again()
        return cleaned_data

    def ask_to_choose_files_again(self):
        """Name, at the attachments field, the files this post carried (once; none: nothing)."""
        if self._errors is None:
            self.full_clean()  # a post refused before it was checked (over a limit)
        if self.accepted_attachments and not self._asked_to_choose_again:
            self._asked_to_choose_again = True
            self.add_error("attachments", choose_again_message(self.accepted_attachments))


class RequestForm(AttachmentsMixin, BotTrapMixin, CitizenForm):
    """The contact page's request form; every error says what to do, next to its field."""

    kind = forms.ChoiceField(
        label=_("Kind of request"),
        choices=RequestKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the kind of request: a report of a violation, criticism, a suggestion or a question.")
        },
    )
    department = department_field()
    subject = subject_field()
    text = request_text_field()
    name = bounded_text_field(
        _("Full name"),
        min_length=3,
        max_length=120,
        messages=(
            _("Enter your first name and surname."),
            _("Enter your full name (at least 3 letters)."),
            _("Shorten your name to 120 characters or fewer."),
        ),
    )
    # One way to reach the applicant at least: an Iranian mobile (text messages) or an e-mail
    # (a foreign citizen without an Iranian mobile); `clean` says which is missing.
    mobile = MobileField(label=_("Mobile number"), required=False, help_text=CONTACT_MOBILE_HELP)
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        max_length=254,
        help_text=_(
            "As name@example.com. We e-mail you the tracking code and the answer. Give a mobile, an e-mail or both."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
        error_messages={
            "invalid": EMAIL_INVALID,
            "max_length": _("Shorten the e-mail address to 254 characters or fewer."),
        },
    )
    national_id = NationalIdField(label=_("National ID (optional)"), required=False)
    attachments = MultipleFileField(
        label=_("Attachments (optional)"),
        required=False,
        help_text=_("Up to 3 files, PDF, JPEG or PNG, at most 5 MB each."),
    )
    website = bot_trap()

    def clean_email(self):
        return self.cleaned_data.get("email", "").strip().lower()

    def clean(self):
        # Before the attachments' check, which names the files to choose again on any error.
        mobile, email = self.cleaned_data.get("mobile"), self.cleaned_data.get("email")
        if not email and "email" not in self._errors and "mobile" not in self._errors:
            if not mobile:
                self.add_error("mobile", NO_CONTACT)
            elif not is_iranian_mobile(mobile):
                self.add_error("email", NO_SMS_ABROAD)
        return super().clean()


def code_digits(value):
    """The digits of a tracking code as typed («۱۲۳۴۵-۶۷۸۹۰ …»), in ASCII."""
    return "".join(ch for ch in to_ascii_digits(value) if ch.isdigit())


class TrackForm(CitizenForm):
    """Tracking code plus the mobile number or e-mail given with the request."""

    code = forms.CharField(
        label=_("Tracking code"),
        max_length=40,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "dir": "ltr", "autocomplete": "off"}),
        error_messages={
            "required": _("Enter the 15-digit tracking code you received when you sent the request."),
            "max_length": _("Enter the tracking code as its 15 digits (dashes and spaces are fine)."),
        },
    )
    contact = forms.CharField(
        label=_("Mobile number or e-mail given with the request"),
        max_length=254,
        widget=forms.TextInput(attrs={"dir": "ltr"}),
        error_messages={
            "required": _("Enter the mobile number or the e-mail address you gave with the request."),
            "max_length": _("Enter the mobile number or the e-mail address you gave with the request."),
        },
    )

    def clean_code(self):
        digits = code_digits(self.cleaned_data["code"])
        if len(digits) != CODE_DIGITS:
            raise ValidationError(
                _("Enter the tracking code as its 15 digits (dashes and spaces are fine)."), code="code_length"
            )
        return digits

    def clean_contact(self):
        value = self.cleaned_data["contact"].strip()
        if "@" in value:
            return value.lower()
        if SECRET_PHRASE.fullmatch(to_ascii_digits(value).lower()):
            return to_ascii_digits(value).lower()
        try:
            return normalise_phone(value)
        except ValidationError:
            if PHONE_LIKE.fullmatch(to_ascii_digits(value)):
                # A number mistyped («۰۹۱۲۳۴۵»): how to write it, not to "enter" what was entered.
                raise
            raise ValidationError(
                _("Enter the mobile number or the e-mail address you gave with the request."), code="contact"
            ) from None


class RatingForm(CitizenForm):
    rating = score_field(_("How well was your request handled?"), _("Choose a score from 1 (poor) to 5 (very good)."))
    comment = comment_field(1000, _("Shorten your comment to 1,000 characters or fewer."))


MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!]")


def plain_text(text):
    """`text` without the spaces at its ends; a ValidationError when it carries HTML tags."""
    text = text.strip()
    if MARKUP.search(text):
        raise ValidationError(_("Write plain text, without HTML tags."), code="markup")
    return text


class ReplyForm(AttachmentsMixin, CitizenForm):
    """The applicant's reply on the tracking page: text and files checked as on the contact form."""

    text = bounded_text_field(
        _("Your reply"),
        min_length=2,
        max_length=5000,
        messages=(
            _("Write your reply."),
            _("Write a reply of at least 2 characters."),
            _("Shorten your reply to 5,000 characters or fewer, or attach the rest as a file."),
        ),
        rows=5,
    )
    attachments = MultipleFileField(
        label=_("Attachments (optional)"),
        required=False,
        help_text=_("Up to 3 files, PDF, JPEG or PNG, at most 5 MB each."),
    )

    def clean_text(self):
        return plain_text(self.cleaned_data["text"])


class VisitAnswerForm(CitizenForm):
    """Confirm a requested visit or ask for another time (with an optional note)."""

    # A radio group (a fieldset with its question), so a missing answer is named and linked in
    # the error summary like every other field, and a refused note keeps the choice made.
    answer = forms.ChoiceField(
        label=_("Can you come at this time?"),
        widget=forms.RadioSelect,
        choices=[("confirm", _("I will come")), ("reschedule", _("I need another time"))],
        error_messages={
            "required": _("Say whether you will come or need another time."),
            "invalid_choice": _("Say whether you will come or need another time."),
        },
    )
    note = optional_text_field(_("Note (optional)"), 1000, _("Shorten your note to 1,000 characters or fewer."), rows=2)

    def clean_note(self):
        return plain_text(self.cleaned_data.get("note", ""))


# What a reader typing a phone number writes: digits, «+» and separators.
PHONE_LIKE = re.compile(r"\+?[\d\s\-–‐().]*\d[\d\s\-–‐().]*")
SECRET_PHRASE = re.compile(r"[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}")


class AnonymousReportForm(AttachmentsMixin, BotTrapMixin, CitizenForm):
    """A report of an administrative violation with nothing that identifies the sender."""

    department = department_field(
        _("Unit the report is about"), _("Choose the unit your report is about."), anonymous=True
    )
    subject = subject_field()
    text = request_text_field()
    attachments = MultipleFileField(
        label=_("Attachments (optional)"),
        required=False,
        help_text=_("Up to 3 files, PDF, JPEG or PNG, at most 5 MB each. Files can carry your name: check them first."),
    )
    website = bot_trap()
