"""The calendar archive of news: month ranges and per-month counts computed in the DB.

Persian readers browse by Jalali month, English readers by Gregorian month, each matching the
dates printed on their pages. Jalali months do not line up with Gregorian ones, so a database
`TruncMonth` cannot group them. Instead one query labels each row with its month through a
`CASE` over the month ranges (in the site's time zone) and counts the rows per label; the number
of queries does not depend on the number of items.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Case, Count, IntegerField, Max, Min, Q, Value, When
from django.http import Http404
from django.utils import timezone
from django.utils.dates import MONTHS
from taggit.models import Tag

from home.language.dates import JALALI_MONTHS, jalali_month_range, local_date_time, to_jalali
from home.language.i18n import is_english
from home.language.text import persian_letters

# The years an archive address may name, in each calendar.
YEAR_LIMITS = {"jalali": (1300, 1500), "gregorian": (1900, 2100)}


def calendar(language=None):
    """The calendar of `language` (the active one when not given): Jalali on Persian pages,
    Gregorian elsewhere."""
    return "gregorian" if is_english(language) else "jalali"


@dataclass
class ArchiveMonth:
    year: int
    month: int
    count: int

    @property
    def name(self):
        return month_name(self.month)


@dataclass
class ArchiveYear:
    year: int
    count: int = 0
    months: list = field(default_factory=list)


def month_name(month):
    """The name of a month of the active language's calendar."""
    if calendar() == "jalali":
        return JALALI_MONTHS[month - 1]
    return str(MONTHS[month])


def valid_year_month(year, month=None, language=None):
    """Whether the year (and month) of the active calendar (`language`'s when given) can be an
    archive address."""
    low, high = YEAR_LIMITS[calendar(language)]
    if not low <= year <= high:
        return False
    return month is None or 1 <= month <= 12


def month_range(year, month):
    """The aware datetimes [start, end) of a month of the active calendar, in the site's time zone."""
    if calendar() == "jalali":
        return jalali_month_range(year, month)
    tz = timezone.get_current_timezone()
    start = datetime.datetime(year, month, 1, tzinfo=tz)
    end = (
        datetime.datetime(year + 1, 1, 1, tzinfo=tz)
        if month == 12
        else datetime.datetime(year, month + 1, 1, tzinfo=tz)
    )
    return start, end


def year_range(year):
    """The aware datetimes [start, end) of a year of the active calendar."""
    return month_range(year, 1)[0], month_range(year, 12)[1]


def year_month(value, language=None):
    """The (year, month) of a datetime in the active calendar (`language`'s when given), in the
    site's time zone."""
    if calendar(language) == "jalali":
        day = to_jalali(value)
    else:
        day, _time = local_date_time(value)
    return day.year, day.month


def month_counts(queryset, date_field="date"):
    """The archive tree of `queryset`: years newest first, each with its months and counts.

    Two queries: the date span, then one grouped count over a CASE of month ranges.
    """
    span = queryset.aggregate(first=Min(date_field), last=Max(date_field))
    if span["first"] is None:
        return []
    first, last = year_month(span["first"]), year_month(span["last"])
    whens = []
    year, month = first
    while (year, month) <= last:
        start, end = month_range(year, month)
        whens.append(When(Q(**{f"{date_field}__gte": start, f"{date_field}__lt": end}), then=Value(year * 100 + month)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    rows = (
        queryset.order_by()
        .annotate(archive_month=Case(*whens, default=Value(0), output_field=IntegerField()))
        .values("archive_month")
        .annotate(count=Count("pk"))
    )
    years = {}
    for row in rows:
        key = row["archive_month"]
        if not key:
            continue
        entry = years.setdefault(key // 100, ArchiveYear(key // 100))
        entry.months.append(ArchiveMonth(key // 100, key % 100, row["count"]))
        entry.count += row["count"]
    for entry in years.values():
        entry.months.sort(key=lambda m: m.month, reverse=True)
    return sorted(years.values(), key=lambda y: y.year, reverse=True)


def tag_by_slug(slug):
    """The tag of an archive or feed address, also when it was typed with an Arabic keyboard's
    «ي» or «ك» (`/news/tag/بيمه-بيكاري/`); Http404 when there is none."""
    for candidate in dict.fromkeys((slug, persian_letters(slug))):
        tag = Tag.objects.filter(slug=candidate).first()
        if tag is not None:
            return tag
    raise Http404
