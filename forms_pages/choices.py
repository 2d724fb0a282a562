"""The fixed vocabularies of the desk: what a citizen request is and where it stands (its kinds
and statuses, and the statuses in which the directorate or the applicant has the next move), the
steps of its history, and the messages sent about it (channel, state, purpose)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestKind(models.TextChoices):
    VIOLATION = "violation", _("Report of an administrative violation")
    CRITICISM = "criticism", _("Criticism")
    SUGGESTION = "suggestion", _("Suggestion")
    QUESTION = "question", _("Question")


class RequestStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    UNDER_REVIEW = "under_review", _("Under review")
    ANSWERED = "answered", _("Answered")
    VISIT_REQUESTED = "visit_requested", _("In-person visit requested")
    AWAITING_APPLICANT = "awaiting_applicant", _("Waiting for the applicant")
    CLOSED = "closed", _("Closed")


# Statuses in which the directorate still owes the applicant a response.
OPEN_STATUSES = (RequestStatus.RECEIVED, RequestStatus.UNDER_REVIEW)
# Statuses in which the directorate waits for the applicant: the answer-by clock is paused.
PAUSED_STATUSES = (RequestStatus.VISIT_REQUESTED, RequestStatus.AWAITING_APPLICANT)
# Statuses in which the directorate is done: moving back from one to any other reopens the request.
FINISHED_STATUSES = (RequestStatus.ANSWERED, RequestStatus.CLOSED)


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
    # A note to staff alone: no status, nothing told; it stood in the history as «Status changed».
    NOTED = "noted", _("Internal note")


# The staff's steps that may carry files to the applicant (an answer, a new status, a visit
# request): the files on these events are the department's, the applicant downloads them.
DEPARTMENT_FILE_ACTIONS = (EventAction.ANSWERED, EventAction.STATUS)


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("SMS")


class MessageState(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Could not be sent")


class MessagePurpose(models.TextChoices):
    ACKNOWLEDGEMENT = "acknowledgement", _("Acknowledgement")
    ANSWER = "answer", _("Answer")
    STATUS = "status", _("Status change")
    VISIT = "visit", _("Visit request")
    NEW_REQUEST = "new_request", _("New request for the department")
    REPLY = "reply", _("Reply from the applicant")
    TRANSFER = "transfer", _("Transferred to the department")
    TRANSFER_NOTICE = "transfer_notice", _("Transfer told to the applicant")
    OVERDUE_NOTICE = "overdue_notice", _("Delay told to the applicant")
    REMINDER = "reminder", _("Reminder before the due date")
    ESCALATION = "escalation", _("Escalation of an overdue request")
    DIGEST = "digest", _("Daily digest")
    # To the staff a form names: a response to it (OutboundMessage.submission), no request.
    FORM_RESPONSE = "form_response", _("Online form response")


# What is written to the applicant (the others go to staff).
TO_APPLICANT = (
    MessagePurpose.ACKNOWLEDGEMENT,
    MessagePurpose.ANSWER,
    MessagePurpose.STATUS,
    MessagePurpose.VISIT,
    MessagePurpose.TRANSFER_NOTICE,
    MessagePurpose.OVERDUE_NOTICE,
)
