"""What happens to a request: saving it with its files, recording answers and queueing the
messages they cause.

Each step is one transaction: the request (or answer), its event and its outbox messages are
saved together. The messages are sent later by the outbox worker (`outbox.py`), so no web
request waits on a mail server or SMS gateway, and none is lost when one is down.
"""

import contextlib
import logging
import secrets

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home.language.dates import format_date

from .choices import FINISHED_STATUSES, PAUSED_STATUSES, EventAction, RequestKind, RequestStatus
from .models import CitizenRequest, RequestAttachment, RequestEvent
from .models.attachments import attachment_path
from .notifications import notify_reply, notify_submitted, notify_transfer, notify_update
from .routing import route
from .storage import get_private_storage
from .validators import detect_file_type

logger = logging.getLogger(__name__)


class StorageUnavailable(Exception):
    """The attachments could not be written (disk full, quota reached, storage down). Nothing of
    the submission was kept: the caller shows the form again and asks to try later."""


@contextlib.contextmanager
def files_kept_only_if_committed():
    """Collect the names of attachments written inside; unless the block, and the transaction
    inside it, completes, delete them, so a failed submission leaves no file behind.

    Use it around `transaction.atomic()`, so a failed commit is caught too.
    """
    written = []
    try:
        yield written
    except BaseException:
        storage = get_private_storage()
        for name in written:
            try:
                storage.delete(name)
            except OSError:
                logger.exception("Could not delete attachment %s of a failed submission", name)
        raise


def create_request(data, files=(), language="fa"):
    """Save a request and its attachments in one transaction and return it."""
    department, reported = route(data["kind"], data["department"])
    with files_kept_only_if_committed() as written, transaction.atomic():
        citizen_request = CitizenRequest(
            kind=data["kind"],
            department=department,
            reported_department=reported,
            subject=data["subject"].strip(),
            text=data["text"].strip(),
            name=data["name"].strip(),
            mobile=data["mobile"],
            email=data.get("email", ""),
            national_id=data.get("national_id", ""),
            language=language,
        )
        _record_submission(citizen_request, files, written)
    return citizen_request


def _record_submission(citizen_request, files, written, attachments_on_event=False):
    """Save a new request with its first history event and attachments, then queue the notices
    (inside the caller's transaction: a request is saved before any message is attempted)."""
    citizen_request.save()
    event = RequestEvent.objects.create(
        request=citizen_request,
        action=EventAction.SUBMITTED,
        status=RequestStatus.RECEIVED,
        created_at=citizen_request.created_at,
    )
    save_attachments(citizen_request, files, event=event if attachments_on_event else None, written=written)
    notify_submitted(citizen_request, event)


PHRASE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread


def new_secret_phrase():
    """Four groups of four letters and digits (about 79 bits), e.g. «k7m2-q9x4-p3t8-a5bc»."""
    return "-".join("".join(secrets.choice(PHRASE_ALPHABET) for _ in range(4)) for _group in range(4))


def create_anonymous_report(data, files=(), language="fa"):
    """Save an anonymous violation report; returns (request, secret phrase). Only the phrase's
    salted hash is stored, and nothing about the sender: no name, contact or address."""
    phrase = new_secret_phrase()
    department, reported = route(RequestKind.VIOLATION, data["department"])
    with files_kept_only_if_committed() as written, transaction.atomic():
        citizen_request = CitizenRequest(
            kind=RequestKind.VIOLATION,
            department=department,
            reported_department=reported,
            subject=data["subject"].strip(),
            text=data["text"].strip(),
            anonymous=True,
            secret_hash=make_password(phrase),
            language=language,
        )
        _record_submission(citizen_request, files, written, attachments_on_event=True)
    return citizen_request, phrase


def save_attachments(citizen_request, files, event=None, written=None):
    """Store uploads (already checked by the form) in private storage under random names.

    The stored names are appended to `written` (see files_kept_only_if_committed). A file that
    cannot be written raises StorageUnavailable, after removing what was written of it.
    """
    written = [] if written is None else written
    for number, uploaded in enumerate(files, start=1):
        content_type, extension = detect_file_type(uploaded)
        # An anonymous sender's file names could name them: keep a neutral one.
        name = f"{number}.{extension}" if citizen_request.anonymous else uploaded.name[:200]
        attachment = RequestAttachment(
            request=citizen_request,
            event=event,
            original_name=name,
            content_type=content_type,
            extension=extension,
            size=uploaded.size,
        )
        storage = get_private_storage()
        name = attachment_path(attachment, uploaded.name)
        try:
            attachment.file = storage.save(name, uploaded)
        except OSError as error:
            # A write that ran out of space leaves a partial file under `name`: remove it too.
            with contextlib.suppress(OSError):
                storage.delete(name)
            raise StorageUnavailable(str(error)) from error
        written.append(attachment.file.name)
        attachment.save()


class VisitAnswer:
    CONFIRM = "confirm"
    RESCHEDULE = "reschedule"


def record_reply(citizen_request, text, files=(), visit_answer=None):
    """The applicant replies on the tracking page (text, files, or an answer to a visit request).

    A reply or a request for another visit time resumes the answer-by clock and puts the
    request back under review; confirming a visit keeps it waiting for the visit. The
    department is told through the outbox.
    """
    reopened = False
    with files_kept_only_if_committed() as written, transaction.atomic():
        locked = CitizenRequest.objects.select_for_update().get(pk=citizen_request.pk)
        now = timezone.now()
        if visit_answer == VisitAnswer.CONFIRM and locked.status == RequestStatus.VISIT_REQUESTED:
            action, new_status = EventAction.VISIT_CONFIRMED, ""
        else:
            action = EventAction.VISIT_RESCHEDULE if visit_answer == VisitAnswer.RESCHEDULE else EventAction.REPLIED
            new_status = ""
            if locked.status in PAUSED_STATUSES or locked.status == RequestStatus.ANSWERED:
                reopened = locked.status == RequestStatus.ANSWERED
                if reopened:
                    locked.reopen(now)
                else:
                    locked.resume_clock(now)
                new_status = RequestStatus.UNDER_REVIEW
                locked.status = new_status
                locked.save()
        event = RequestEvent.objects.create(
            request=locked, action=action, status=new_status, applicant_text=text, created_at=now
        )
        if reopened:
            record_reopening(locked, None, now)
        save_attachments(locked, files, event=event, written=written)
        notify_reply(locked, event)
    return locked, event


def transfer_request(citizen_request, user, department, reason):
    """Move a request to another department (audited); the new department is alerted and the
    applicant told which department now follows their request (not the staff's reason). A report
    never goes to the unit it is about: the answer screen's form refuses it, and so does this."""
    with transaction.atomic():
        locked = CitizenRequest.objects.select_for_update().select_related("department").get(pk=citizen_request.pk)
        if department.pk == locked.reported_department_id:
            raise ValueError(f"Request {locked.pk} is a report about {department.slug}: it cannot go there.")
        previous = locked.department
        locked.department = department
        locked.escalation_level = 0
        locked.save()
        event = RequestEvent.objects.create(
            request=locked,
            actor=user,
            action=EventAction.TRANSFERRED,
            department=department,
            internal_note=f"{previous.name} → {department.name}: {reason}",
            created_at=timezone.now(),
        )
        notify_transfer(locked, event, previous, reason)
    return locked, event


# The visit the applicant is asked to come to: its time, its place and what to bring.
VISIT_FIELDS = ("visit_at", "visit_place", "visit_documents")


class Change:
    """What a save on the staff answer screen records (`answer_changes`)."""

    STATUS = "status"
    VISIT = "visit"
    ANSWER = "answer"
    NOTE = "note"


def answer_changes(citizen_request, data):
    """What saving the answer screen's `data` would record on `citizen_request`: a set of
    `Change` values, empty when it would record nothing (the same status, no answer, no note,
    and no new visit time, place or documents)."""
    changes = set()
    if data["status"] != citizen_request.status:
        changes.add(Change.STATUS)
    if data["status"] == RequestStatus.VISIT_REQUESTED and (
        Change.STATUS in changes or any(data.get(name) != getattr(citizen_request, name) for name in VISIT_FIELDS)
    ):
        changes.add(Change.VISIT)
    if data.get("answer"):
        changes.add(Change.ANSWER)
    if data.get("internal_note"):
        changes.add(Change.NOTE)
    return frozenset(changes)


def record_answer(citizen_request, user, data):
    """Record a staff answer or status change (with the audit trail) and queue the applicant's
    messages. A save that changes nothing (`answer_changes`) writes and sends nothing: the event
    returned is None. The files in `data["attachments"]` (checked by the form) go on the event, for
    the applicant to download; StorageUnavailable when they cannot be written (nothing is saved)."""
    files = data.get("attachments") or ()
    with files_kept_only_if_committed() as written, transaction.atomic():
        locked = CitizenRequest.objects.select_for_update().get(pk=citizen_request.pk)
        changes = answer_changes(locked, data)
        if not changes:
            return locked, None
        status_changed = Change.STATUS in changes
        now = timezone.now()
        # Moving on from a visit request before its time calls the visit off: say so, or the
        # applicant, told only the new status, would still come.
        cancelled_visit = (
            locked.visit_at
            if status_changed
            and locked.status == RequestStatus.VISIT_REQUESTED
            and locked.visit_at
            and locked.visit_at > now
            else None
        )
        # Back from answered or closed to any other status: a new round (a new answer-by date
        # from now, the escalation from the start); else the clock pauses or resumes.
        reopened = locked.status in FINISHED_STATUSES and data["status"] not in FINISHED_STATUSES
        if reopened:
            locked.reopen(now, paused=data["status"] in PAUSED_STATUSES)
        elif data["status"] in PAUSED_STATUSES:
            locked.pause_clock(now)
        else:
            locked.resume_clock(now)
        locked.status = data["status"]
        if data["status"] == RequestStatus.VISIT_REQUESTED:
            locked.visit_at = data["visit_at"]
            locked.visit_place = data["visit_place"]
            locked.visit_documents = data["visit_documents"]
        locked.save()
        if cancelled_visit:
            RequestEvent.objects.create(request=locked, actor=user, action=EventAction.VISIT_CANCELLED, created_at=now)
        # The reopening comes before the status it reopens to, in both histories.
        if reopened:
            record_reopening(locked, user, now)
        # The applicant is told of an answer, a new status or a visit, and their history lists
        # just that: a save for a note to staff alone carries no status, so it is no step of theirs.
        told = bool(changes & {Change.STATUS, Change.VISIT, Change.ANSWER})
        if data.get("answer"):
            action = EventAction.ANSWERED
        else:
            action = EventAction.STATUS if told else EventAction.NOTED
        # The step states a status only when it changed, or with a visit asked for (again): an
        # answer added to a closed request leaves it closed, and no history says it closed again.
        stated = bool(changes & {Change.STATUS, Change.VISIT})
        event = RequestEvent.objects.create(
            request=locked,
            actor=user,
            action=action,
            status=data["status"] if stated else "",
            public_text=data.get("answer", ""),
            internal_note=data.get("internal_note", ""),
            created_at=now,
        )
        save_attachments(locked, files, event=event, written=written)
        if told:
            notify_update(
                locked, event, cancelled_visit=cancelled_visit, files=len(files), status_changed=status_changed
            )
    return locked, event


def record_reopening(citizen_request, user, now):
    """The staff's line for a reopened request: its new answer-by date (none while the clock is
    paused for the applicant), in the desk's language."""
    with translation.override(settings.LANGUAGE_CODE):
        if citizen_request.clock_paused:
            note = _("A new round, the clock paused while waiting for the applicant; alerts start over.")
        else:
            note = _("A new round: answer by %(date)s; alerts start over.") % {
                "date": format_date(citizen_request.due_at)
            }
    RequestEvent.objects.create(
        request=citizen_request, actor=user, action=EventAction.REOPENED, internal_note=note, created_at=now
    )
