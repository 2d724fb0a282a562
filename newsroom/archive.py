"""The Jalali calendar archive of news: month ranges and per-month counts computed in the DB.

Jalali months do not line up with Gregorian ones, so a database `TruncMonth` cannot group
them. Instead one query labels each row with its Jalali month through a `CASE` over the month
ranges (each from `home.dates.jalali_month_range`, in the site's time zone) and counts the
rows per label; the number of queries does not depend on the number of items.
"""

from dataclasses import dataclass, field

from django.db.models import Case, Count, IntegerField, Max, Min, Q, Value, When
from django.utils.translation import get_language

from home.dates import JALALI_MONTHS, jalali_month_range, to_jalali

# The Jalali month names as English readers know them (the archive stays Jalali in English).
JALALI_MONTHS_EN = (
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
)

MIN_YEAR = 1300
MAX_YEAR = 1500


@dataclass
class ArchiveMonth:
    year: int
    month: int
    count: int

    @property
    def name(self):
        return jalali_month_name(self.month)


@dataclass
class ArchiveYear:
    year: int
    count: int = 0
    months: list = field(default_factory=list)


def jalali_month_name(month):
    """The name of a Jalali month in the active language."""
    if (get_language() or "fa").startswith("fa"):
        return JALALI_MONTHS[month - 1]
    return JALALI_MONTHS_EN[month - 1]


def valid_year_month(year, month=None):
    """Whether the Jalali year (and month) can be an archive address."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return False
    return month is None or 1 <= month <= 12


def jalali_year_range(year):
    """The aware datetimes [start, end) of a Jalali year in the site's time zone."""
    return jalali_month_range(year, 1)[0], jalali_month_range(year, 12)[1]


def month_counts(queryset, date_field="date"):
    """The archive tree of `queryset`: years newest first, each with its months and counts.

    Two queries: the date span, then one grouped count over a CASE of month ranges.
    """
    span = queryset.aggregate(first=Min(date_field), last=Max(date_field))
    if span["first"] is None:
        return []
    first, last = to_jalali(span["first"]), to_jalali(span["last"])
    whens = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        start, end = jalali_month_range(year, month)
        whens.append(When(Q(**{f"{date_field}__gte": start, f"{date_field}__lt": end}), then=Value(year * 100 + month)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    rows = (
        queryset.order_by()
        .annotate(jalali_month=Case(*whens, default=Value(0), output_field=IntegerField()))
        .values("jalali_month")
        .annotate(count=Count("pk"))
    )
    years = {}
    for row in rows:
        key = row["jalali_month"]
        if not key:
            continue
        entry = years.setdefault(key // 100, ArchiveYear(key // 100))
        entry.months.append(ArchiveMonth(key // 100, key % 100, row["count"]))
        entry.count += row["count"]
    for entry in years.values():
        entry.months.sort(key=lambda m: m.month, reverse=True)
    return sorted(years.values(), key=lambda y: y.year, reverse=True)
