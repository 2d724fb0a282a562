"""A request's history: every step (submitted, answered, transferred, ...) with who and when."""

from typing import NamedTuple

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .requests import CitizenRequest, RequestStatus


class EventAction(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    STATUS = "status", _("Status changed")
    ANSWERED = "answered", _("Answer recorded")
    RATED = "rated", _("Rated by the applicant")
    MAIL_FAILED = "mail_failed", _("E-mail could not be sent")
    TRACK_FAILED = "track_failed", _("Tracking tried with a wrong mobile or e-mail")
    TRACK_LOCKED = "track_locked", _("Tracking locked after wrong tries")
    ANONYMISED = "anonymised", _("Personal data removed")
    REPLIED = "replied", _("Reply from the applicant")
    VISIT_CONFIRMED = "visit_confirmed", _("Visit confirmed by the applicant")
    VISIT_RESCHEDULE = "visit_reschedule", _("Applicant asked for another visit time")
    TRANSFERRED = "transferred", _("Transferred to another department")
    REMINDED = "reminded", _("Department reminded of the due date")
    ESCALATED = "escalated", _("Escalated as overdue")
    # The applicant told the answer is late and the head of the department knows (a step of their history).
    OVERDUE_TOLD = "overdue_told", _("Delay told to the applicant")
    # Staff moved on from a visit request before the visit's time: the applicant need not come.
    VISIT_CANCELLED = "visit_cancelled", _("Visit cancelled")
    # An answered or closed request back in the directorate's hands: a new answer-by date. The
    # applicant's history says so; the staff's note with the date stays theirs.
    REOPENED = "reopened", _("Reopened with a new answer-by date")


class ApplicantStep(NamedTuple):
    """What the applicant's history says of a step besides its status, answer and reply."""

    heading: str
    text: str


class RequestEvent(models.Model):
    """One step of a request's history: the audit trail (who, when, what)."""

    request = models.ForeignKey(CitizenRequest, on_delete=models.CASCADE, related_name="events")
    created_at = models.DateTimeField(_("when"), default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("who"), null=True, blank=True, on_delete=models.SET_NULL
    )
    action = models.CharField(_("what"), max_length=20, choices=EventAction.choices)
    status = models.CharField(_("new status"), max_length=20, choices=RequestStatus.choices, blank=True)
    public_text = models.TextField(_("answer to the applicant"), blank=True)
    applicant_text = models.TextField(_("the applicant's reply"), blank=True)
    internal_note = models.TextField(_("internal note"), blank=True)
    # Public, unlike the transfer's reason (in internal_note): the applicant's history names it.
    department = models.ForeignKey(
        "home.Department",
        verbose_name=_("transferred to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("request event")
        verbose_name_plural = _("request events")

    def __str__(self):
        return f"{self.get_action_display()} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def from_applicant(self):
        """A step the applicant took: a reply, or an answer to a visit (with or without a note)."""
        return bool(self.applicant_text) or self.action in (
            EventAction.REPLIED,
            EventAction.VISIT_CONFIRMED,
            EventAction.VISIT_RESCHEDULE,
        )

    def applicant_step(self):
        """The applicant's words for a transfer, a visit called off, a late answer or a reopening
        (an ApplicantStep, in the active language), for the tracking page, the receipt and the
        data download alike; None for other steps. A transfer names the new department, never the
        staff's reason; the late answer never names who was alerted; a reopening gives no date (the
        page's answer-by line does, as it stands now)."""
        if self.action == EventAction.TRANSFERRED:
            if self.department is None:
                return ApplicantStep("", gettext("Transferred to another department"))
            text = gettext("Transferred to %(department)s, which will follow up your request.")
            return ApplicantStep("", text % {"department": self.department.display_name})
        if self.action == EventAction.VISIT_CANCELLED:
            text = gettext("The in-person visit you were asked to make was cancelled; you need not come.")
            return ApplicantStep(self.get_action_display(), text)
        if self.action == EventAction.OVERDUE_TOLD:
            text = gettext(
                "The answer to your request was not ready by its due date. We apologise for the delay; "
                "the head of the department handling it has been told."
            )
            return ApplicantStep(gettext("Answer late"), text)
        if self.action == EventAction.REOPENED:
            text = gettext("Your request is open again: the time for its answer starts afresh from this step.")
            return ApplicantStep(gettext("Request reopened"), text)
        return None
