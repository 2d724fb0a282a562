"""What happens to a request: saving it with its files, recording answers and queueing the
messages they cause.

Each step is one transaction: the request (or answer), its event and its outbox messages are
saved together. The messages are sent later by the outbox worker (`outbox.py`), so no web
request waits on a mail server or SMS gateway, and none is lost when one is down.
"""

from django.db import transaction
from django.utils import timezone

from .models import CitizenRequest, RequestAttachment, RequestEvent, RequestStatus
from .models.requests import PAUSED_STATUSES, EventAction
from .notifications import notify_submitted, notify_update
from .validators import detect_file_type


def create_request(data, files=(), language="fa"):
    """Save a request and its attachments in one transaction and return it."""
    with transaction.atomic():
        citizen_request = CitizenRequest(
            kind=data["kind"],
            department=data["department"],
            subject=data["subject"].strip(),
            text=data["text"].strip(),
            name=data["name"].strip(),
            mobile=data["mobile"],
            email=data.get("email", ""),
            national_id=data.get("national_id", ""),
            language=language,
        )
        citizen_request.save()
        for uploaded in files:
            content_type, extension = detect_file_type(uploaded)
            attachment = RequestAttachment(
                request=citizen_request,
                original_name=uploaded.name[:200],
                content_type=content_type,
                extension=extension,
                size=uploaded.size,
            )
            attachment.file.save("upload", uploaded, save=False)
            attachment.save()
        event = RequestEvent.objects.create(
            request=citizen_request,
            action=EventAction.SUBMITTED,
            status=RequestStatus.RECEIVED,
            created_at=citizen_request.created_at,
        )
        notify_submitted(citizen_request, event)
    return citizen_request


def record_answer(citizen_request, user, data):
    """Record a staff answer or status change (with the audit trail) and queue the applicant's messages."""
    with transaction.atomic():
        locked = CitizenRequest.objects.select_for_update().get(pk=citizen_request.pk)
        status_changed = locked.status != data["status"]
        now = timezone.now()
        if data["status"] in PAUSED_STATUSES:
            locked.pause_clock(now)
        else:
            locked.resume_clock(now)
        locked.status = data["status"]
        if data["status"] == RequestStatus.VISIT_REQUESTED:
            locked.visit_at = data["visit_at"]
            locked.visit_place = data["visit_place"]
            locked.visit_documents = data["visit_documents"]
        locked.save()
        action = EventAction.ANSWERED if data.get("answer") else EventAction.STATUS
        event = RequestEvent.objects.create(
            request=locked,
            actor=user,
            action=action,
            status=data["status"],
            public_text=data.get("answer", ""),
            internal_note=data.get("internal_note", ""),
            created_at=now,
        )
        if event.public_text or status_changed or data["status"] == RequestStatus.VISIT_REQUESTED:
            notify_update(locked, event)
    return locked, event
