"""Citizens' requests (violation reports, criticism, suggestions, questions) and their history.

Requests are plain models: never pages, never indexed for search, never in a sitemap or feed.
"""

import datetime
import hmac
import secrets

from django.contrib.auth.hashers import check_password
from django.contrib.postgres.indexes import GinIndex
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Concat
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.language.search import SearchFold
from home.language.text import to_persian_digits
from home.models.departments import routing_department

from ..choices import OPEN_STATUSES, PAUSED_STATUSES, TO_APPLICANT, MessageState, RequestKind, RequestStatus
from ..validators import is_iranian_mobile
from .attachments import attachments_data
from .closures import OfficeClosure
from .desk_access import desk_departments, sees_every_department
from .outbox import OutboundMessage
from .targets import ResponseTarget
from .working_days import Calendar, add_working_days, working_days_between

CODE_DIGITS = 15  # about 49.8 bits from `secrets`; read aloud as three groups of five digits
# What an anonymised request keeps of its text (manage.py anonymise_requests).
REMOVED_TEXT = "—"


# History steps the applicant sees even when they carry no status or text (EventAction values).
PUBLIC_ACTIONS = (
    "transferred",
    "replied",
    "visit_confirmed",
    "visit_reschedule",
    "overdue_told",
    "visit_cancelled",
    "reopened",
)


def new_tracking_code():
    """A random 15-digit code (leading zeros kept)."""
    return str(secrets.randbelow(10**CODE_DIGITS)).zfill(CODE_DIGITS)


def group_code(code):
    return "-".join(code[i : i + 5] for i in range(0, len(code), 5))


def _given_up_since_last_delivery():
    """The applicant's messages of the outer request that failed for good, with no message to
    the applicant sent after them, nor on another channel with the same news (the same event:
    an SMS failing after its e-mail arrived did not leave the applicant untold)."""
    to_applicant = OutboundMessage.objects.filter(purpose__in=TO_APPLICANT)
    delivered_later = to_applicant.filter(request=models.OuterRef("request"), state=MessageState.SENT).filter(
        Q(created_at__gt=models.OuterRef("created_at")) | Q(event=models.OuterRef("event"))
    )
    return to_applicant.filter(request=models.OuterRef("pk"), state=MessageState.FAILED).exclude(
        models.Exists(delivered_later)
    )


class CitizenRequestQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The requests a staff member may see: those of their `desk_departments` but a report
        about one of their units, wherever it went (unless `route` left it there: no unit
        receives reports); all of them for whoever `sees_every_department`."""
        if sees_every_department(user):
            return self
        return self.filter(department__in=desk_departments(user)).filter(
            Q(reported_department__isnull=True)
            | Q(reported_department=F("department"))
            | ~Q(reported_department__staff_group__in=user.groups.all())
        )

    def waiting(self):
        """Requests the directorate still owes a response (the dashboard's «در انتظار پاسخ»)."""
        return self.filter(status__in=OPEN_STATUSES)

    def not_waiting(self):
        return self.exclude(status__in=OPEN_STATUSES)

    def overdue(self, now=None):
        return self.filter(status__in=OPEN_STATUSES, due_at__lt=now or timezone.now())

    def not_overdue(self, now=None):
        return self.exclude(Q(status__in=OPEN_STATUSES) & Q(due_at__lt=now or timezone.now()))

    def unreached(self):
        """Requests whose applicant a message could not reach, given up after every retry, and
        none has reached since: the desk has to phone or write to them another way."""
        return self.filter(models.Exists(_given_up_since_last_delivery()))

    def reached(self):
        return self.exclude(models.Exists(_given_up_since_last_delivery()))

    def recompute_due_dates(self):
        """Count the answer-by dates of open and paused requests again (after a closure or a
        target changed). Returns how many moved."""
        pending = list(
            self.filter(status__in=OPEN_STATUSES + PAUSED_STATUSES).only(
                "pk", "kind", "department_id", "created_at", "clock_started_at", "due_at", "paused_working_days"
            )
        )
        if not pending:
            return 0
        start = min(r.round_started_at for r in pending)
        calendar = Calendar(timezone.localtime(start).date(), timezone.localdate() + datetime.timedelta(days=800))
        targets = {}
        changed = []
        for citizen_request in pending:
            key = (citizen_request.kind, citizen_request.department_id)
            if key not in targets:
                targets[key] = ResponseTarget.days_for(*key)
            due = citizen_request.compute_due_at(days=targets[key], calendar=calendar)
            if due != citizen_request.due_at:
                citizen_request.due_at = due
                changed.append(citizen_request)
        CitizenRequest.objects.bulk_update(changed, ["due_at"], batch_size=1000)
        return len(changed)


# What the requests desk searches (its `search_fields`): folded into `search_folded`.
SEARCH_FIELDS = ("code", "subject", "name", "mobile", "email")
# Between the fields in `search_folded`: a query never holds it (fold_for_search drops all
# whitespace), so no match spans two fields.
SEARCH_SEPARATOR = "\n"


class CitizenRequest(models.Model):
    """One request sent through the contact page, with the applicant's details."""

    code = models.CharField(_("tracking code"), max_length=CODE_DIGITS, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=RequestKind.choices)
    # Always the default-locale instance (forms route an English choice to it): the desk, its
    # staff group and the figures see one department whichever language the citizen wrote in.
    department = routing_department(on_delete=models.PROTECT, related_name="citizen_requests")
    # A report of an administrative violation: the unit the citizen named, the one it is about.
    # The report itself goes to the unit that receives such reports (`department`), never here.
    reported_department = routing_department(
        on_delete=models.PROTECT, null=True, blank=True, related_name="reported_in", verbose_name=_("unit reported")
    )
    subject = models.CharField(_("subject"), max_length=200)
    text = models.TextField(_("text"), max_length=5000)
    name = models.CharField(_("name"), max_length=120, blank=True)
    mobile = models.CharField(_("mobile number"), max_length=16, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    national_id = models.CharField(_("national ID"), max_length=10, blank=True)
    language = models.CharField(_("language"), max_length=5, default="fa")
    status = models.CharField(
        _("status"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.RECEIVED, db_index=True
    )
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    due_at = models.DateTimeField(_("response due"), null=True, blank=True)
    # The start of the current answer round: the arrival, or the moment the request was reopened
    # (an answered or closed request back in the directorate's hands). Empty: the arrival.
    clock_started_at = models.DateTimeField(_("answer-by clock started at"), null=True, blank=True)
    clock_paused_at = models.DateTimeField(_("waiting for the applicant since"), null=True, blank=True)
    paused_working_days = models.PositiveIntegerField(_("working days spent waiting for the applicant"), default=0)
    visit_at = models.DateTimeField(_("visit date and time"), null=True, blank=True)
    visit_place = models.CharField(_("visit place"), max_length=300, blank=True)
    visit_documents = models.TextField(_("documents to bring"), blank=True)
    rating = models.PositiveSmallIntegerField(_("rating"), null=True, blank=True)
    rating_comment = models.TextField(_("rating comment"), blank=True, max_length=1000)
    rated_at = models.DateTimeField(_("rated at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)
    # Anonymous violation reports: no name or contact; tracked with the code and a secret
    # phrase shown once, of which only a salted hash is kept.
    anonymous = models.BooleanField(_("anonymous"), default=False)
    secret_hash = models.CharField(max_length=128, blank=True, editable=False)
    # 0 nothing sent, 1 department reminded, 2 head alerted (overdue), 3 director alerted.
    escalation_level = models.PositiveSmallIntegerField(_("escalation level"), default=0)
    # The desk's free-text search reads this one column: the five SEARCH_FIELDS folded as `fold_for_search`
    # folds a query (Arabic and Persian letters and digits alike, spaces and ZWNJ dropped), computed and
    # stored by the database on every insert and update, however the row was written (a form, COPY, `update()`).
    search_folded = models.GeneratedField(
        expression=SearchFold(
            Concat(
                *[part for field in SEARCH_FIELDS for part in (Value(SEARCH_SEPARATOR), field)][1:],
                output_field=models.TextField(),
            )
        ),
        output_field=models.TextField(),
        db_persist=True,
    )

    objects = CitizenRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("citizen's request")
        verbose_name_plural = _("citizens' requests")
        indexes = [
            models.Index(fields=["status", "due_at"]),
            # The desk's "overdue" and "open" lists, newest first: without it PostgreSQL walked
            # the newest of 1,000,000 requests looking for open ones (1.2 s).
            models.Index(
                fields=["-created_at"], condition=Q(status__in=OPEN_STATUSES), name="forms_open_requests_newest"
            ),
            # The dashboard's counts of a department's open and overdue requests: read from
            # this index alone (a department's 10,000 open requests in a few ms) instead of
            # visiting every open request of every department (230 ms each at 1,000,000).
            models.Index(
                fields=["department", "due_at"],
                condition=Q(status__in=OPEN_STATUSES),
                name="forms_open_requests_department",
            ),
            # The desk's free-text search: `search_folded LIKE '%…%'`. Trigrams find the
            # matching rows instead of reading all 1,000,000 (a mobile number or code in 30 ms
            # instead of 6 s); a frequent word is checked with one plain LIKE a row.
            GinIndex(fields=["search_folded"], opclasses=["gin_trgm_ops"], name="forms_request_search_folded"),
        ]
        permissions = [("oversee_requests", _("Can see and answer the requests of every department"))]

    def __str__(self):
        return f"{self.code_display} {self.subject}"

    def save(self, *args, **kwargs):
        if self.due_at is None:
            self.due_at = self.compute_due_at()
        if self.code:
            return super().save(*args, **kwargs)
        # A fresh code collides with probability ~1e-15 per existing request; retry anyway.
        for _attempt in range(5):
            self.code = new_tracking_code()
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if CitizenRequest.objects.filter(code=self.code).exists():
                    self.pk = None
                    continue
                raise
        raise IntegrityError("Could not find a free tracking code.")

    @property
    def round_started_at(self):
        """When the current answer round began: the arrival, or the last reopening."""
        return self.clock_started_at or self.created_at

    def compute_due_at(self, days=None, calendar=None):
        """The answer-by date: the target's working days (plus those spent waiting for the
        applicant) after the day the current round began (the arrival or the last reopening)."""
        if days is None:
            days = ResponseTarget.days_for(self.kind, self.department_id)
        return add_working_days(self.round_started_at, days + self.paused_working_days, calendar=calendar)

    def reopen(self, now, paused=False):
        """An answered or closed request is back in the directorate's hands: a new round, with an
        answer-by date counted from `now` as for a new request (the clock paused from `now` when
        it goes back to waiting for the applicant) and the escalation starting over."""
        self.clock_started_at = now
        self.paused_working_days = 0
        self.clock_paused_at = now if paused else None
        self.escalation_level = 0
        self.due_at = self.compute_due_at()

    def pause_clock(self, now=None):
        """The directorate waits for the applicant (a document, a visit): stop the clock."""
        if self.clock_paused_at is None:
            self.clock_paused_at = now or timezone.now()

    def resume_clock(self, now=None):
        """The applicant answered (or staff resumed work): the waiting days do not count."""
        if self.clock_paused_at is not None:
            self.paused_working_days += working_days_between(self.clock_paused_at, now or timezone.now())
            self.clock_paused_at = None
            self.due_at = self.compute_due_at()

    @property
    def awaiting_answer(self):
        """True while the directorate owes an answer (the answer-by date is shown)."""
        return self.status in OPEN_STATUSES

    @property
    def clock_paused(self):
        return self.clock_paused_at is not None

    @property
    def reported_elsewhere(self):
        """A report of a violation handled by another unit than the one it is about."""
        return self.reported_department_id is not None and self.reported_department_id != self.department_id

    @property
    def about_the_violation_unit(self):
        """A report about the unit receiving reports of violations, so handled by another (`route`)."""
        return self.reported_elsewhere and self.reported_department.receives_violation_reports

    @property
    def code_display(self):
        return group_code(self.code)

    @property
    def texted(self):
        """True when text messages reach the applicant: an Iranian mobile, not a number abroad (E.164)."""
        return is_iranian_mobile(self.mobile)

    @property
    def code_display_fa(self):
        return to_persian_digits(self.code_display)

    @property
    def is_overdue(self):
        return self.status in OPEN_STATUSES and self.due_at is not None and self.due_at < timezone.now()

    @property
    def can_be_rated(self):
        return self.status == RequestStatus.CLOSED and self.rating is None and self.anonymised_at is None

    def matches_contact(self, contact):
        """True when `contact` (a normalised mobile number or an e-mail, or the secret phrase of an
        anonymous report) was given with the request."""
        contact = (contact or "").strip()
        if not contact or self.anonymised_at:
            return False
        if self.anonymous:
            return bool(self.secret_hash) and check_password(contact.lower(), self.secret_hash)
        if "@" in contact:
            return bool(self.email) and hmac.compare_digest(self.email.lower(), contact.lower())
        return bool(self.mobile) and hmac.compare_digest(self.mobile, contact)

    def public_events(self):
        """The steps the applicant sees: statuses, answers, their own replies and visit answers
        (a confirmation without a note too), transfers (which name the new department,
        never the staff's reason), a visit called off, the late answer told to them (never who
        was alerted) and a reopening (never the staff's note)."""
        return [
            event
            for event in self.events.all()
            if event.status or event.public_text or event.applicant_text or event.action in PUBLIC_ACTIONS
        ]

    def as_data(self):
        """Everything held about the request, for the applicant's download (JSON-ready)."""

        def when(value):
            return timezone.localtime(value).isoformat() if value else None

        return {
            "tracking_code": self.code_display,
            "kind": self.kind,
            "kind_label": str(self.get_kind_display()),
            "department": self.department.name,
            "department_en": self.department.in_language("en").name,
            "unit_reported": self.reported_department.name if self.reported_department else "",
            "unit_reported_en": self.reported_department.in_language("en").name if self.reported_department else "",
            "subject": self.subject,
            "text": self.text,
            "name": self.name,
            "mobile": self.mobile,
            "email": self.email,
            "national_id": self.national_id,
            "status": self.status,
            "status_label": str(self.get_status_display()),
            "received_at": when(self.created_at),
            "response_due_at": when(self.due_at),
            "visit": {"at": when(self.visit_at), "place": self.visit_place, "documents": self.visit_documents},
            "rating": self.rating,
            "rating_comment": self.rating_comment,
            "rated_at": when(self.rated_at),
            "attachments": attachments_data(self),
            "history": [
                {
                    "at": when(event.created_at),
                    "action": event.action,
                    "status": event.status,
                    "answer": event.public_text,
                    "reply": event.applicant_text,
                    "transferred_to": event.department.name if event.department else "",
                    "note": step.text if (step := event.applicant_step()) else "",
                }
                for event in self.public_events()
            ],
        }


@receiver(post_save, sender=ResponseTarget)
def target_changed(instance, raw=False, **kwargs):
    """A changed target applies to requests still waiting for a response."""
    if not raw:
        CitizenRequest.objects.filter(kind=instance.kind).recompute_due_dates()


@receiver(post_save, sender=OfficeClosure)
@receiver(post_delete, sender=OfficeClosure)
def closures_changed(**kwargs):
    """A closure added, moved or removed moves the answer-by dates of open requests."""
    CitizenRequest.objects.recompute_due_dates()
