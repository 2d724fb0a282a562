"""Citizens' requests at scale for `generate_scale_data`: three years of the contact page's traffic.

Requests spread over departments, kinds and statuses the way a desk's queue looks: recent ones
mostly waiting or under review, older ones answered or closed, a few overdue. Each has the
history the site itself would have written (submitted, then an answer or a status change) and
requests older than the retention period are already anonymised, as the daily job leaves them.
Tracking codes have the model's format (15 random digits), drawn from the seeded generator and
checked against the table; national IDs carry a valid check digit.
"""

import datetime
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from forms_pages.demo.scale_content import (
    CLOSINGS,
    FIRST_NAMES,
    KIND_LIST,
    KIND_WEIGHTS,
    KINDS,
    LAST_NAMES,
    MOBILE_PREFIXES,
    OPENINGS,
    RATING_COMMENTS,
    RATING_WEIGHTS,
    RATINGS,
    SERVICES,
    VISIT_ANSWER,
    WEEKDAYS,
)
from forms_pages.models import CitizenRequest, RequestEvent, ResponseTarget
from forms_pages.models.requests import CODE_DIGITS, REMOVED_TEXT
from home.demo.scale_data import ScalePart, copy_rows, moment_in_past, reserve_ids
from home.demo.scale_vocabulary import COUNTIES
from home.language.text import to_persian_digits
from home.models import Department

from ..choices import EventAction, RequestKind, RequestStatus

YEARS = 3


def national_id(rng):
    """A 10-digit Iranian national ID with a valid check digit (never all one digit)."""
    while True:
        digits = [rng.randrange(10) for _ in range(9)]
        if len(set(digits)) > 1:
            break
    total = sum(d * (10 - i) for i, d in enumerate(digits)) % 11
    check = total if total < 2 else 11 - total
    return "".join(map(str, digits)) + str(check)


def tracking_code(rng):
    """A code of the model's format: CODE_DIGITS random digits, leading zeros kept."""
    return str(rng.randrange(10**CODE_DIGITS)).zfill(CODE_DIGITS)


def status_for(rng, age_days):
    """The status a request of this age usually has by now."""
    if age_days < 2:
        choices = [(RequestStatus.RECEIVED, 70), (RequestStatus.UNDER_REVIEW, 30)]
    elif age_days < 15:
        choices = [
            (RequestStatus.RECEIVED, 10),
            (RequestStatus.UNDER_REVIEW, 35),
            (RequestStatus.ANSWERED, 35),
            (RequestStatus.VISIT_REQUESTED, 5),
            (RequestStatus.CLOSED, 15),
        ]
    else:
        choices = [
            (RequestStatus.RECEIVED, 1),
            (RequestStatus.UNDER_REVIEW, 2),
            (RequestStatus.ANSWERED, 25),
            (RequestStatus.CLOSED, 72),
        ]
    statuses, weights = zip(*choices, strict=True)
    return rng.choices(statuses, weights)[0]


class RequestsPart(ScalePart):
    name = "requests"
    default = 1_000_000
    help = "Total number of citizens' requests to reach."
    model = CitizenRequest

    def tables(self):
        return [CitizenRequest, RequestEvent]

    def missing_prerequisite(self):
        if not Department.objects.in_default_language().exists():
            return "no departments yet: run seed_demo first"
        return None

    def generate(self, number, *, seed, batch_size, report):
        # Requests always point at the default-locale department (see CitizenRequest.department).
        self.departments = dict(Department.objects.in_default_language().values_list("slug", "pk"))
        fallback = next(iter(self.departments.values()))
        self.complaints = self.departments.get("complaints", fallback)
        self.spare = [self.departments.get(slug, fallback) for slug in ("public-relations", "director-office")]
        self.target_days = {kind: ResponseTarget.days_for(kind) for kind in RequestKind.values}
        self.retention = datetime.timedelta(days=getattr(settings, "REQUEST_RETENTION_DAYS", 730))
        now = timezone.now()
        timings = {"build": 0.0, "copy": 0.0}
        for rng, serials, done in self.batches(number, seed, batch_size):
            started = time.monotonic()
            requests, events = [], []
            for pk in reserve_ids(CitizenRequest, len(serials)):
                request, history = self.build(rng, now)
                request["id"] = pk
                for event in history:
                    event["request_id"] = pk
                requests.append(request)
                events.extend(history)
            self.unique_codes(rng, requests)
            copying = time.monotonic()
            with transaction.atomic():
                copy_rows(CitizenRequest, requests)
                copy_rows(RequestEvent, events)
            timings["build"] += copying - started
            timings["copy"] += time.monotonic() - copying
            report(done, **timings)

    @staticmethod
    def unique_codes(rng, requests):
        """Draw codes until none repeats inside the batch or matches a stored request."""
        pending = requests
        seen = set()
        while pending:
            for request in pending:
                request["code"] = tracking_code(rng)
            codes = [request["code"] for request in pending]
            taken = set(CitizenRequest.objects.filter(code__in=codes).values_list("code", flat=True))
            retry = []
            for request in pending:
                if request["code"] in taken or request["code"] in seen:
                    retry.append(request)
                else:
                    seen.add(request["code"])
            pending = retry

    def build(self, rng, now):
        """One request and its history, as rows (attribute name to value) for `copy_rows`."""
        kind = rng.choices(KIND_LIST, KIND_WEIGHTS)[0]
        subject, sentences, answers = rng.choice(KINDS[kind][1])
        service, department_slug = rng.choice(SERVICES)
        slots = {
            "service": service,
            "county": rng.choice(COUNTIES),
            "weekday": rng.choice(WEEKDAYS),
            "weeks": to_persian_digits(rng.randint(2, 9)),
            "hours": to_persian_digits(rng.randint(2, 5)),
            "hour": to_persian_digits(rng.randint(8, 13)),
            "days": to_persian_digits(rng.randint(3, 10)),
        }
        if kind == RequestKind.VIOLATION:
            department = self.complaints
        elif kind in (RequestKind.CRITICISM, RequestKind.SUGGESTION) and rng.random() < 0.15:
            department = rng.choice(self.spare)
        else:
            department = self.departments.get(department_slug, self.complaints)
        text = (
            rng.choice(OPENINGS)
            + " ".join(line.format(**slots) for line in rng.sample(sentences, rng.randint(1, len(sentences))))
            + rng.choice(CLOSINGS)
        )
        created = moment_in_past(rng, now, YEARS * 365, recent_weight=1.3, office_hours=rng.random() < 0.8)
        status = status_for(rng, (now - created).days)
        first, first_latin = rng.choice(FIRST_NAMES)
        last, last_latin = rng.choice(LAST_NAMES)
        request = {
            "kind": kind.value,
            "department_id": department,
            "subject": subject.format(**slots)[:200],
            "text": text,
            "name": f"{first} {last}",
            "mobile": rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**7):07d}",
            "email": f"{first_latin}.{last_latin}{rng.randint(1, 99)}@example.ir" if rng.random() < 0.4 else "",
            "national_id": national_id(rng) if rng.random() < 0.6 else "",
            "language": "en" if rng.random() < 0.03 else "fa",
            "status": status.value,
            "created_at": created,
            "updated_at": created,
            "due_at": created + datetime.timedelta(days=self.target_days[kind]),
        }
        events = [event(EventAction.SUBMITTED, created, RequestStatus.RECEIVED)]
        later = min(now, created + datetime.timedelta(days=self.target_days[kind] * rng.uniform(0.2, 1.4)))
        if status == RequestStatus.UNDER_REVIEW:
            events.append(
                event(EventAction.STATUS, min(now, created + datetime.timedelta(hours=rng.randint(2, 30))), status)
            )
        elif status == RequestStatus.VISIT_REQUESTED:
            request["visit_at"] = (now + datetime.timedelta(days=rng.randint(2, 12))).replace(
                hour=rng.randint(8, 12), minute=0, second=0, microsecond=0
            )
            request["visit_place"] = f"اداره تعاون، کار و رفاه اجتماعی شهرستان {slots['county']}، واحد پاسخگویی"
            request["visit_documents"] = "اصل کارت ملی\nمدارک پرونده"
            events.append(event(EventAction.ANSWERED, later, status, VISIT_ANSWER.format(**slots)))
        elif status in (RequestStatus.ANSWERED, RequestStatus.CLOSED):
            events.append(event(EventAction.ANSWERED, later, status, rng.choice(answers).format(**slots)))
            if status == RequestStatus.CLOSED and rng.random() < 0.45:
                request["rating"] = rng.choices(RATINGS, RATING_WEIGHTS)[0]
                request["rated_at"] = min(now, later + datetime.timedelta(days=rng.randint(0, 5)))
                if rng.random() < 0.3:
                    request["rating_comment"] = rng.choice(RATING_COMMENTS)
        request["updated_at"] = events[-1]["created_at"]
        if now - created > self.retention:
            anonymised = min(now, created + self.retention + datetime.timedelta(days=1))
            request.update(name="", mobile="", email="", national_id="", rating_comment="", text=REMOVED_TEXT)
            request["anonymised_at"] = request["updated_at"] = anonymised
            events.append(event(EventAction.ANONYMISED, anonymised))
        return request, events


def event(action, when, status="", public_text=""):
    """A row of a request's history (the request id is filled in once it is known)."""
    return {"action": action.value, "created_at": when, "status": str(status), "public_text": public_text}
