"""What a citizen request is and where it stands: its kinds and statuses, and the statuses in
which the directorate or the applicant has the next move."""

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
