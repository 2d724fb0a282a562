"""The staff answer screen's forms: an answer or new status for the applicant, and a transfer.

An applicant who wrote on the English site reads English: text for them with Persian or Arabic
letters is refused unless staff tick "send it in this language anyway" (the internal note and
the transfer reason stay with the staff, so they are never checked)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateTimeInput

from home.language.dates import format_date
from home.language.jalali_input import JalaliDateTimeField
from home.language.text import has_arabic_script
from home.models import Department
from home.pages.form_fields import optional_text_field

from .choices import Channel, RequestStatus
from .forms import AttachmentsMixin, MultipleFileField, bounded_text_field
from .handling import VISIT_FIELDS, Change, answer_changes
from .models.working_days import why_closed
from .notifications import applicant_channels

NOTHING_TO_RECORD = _(
    "There is nothing to record: choose a new status, or write an answer to the applicant or an internal note."
)


# How the applicant learns of the answer, by the channels the outbox uses (`applicant_channels`).
HOW_TOLD = {
    (Channel.EMAIL, Channel.SMS): _("Shown on the tracking page and sent to the applicant by e-mail and SMS."),
    (Channel.EMAIL,): _(
        "Shown on the tracking page and sent to the applicant by e-mail only: they gave no Iranian mobile number."
    ),
    (Channel.SMS,): _("Shown on the tracking page and sent to the applicant by SMS only: they gave no e-mail."),
    # An anonymous report (or a request whose personal data was removed).
    (): _(
        "Not sent to the applicant: there is no e-mail or mobile number to send it to. "
        "They read it on the tracking page with their tracking code."
    ),
}


FILES_NEED_NEWS = _(
    "Files go to the applicant with an answer or a new status: write the answer they come with, "
    "or choose the new status."
)


class AnswerForm(AttachmentsMixin, forms.Form):
    """The staff answer screen: a new status, the answer the applicant reads (with files, checked
    as a citizen's are), a visit, a note. Bound again after a refusal, it names the files to
    choose again, as a citizen's form does."""

    status = forms.ChoiceField(
        label=_("New status"),
        choices=RequestStatus.choices,
        error_messages={
            "required": _("Choose the request's new status (or keep its present one)."),
            "invalid_choice": _("Choose one of the statuses in the list."),
        },
    )
    answer = optional_text_field(
        _("Answer to the applicant"), 5000, _("Shorten the answer to 5,000 characters or fewer."), rows=6
    )
    # The applicant downloads them on the tracking page (never attached to a message).
    attachments = MultipleFileField(
        label=_("Files for the applicant (optional)"),
        required=False,
        help_text=_("Up to 3 files, PDF, JPEG or PNG, at most 5 MB each."),
    )
    # Jalali for Persian staff, Gregorian for English staff (home/language/jalali_input.py).
    visit_at = JalaliDateTimeField(label=_("Visit date and time"), required=False, widget=AdminDateTimeInput)
    visit_place = optional_text_field(_("Visit place"), 300, _("Shorten the visit place to 300 characters or fewer."))
    visit_documents = forms.CharField(
        label=_("Documents to bring"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    # Only for an applicant who reads English (removed otherwise).
    send_anyway = forms.BooleanField(
        label=_("Send it in this language anyway"),
        required=False,
        help_text=_("Tick only if the applicant needs the Persian text as it is, for example an address to show."),
    )
    internal_note = forms.CharField(
        label=_("Internal note (staff only)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, current=None, applicant_language="fa", **kwargs):
        super().__init__(*args, **kwargs)
        # The request as it stands: a save that would change nothing on it is refused.
        self.current = current
        self.changes = frozenset()
        self.reads_english = applicant_language == "en"
        if self.reads_english:
            self.fields["answer"].label = _("Answer to the applicant, in English")
            reader = _("The applicant wrote on the English site and reads English: write in English.")
            for name in ("answer", "visit_place", "visit_documents"):
                self.fields[name].widget.attrs.update({"lang": "en", "dir": "ltr"})
        else:
            self.fields["answer"].label = _("Answer to the applicant, in Persian")
            reader = _("The applicant reads Persian.")
            del self.fields["send_anyway"]
        if current is not None:
            self.fields["answer"].help_text = f"{reader} {HOW_TOLD[applicant_channels(current)]}"

    def clean(self):
        # The checks come before AttachmentsMixin.clean, which names the files to choose again.
        data = self.cleaned_data
        status = data.get("status")
        if self.current is not None and status:
            self.changes = answer_changes(self.current, data)
            if not self.changes:
                # One error, for the form: no field is wrong, the save just has nothing to record.
                self.add_error(None, forms.ValidationError(NOTHING_TO_RECORD, code="nothing"))
                return super().clean()
            if data.get("attachments") and not self.changes & {Change.STATUS, Change.VISIT, Change.ANSWER}:
                self.add_error("attachments", FILES_NEED_NEWS)
        # An answer, or what the applicant must send or do: they are told only what is written here.
        # A note to staff on a request already answered or waiting needs no new answer.
        moving = self.current is None or status != self.current.status
        written = data.get("answer") or "answer" in self.errors  # one written too long is said so
        if status in (RequestStatus.ANSWERED, RequestStatus.AWAITING_APPLICANT) and moving and not written:
            self.add_error("answer", _("Write the answer the applicant will read."))
        if status == RequestStatus.VISIT_REQUESTED:
            for field in VISIT_FIELDS:
                # A time typed but not understood is said so once, not also as "missing".
                if not data.get(field) and field not in self.errors:
                    self.add_error(field, _("An in-person visit needs a date, a place and the documents to bring."))
            if data.get("visit_at"):
                self.check_visit_time(data["visit_at"])
        if self.reads_english and not data.get("send_anyway"):
            self.check_english(data, status)
        return super().clean()

    def check_english(self, data, status):
        """Refuse Persian or Arabic letters in what the English reader is sent (the visit's place and
        documents only with a visit: otherwise they are not sent)."""
        sent = ["answer", *(VISIT_FIELDS[1:] if status == RequestStatus.VISIT_REQUESTED else ())]
        for name in sent:
            if has_arabic_script(data.get(name)):
                self.add_error(
                    name,
                    _(
                        "The applicant wrote on the English site and reads English, but this text has Persian "
                        "or Arabic letters. Write it in English, or tick “Send it in this language anyway”."
                    ),
                )

    def check_visit_time(self, visit_at):
        """The applicant is asked to come at `visit_at`: a time still ahead, on a day the office is open."""
        if visit_at <= timezone.now():
            self.add_error("visit_at", _("The visit time has passed; choose a time after now."))
            return
        day = timezone.localtime(visit_at).date()
        reason = why_closed(day)
        if reason:
            self.add_error(
                "visit_at",
                _("The office is closed on %(day)s (%(reason)s); choose a working day for the visit.")
                % {"day": format_date(day), "reason": reason},
            )


REPORTED_UNIT_REFUSED = _(
    "This report is about the %(unit)s: it cannot be transferred to the unit it is about. Choose another unit."
)


class TransferTarget(forms.ModelChoiceField):
    """The department to transfer to; one the request may not go to is left out of the list, and
    choosing it all the same (an old page, a crafted post) is refused with its reason, not with
    «choose a valid option»."""

    refused = None  # (primary key, message)

    def to_python(self, value):
        if self.refused and str(value) == str(self.refused[0]):
            raise forms.ValidationError(self.refused[1], code="refused")
        return super().to_python(value)


class TransferForm(forms.Form):
    """Staff move a request to another department, with a reason for the audit trail. A report
    is never transferred to the unit it is about (`transfer_request` refuses it too)."""

    department = TransferTarget(
        label=_("Transfer to"),
        queryset=Department.objects.in_default_language(),
        error_messages={
            "required": _("Choose the department to transfer the request to."),
            "invalid_choice": _("Choose one of the departments in the list."),
        },
    )
    # A textarea, so Enter in it cannot press the answer form's button (both share one <form>).
    reason = bounded_text_field(
        _("Reason for the transfer"),
        min_length=5,
        max_length=500,
        messages=(
            _("Write why the request is transferred; only staff read it."),
            _("Write a reason of at least 5 characters."),
            _("Shorten the reason to 500 characters or fewer."),
        ),
        rows=2,
        help_text=_("For staff only; the applicant is told only the new department."),
    )

    def __init__(self, *args, current=None, **kwargs):
        """`current`: the request transferred (its department and the unit it reports are not offered)."""
        super().__init__(*args, **kwargs)
        if current is None:
            return
        field = self.fields["department"]
        field.queryset = Department.objects.in_default_language().exclude(pk=current.department_id)
        reported = current.reported_department
        if reported is not None:
            field.queryset = field.queryset.exclude(pk=reported.pk)
            field.refused = (reported.pk, REPORTED_UNIT_REFUSED % {"unit": reported.display_name})
            field.help_text = _("The unit the report is about, the %(unit)s, is not listed: it never receives it.") % {
                "unit": reported.display_name
            }
