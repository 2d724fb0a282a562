"""The desk's daily round: remind departments before a due date, alert the head of the
department when a request is overdue and the director after a further period, and send each
department a digest of its open and overdue requests. Each alert is sent once per request
(`CitizenRequest.escalation_level`), recorded as an event with its outbox messages in one
transaction. When the head of the department is alerted, the applicant is told too, once per
answer round: a transfer restarts the staff's alerts, not the applicant's; a reopened request
(`CitizenRequest.reopen`) starts a new round with a new date, and is told again if that passes."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home.language.dates import format_date
from home.language.text import local_digits

from .choices import OPEN_STATUSES, EventAction, MessagePurpose
from .models import CitizenRequest, DepartmentDesk, RequestEvent
from .models.working_days import add_working_days, working_days_between
from .notifications import notify_escalation, notify_overdue, queue_digest
from .outbox import requeue_stale

REMINDED, HEAD_ALERTED, DIRECTOR_ALERTED = 1, 2, 3


def _note(level, recipient, citizen_request, late_days=0):
    """The escalation's line in the audit trail, in the desk's language (the site's), naming
    who was alerted; the address is isolated so it reads left to right inside Persian."""
    with translation.override(settings.LANGUAGE_CODE):
        address = f"\u2068{recipient}\u2069" if recipient else _("no address on record")
        if level == REMINDED:
            return _("Reminder sent to the department (%(address)s): the answer is due on %(date)s.") % {
                "address": address,
                "date": format_date(citizen_request.due_at),
            }
        if level == HEAD_ALERTED:
            return _("Overdue: the head of the department was alerted (%(address)s).") % {"address": address}
        return _("%(days)s working days late: the director was alerted (%(address)s).") % {
            "days": local_digits(late_days),
            "address": address,
        }


def _escalate(citizen_request, level, purpose, recipient, now, late_days=0):
    with transaction.atomic():
        locked = CitizenRequest.objects.select_for_update().select_related("department").get(pk=citizen_request.pk)
        if locked.escalation_level >= level or locked.status not in OPEN_STATUSES:
            return False
        locked.escalation_level = level
        locked.save(update_fields=["escalation_level"])
        action = EventAction.REMINDED if purpose == MessagePurpose.REMINDER else EventAction.ESCALATED
        note = _note(level, recipient, locked, late_days)
        event = RequestEvent.objects.create(request=locked, action=action, internal_note=note, created_at=now)
        notify_escalation(locked, event, purpose, recipient)
        this_round = locked.events.filter(created_at__gte=locked.round_started_at)
        if level == HEAD_ALERTED and not this_round.filter(action=EventAction.OVERDUE_TOLD).exists():
            # A step of the applicant's history (the escalation, which names the address, is not),
            # with the messages telling them.
            told = RequestEvent.objects.create(request=locked, action=EventAction.OVERDUE_TOLD, created_at=now)
            notify_overdue(locked, told)
    return True


def lateness(citizen_request):
    """What the applicant is shown about a late answer: None unless the request is open and
    past its due date; else whether the head of the department has been alerted."""
    if not citizen_request.is_overdue:
        return None
    return {"due_at": citizen_request.due_at, "head_told": citizen_request.escalation_level >= HEAD_ALERTED}


def daily_round(now=None):
    """Run the reminders, escalations and digests; returns counts for the log."""
    now = now or timezone.now()
    counts = {"reminded": 0, "head": 0, "director": 0, "digests": 0, "requeued": 0}
    heads = dict(DepartmentDesk.objects.values_list("department_id", "head_email"))
    remind_before = add_working_days(now, settings.REQUESTS_REMIND_WORKING_DAYS_BEFORE)
    open_requests = CitizenRequest.objects.filter(status__in=OPEN_STATUSES).select_related("department")

    for citizen_request in open_requests.filter(escalation_level__lt=DIRECTOR_ALERTED, due_at__lt=remind_before):
        department = citizen_request.department
        if citizen_request.due_at >= now:
            if citizen_request.escalation_level < REMINDED:
                counts["reminded"] += _escalate(
                    citizen_request, REMINDED, MessagePurpose.REMINDER, department.email, now
                )
            continue
        late_days = working_days_between(citizen_request.due_at, now)
        if citizen_request.escalation_level < HEAD_ALERTED:
            # The head first, even when the request is already late enough for the director
            # (a round missed, a due date moved back): the applicant is told the head knows.
            # A department with no head on record: the director, so that someone senior knows,
            # as the applicant is told (the department's own inbox already had the reminder); its
            # inbox only where the directorate names no director either.
            recipient = heads.get(department.pk) or settings.REQUESTS_DIRECTOR_EMAIL or department.email
            counts["head"] += _escalate(citizen_request, HEAD_ALERTED, MessagePurpose.ESCALATION, recipient, now)
        if late_days >= settings.REQUESTS_DIRECTOR_AFTER_WORKING_DAYS and settings.REQUESTS_DIRECTOR_EMAIL:
            counts["director"] += _escalate(
                citizen_request,
                DIRECTOR_ALERTED,
                MessagePurpose.ESCALATION,
                settings.REQUESTS_DIRECTOR_EMAIL,
                now,
                late_days,
            )

    by_department = {}
    for citizen_request in open_requests.order_by("due_at"):
        by_department.setdefault(citizen_request.department, []).append(citizen_request)
    for department, requests in by_department.items():
        if department.email:
            with transaction.atomic():
                queue_digest(department, requests, sum(r.is_overdue for r in requests), timezone.localdate(now))
            counts["digests"] += 1
    counts["requeued"] = requeue_stale()
    return counts
