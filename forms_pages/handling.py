"""What happens to a request: saving it with its files, recording answers, sending the e-mails.

Saving always comes first and in one transaction; e-mail is sent afterwards and a failure is
logged (and noted in the request's history), never shown to the applicant.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import CitizenRequest, RequestAttachment, RequestEvent, RequestStatus
from .models.requests import EventAction
from .validators import detect_file_type

logger = logging.getLogger(__name__)


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
        RequestEvent.objects.create(
            request=citizen_request,
            action=EventAction.SUBMITTED,
            status=RequestStatus.RECEIVED,
            created_at=citizen_request.created_at,
        )
    return citizen_request


def _send(citizen_request, subject_template, body_template, recipients, context):
    """Send one e-mail; on failure log it and note it in the history. Returns True on success."""
    try:
        with translation.override(citizen_request.language or "fa"):
            subject = " ".join(render_to_string(subject_template, context).split())
            body = render_to_string(body_template, context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
        return True
    except Exception:
        logger.exception("Could not send e-mail for request %s", citizen_request.pk)
        RequestEvent.objects.create(request=citizen_request, action=EventAction.MAIL_FAILED)
        return False


def track_url(language):
    with translation.override(language or "fa"):
        path = reverse("forms_pages:track")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def notify_submitted(citizen_request):
    """Acknowledge to the applicant (if they gave an e-mail) and alert the department."""
    context = {"request_obj": citizen_request, "track_url": track_url(citizen_request.language)}
    if citizen_request.email:
        _send(
            citizen_request,
            "forms_pages/emails/acknowledgement_subject.txt",
            "forms_pages/emails/acknowledgement.txt",
            [citizen_request.email],
            context,
        )
    department_email = citizen_request.department.email
    if department_email:
        # Only what staff need to find the request in the admin; no personal data in mail.
        context["admin_url"] = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "citizen_requests:edit", args=[citizen_request.pk]
        )
        _send(
            citizen_request,
            "forms_pages/emails/department_subject.txt",
            "forms_pages/emails/department.txt",
            [department_email],
            context,
        )


def record_answer(citizen_request, user, data):
    """Record a staff answer or status change (with the audit trail) and e-mail the applicant."""
    with transaction.atomic():
        locked = CitizenRequest.objects.select_for_update().get(pk=citizen_request.pk)
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
            created_at=timezone.now(),
        )
    if locked.email and (event.public_text or data["status"] in (RequestStatus.VISIT_REQUESTED, RequestStatus.CLOSED)):
        _send(
            locked,
            "forms_pages/emails/answer_subject.txt",
            "forms_pages/emails/answer.txt",
            [locked.email],
            {"request_obj": locked, "event": event, "track_url": track_url(locked.language)},
        )
    return locked, event
