"""Working days of the directorate: not a weekend day (Friday; Thursday too when
settings.OFFICE_CLOSED_ON_THURSDAY), not one of Iran's official holidays (from the `holidays`
package, country IR), not an extra closure editors added (`OfficeClosure`, e.g. a Tehran
air-pollution closure).

Dates are the site's local dates (Asia/Tehran); an answer-by date is the end of the N-th
working day after the day a request arrived.
"""

import datetime
import functools

import holidays
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .closures import OfficeClosure

FRIDAY = 4
THURSDAY = 3


def weekend_days():
    days = {FRIDAY}
    if getattr(settings, "OFFICE_CLOSED_ON_THURSDAY", False):
        days.add(THURSDAY)
    return days


@functools.lru_cache(maxsize=32)
def official_holidays(year, language="fa_IR"):
    """{date: name} of Iran's official holidays in a Gregorian year (Persian names unless
    `language` is "en_US")."""
    return dict(holidays.country_holidays("IR", years=year, language=language))


def closures(start, end):
    """Extra closure dates between start and end (inclusive), from the editors' list."""
    return set(OfficeClosure.objects.filter(date__range=(start, end)).values_list("date", flat=True))


class Calendar:
    """The working-day calendar for a range of dates, read from the database once."""

    def __init__(self, start, end):
        self.closed = closures(start, end)
        self.weekend = weekend_days()

    def is_working_day(self, day):
        return day.weekday() not in self.weekend and day not in official_holidays(day.year) and day not in self.closed


WEEKDAY_NAMES = {THURSDAY: _("Thursday"), FRIDAY: _("Friday")}


def why_closed(day):
    """Why the office is closed on the local date `day`, in the active language: the weekend
    day's name, the official holiday's name or the reason an editor gave; "" on a working day."""
    if day.weekday() in weekend_days():
        return str(WEEKDAY_NAMES[day.weekday()])
    language = "fa_IR" if (get_language() or "fa")[:2] == "fa" else "en_US"
    holiday = official_holidays(day.year, language).get(day)
    if holiday:
        return holiday
    closure = OfficeClosure.objects.filter(date=day).first()
    return closure.reason if closure else ""


def local_day(value):
    return timezone.localtime(value).date() if isinstance(value, datetime.datetime) else value


def end_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(23, 59, 59)))


def add_working_days(start, days, calendar=None):
    """The end (23:59:59 local) of the `days`-th working day after `start`'s local date."""
    day = local_day(start)
    # Generous range: even a month of closures leaves room.
    calendar = calendar or Calendar(day, day + datetime.timedelta(days=days * 3 + 60))
    counted = 0
    while counted < days:
        day += datetime.timedelta(days=1)
        if calendar.is_working_day(day):
            counted += 1
    return end_of_day(day)


def working_days_between(start, end, calendar=None):
    """Working days after `start`'s local date up to and including `end`'s (0 when end ≤ start)."""
    first, last = local_day(start), local_day(end)
    if last <= first:
        return 0
    calendar = calendar or Calendar(first, last)
    return sum(
        1
        for offset in range(1, (last - first).days + 1)
        if calendar.is_working_day(first + datetime.timedelta(days=offset))
    )
