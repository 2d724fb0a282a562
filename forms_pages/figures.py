"""Public figures of the requests desk (/contact/figures/): counts only, no personal data.

For the last 90 days and the last year: per department, requests received, the median number
of working days to a first answer and the share answered by the due date; per kind, volumes.
The figures are cached under a key that changes whenever a request or its history changes.
"""

import datetime
import statistics

from django.core.cache import cache
from django.db.models import Count, Max, Min, OuterRef, Subquery
from django.utils import timezone

from home.models import Department

from .choices import RequestKind
from .models import CitizenRequest, RequestEvent
from .models.working_days import Calendar, working_days_between

PERIODS = (("90", 90), ("365", 365))


def _signature():
    requests = CitizenRequest.objects.aggregate(changed=Max("updated_at"), count=Count("id"))
    events = RequestEvent.objects.aggregate(last=Max("id"))
    changed = requests["changed"].timestamp() if requests["changed"] else 0
    return f"{changed}:{requests['count']}:{events['last']}"


def _period_figures(since, now):
    first_answer = (
        RequestEvent.objects.filter(request=OuterRef("pk"))
        .exclude(public_text="")
        .values("request")
        .annotate(first=Min("created_at"))
        .values("first")
    )
    rows = list(
        CitizenRequest.objects.filter(created_at__gte=since)
        .annotate(first_answer_at=Subquery(first_answer))
        .values("department_id", "kind", "created_at", "due_at", "first_answer_at")
    )
    calendar = Calendar(timezone.localtime(since).date(), timezone.localdate(now) + datetime.timedelta(days=1))
    by_department = {}
    for row in rows:
        figures = by_department.setdefault(row["department_id"], {"received": 0, "days": [], "on_time": 0, "judged": 0})
        figures["received"] += 1
        answered = row["first_answer_at"]
        if answered is not None:
            figures["days"].append(working_days_between(row["created_at"], answered, calendar=calendar))
        # Judged once answered or once the due date passed unanswered.
        if answered is not None or (row["due_at"] and row["due_at"] < now):
            figures["judged"] += 1
            if answered is not None and row["due_at"] and answered <= row["due_at"]:
                figures["on_time"] += 1
    departments = []
    for department in Department.objects.filter(pk__in=by_department):
        figures = by_department[department.pk]
        departments.append(
            {
                "department": department,
                "received": figures["received"],
                "median_days": statistics.median(figures["days"]) if figures["days"] else None,
                "on_time_percent": round(100 * figures["on_time"] / figures["judged"]) if figures["judged"] else None,
            }
        )
    kinds = dict(
        CitizenRequest.objects.filter(created_at__gte=since).values_list("kind").annotate(n=Count("id")).order_by()
    )
    return {
        "departments": departments,
        "kinds": [{"kind": label, "count": kinds.get(value, 0)} for value, label in RequestKind.choices],
        "total": len(rows),
        "answered": sum(1 for row in rows if row["first_answer_at"] is not None),
    }


def desk_figures(now=None):
    """{"90": figures, "365": figures} for the public page, cached until requests change."""
    now = now or timezone.now()
    key = f"forms_pages:figures:{timezone.localdate(now)}:{_signature()}"
    figures = cache.get(key)
    if figures is None:
        figures = {name: _period_figures(now - datetime.timedelta(days=days), now) for name, days in PERIODS}
        cache.set(key, figures, 60 * 60 * 24)
    return figures
