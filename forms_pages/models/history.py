"""A request's history: every step (submitted, answered, transferred, ...) with who and when."""

from typing import NamedTuple

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.models.fields import optional_foreign_key

from ..choices import DEPARTMENT_FILE_ACTIONS, EventAction, RequestStatus
from .requests import CitizenRequest


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
    department = optional_foreign_key("home.Department", _("transferred to"))

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

    @property
    def department_files(self):
        """The files the department sent with this step (an answer, a new status), for the
        applicant's history and receipt; none on any other step. Reads the prefetched rows."""
        return list(self.attachments.all()) if self.action in DEPARTMENT_FILE_ACTIONS else []

    def applicant_step(self):
        """The applicant's words for a transfer, a visit called off, a late answer or a reopening
        (an ApplicantStep, in the active language), for the tracking page, the receipt and the
        data download alike; None for other steps. A transfer names the new department, never the
        staff's reason; the late answer never names who was alerted; a reopening gives no date (the
        page's answer-by line does, as it stands now)."""
        if self.action == EventAction.TRANSFERRED:
            if self.department is None:
                return ApplicantStep("", gettext("Transferred to another department"))
            # Named like the other steps (the status it leaves as it was is no news).
            text = gettext("Transferred to %(department)s, which will follow up your request.")
            return ApplicantStep(self.get_action_display(), text % {"department": self.department.display_name})
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
