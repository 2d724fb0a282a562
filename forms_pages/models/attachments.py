"""Files citizens attach to their requests, and those the department sends with an answer, kept in
private storage under random names."""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import DEPARTMENT_FILE_ACTIONS, EventAction
from ..storage import get_private_storage


def attachment_path(instance, filename):
    # Random names: the applicant's file name is kept only in the database.
    return f"requests/{timezone.now():%Y/%m}/{secrets.token_hex(16)}.{instance.extension}"


class RequestAttachment(models.Model):
    """A file attached to a request, stored in private storage."""

    # By name, as the event below: requests.py reads this module's helpers for its data download.
    request = models.ForeignKey("CitizenRequest", on_delete=models.CASCADE, related_name="attachments")
    event = models.ForeignKey(
        "RequestEvent", null=True, blank=True, on_delete=models.SET_NULL, related_name="attachments"
    )
    file = models.FileField(_("file"), storage=get_private_storage, upload_to=attachment_path, max_length=200)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("content type"), max_length=50)
    extension = models.CharField(max_length=5)
    size = models.PositiveIntegerField(_("size"))

    class Meta:
        ordering = ["pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.original_name


def sent_with_request(citizen_request):
    """The files attached to the request when it was sent (not to a later reply): those on no
    event, or on its «received» event (an anonymous report's). Reads the prefetched rows."""
    first = {event.pk for event in citizen_request.events.all() if event.action == EventAction.SUBMITTED}
    return [a for a in citizen_request.attachments.all() if a.event_id is None or a.event_id in first]


def department_files(citizen_request):
    """The files the department sent the applicant with its answers (or a new status): those on
    its staff steps (`DEPARTMENT_FILE_ACTIONS`), never the applicant's own."""
    return RequestAttachment.objects.filter(request=citizen_request, event__action__in=DEPARTMENT_FILE_ACTIONS)


def by_sender(citizen_request):
    """The request's files as (the applicant's, the department's): those on the department's steps
    (`DEPARTMENT_FILE_ACTIONS`) are the department's, every other (sent with the request or a
    reply) the applicant's. Reads the prefetched rows."""
    staff_steps = {event.pk for event in citizen_request.events.all() if event.action in DEPARTMENT_FILE_ACTIONS}
    applicants, departments = [], []
    for attachment in citizen_request.attachments.all():
        (departments if attachment.event_id in staff_steps else applicants).append(attachment)
    return applicants, departments


def attachments_data(citizen_request):
    """The request's files for the applicant's data download, each with who sent it ("applicant"
    or "department"), the applicant's first."""
    applicants, departments = by_sender(citizen_request)
    return [
        {"name": a.original_name, "content_type": a.content_type, "size": a.size, "sent_by": sender}
        for sender, files in (("applicant", applicants), ("department", departments))
        for a in files
    ]
