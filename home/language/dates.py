"""Dates as readers expect them: Jalali with Persian digits on the Persian site, Gregorian
on the English one, always in the site's time zone (Asia/Tehran)."""

import datetime

import jdatetime
from django.utils import timezone
from django.utils.translation import get_language

from home.language.text import to_persian_digits

JALALI_MONTHS = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
# Jalali weeks start on Saturday: jdatetime's weekday() 0 is Saturday.
JALALI_WEEKDAYS = ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه")
# Python's weekday() 0 is Monday.
GREGORIAN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
GREGORIAN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def local_date_time(value):
    """Return (date, time or None) in the site's time zone for a date or datetime."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date(), value.time()
    return value, None


def to_jalali(value):
    """The Jalali date of a date or datetime, localised to the site's time zone first."""
    day, _time = local_date_time(value)
    return jdatetime.date.fromgregorian(date=day)


def format_date(value, language=None, with_time=False, with_weekday=False):
    """Format a date for display in the given (or active) language.

    Persian: «۳ آذر ۱۴۰۵» (and «، ساعت ۱۴:۳۰» with time); English: «24 November 2026». With the
    weekday (a date people must act on, such as an outage's): «سه‌شنبه ۳ آذر ۱۴۰۵»,
    «Tuesday 24 November 2026».
    """
    if value in (None, ""):
        return ""
    language = (language or get_language() or "fa")[:2]
    day, time = local_date_time(value)
    if language == "fa":
        jd = jdatetime.date.fromgregorian(date=day)
        text = f"{jd.day} {JALALI_MONTHS[jd.month - 1]} {jd.year}"
        if with_weekday:
            text = f"{JALALI_WEEKDAYS[jd.weekday()]} {text}"
        if with_time and time is not None:
            text += f"، ساعت {time:%H:%M}"
        return to_persian_digits(text)
    text = f"{day.day} {GREGORIAN_MONTHS[day.month - 1]} {day.year}"
    if with_weekday:
        text = f"{GREGORIAN_WEEKDAYS[day.weekday()]} {text}"
    if with_time and time is not None:
        text += f", {time:%H:%M}"
    return text


def jalali_month_range(year, month):
    """The aware datetimes [start, end) of a Jalali month in the site's time zone."""
    start = jdatetime.date(year, month, 1).togregorian()
    if month == 12:
        end = jdatetime.date(year + 1, 1, 1).togregorian()
    else:
        end = jdatetime.date(year, month + 1, 1).togregorian()
    tz = timezone.get_current_timezone()
    return (
        datetime.datetime.combine(start, datetime.time.min, tzinfo=tz),
        datetime.datetime.combine(end, datetime.time.min, tzinfo=tz),
    )
