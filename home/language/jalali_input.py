"""Jalali date entry in the Wagtail admin.

Persian staff type and pick dates in the Solar Hijri calendar; English staff keep Wagtail's
Gregorian picker. The server is authoritative: whatever the browser sends (Persian, Arabic-Indic
or Latin digits, with or without the picker's help) is parsed here, refused with a Persian
message when it is no real Jalali date, and stored as the same aware datetime as before, in the
site's time zone (Asia/Tehran).

Three pieces, wired in by :func:`install` from ``HomeConfig.ready``:

* ``JalaliDateField`` / ``JalaliDateTimeField``, the form fields of every model ``DateField`` and
  ``DateTimeField`` in Wagtail's admin forms (pages, snippets, settings, the schedule dialog),
  through Wagtail's ``register_form_field_override``, so new fields get them without a line.
* Wagtail's own ``AdminDateInput`` and ``AdminDateTimeInput`` learn to show and read Jalali
  text for Persian users. Wagtail builds these widgets itself in many places a form field
  override cannot reach (the schedule dialog, the date-range filters of listings, history and
  reports), so the two methods that turn values into text and back are extended in place; the
  widgets' templates are overridden the usual way (``templates/wagtailadmin/widgets/``), and
  the picker is the vendored ``@majidh1/jalalidatepicker`` (static/vendor/jalalidatepicker/).
* A plausible-year check for both calendars, so ``1405-09-25`` typed into an English form is
  refused instead of becoming the year 1405 AD.
"""

import datetime
import re

import jdatetime
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.utils import from_current_timezone
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.language.dates import JALALI_MONTHS
from home.language.numbers import visible_digits
from home.language.text import to_persian_digits

# The years an editor can mean: laws of the 1300s to schedules decades ahead.
JALALI_YEARS = (1300, 1499)
GREGORIAN_YEARS = (1921, 2120)

_DATE_TIME = re.compile(
    r"(?P<year>\d{4})\s*[/\-.]\s*(?P<month>\d{1,2})\s*[/\-.]\s*(?P<day>\d{1,2})"
    r"(?:(?:\s+|\s*[Tt،,]\s*)(?P<hour>\d{1,2})\s*:\s*(?P<minute>\d{2})(?:\s*:\s*(?P<second>\d{2}))?)?"
)


def jalali_active():
    """True when the active language (the staff member's admin language) is Persian."""
    return (get_language() or "fa")[:2] == "fa"


def _year_range_error(calendar_years, jalali):
    low, high = calendar_years
    if jalali:
        message = _(
            "Enter the year in the Jalali (Solar Hijri) calendar, between %(low)s and %(high)s, "
            "for example %(example)s."
        )
        return ValidationError(
            message,
            code="year_range",
            params={
                "low": to_persian_digits(str(low)),
                "high": to_persian_digits(str(high)),
                "example": to_persian_digits(_today_example()),
            },
        )
    return ValidationError(
        _("Enter a year between %(low)s and %(high)s."), code="year_range", params={"low": low, "high": high}
    )


def _today_example():
    today = jdatetime.date.fromgregorian(date=timezone.localdate())
    return f"{today.year}/{today.month:02d}/{today.day:02d}"


def parse_jalali(text, with_time):
    """Parse Jalali text («۱۴۰۵/۰۹/۲۵ ۱۴:۳۰», «1405-9-25») into a Gregorian date or naive datetime.

    Raises ValidationError with a Persian message naming what is wrong: the shape, the year,
    the month, or a day the month does not have (31 Mehr; 30 Esfand outside a leap year).
    """
    match = _DATE_TIME.fullmatch(visible_digits(str(text)))
    if match is None or (match["hour"] is not None and not with_time):
        example = _today_example() + (" 14:30" if with_time else "")
        raise ValidationError(
            _("Enter a Jalali date such as %(example)s."),
            code="invalid",
            params={"example": to_persian_digits(example)},
        )
    year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    if not JALALI_YEARS[0] <= year <= JALALI_YEARS[1]:
        raise _year_range_error(JALALI_YEARS, jalali=True)
    if not 1 <= month <= 12:
        raise ValidationError(_("A Jalali month is a number from 1 to 12."), code="invalid_month")
    days_in_month = 31 if month <= 6 else 30 if month <= 11 else 30 if jdatetime.date(year, 1, 1).isleap() else 29
    if not 1 <= day <= days_in_month:
        raise ValidationError(
            _("%(month)s %(year)s has %(days)s days; there is no day %(day)s."),
            code="invalid_day",
            params={
                "month": JALALI_MONTHS[month - 1],
                "year": to_persian_digits(str(year)),
                "days": to_persian_digits(str(days_in_month)),
                "day": to_persian_digits(str(day)),
            },
        )
    gregorian = jdatetime.date(year, month, day).togregorian()
    if not with_time:
        return gregorian
    hour, minute, second = int(match["hour"] or 0), int(match["minute"] or 0), int(match["second"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError(_("Enter a time between 00:00 and 23:59."), code="invalid_time")
    return datetime.datetime.combine(gregorian, datetime.time(hour, minute, second))


def format_jalali_input(value, with_time):
    """The text a Jalali input shows for a date or datetime: «۱۴۰۵/۰۹/۲۵ ۱۴:۳۰», local time."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        day, time = value.date(), value.time()
    else:
        day, time = value, None
    jalali = jdatetime.date.fromgregorian(date=day)
    text = f"{jalali.year}/{jalali.month:02d}/{jalali.day:02d}"
    if with_time:
        time = time or datetime.time(0, 0)
        text += f" {time.hour:02d}:{time.minute:02d}"
    return to_persian_digits(text)


def check_year(value):
    """Refuse a parsed date whose year no editor can mean (1405 AD typed for 1405 SH)."""
    if value is None:
        return value
    year = value.year
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        year = timezone.localtime(value).year
    if not GREGORIAN_YEARS[0] <= year <= GREGORIAN_YEARS[1]:
        if jalali_active():
            raise _year_range_error(JALALI_YEARS, jalali=True)
        raise _year_range_error(GREGORIAN_YEARS, jalali=False)
    return value


def _gregorian_text(value):
    """Gregorian text in ASCII digits for Django's parsing, which reads no other: «۲۰۲۶-۱۲-۰۱»
    typed on a Persian keyboard into an English form is 2026-12-01 (`visible_digits`: the digits
    of any script, no invisible mark from copy-and-paste)."""
    return visible_digits(value) if isinstance(value, str) else value


class JalaliDateField(forms.DateField):
    """A date field that reads Jalali text for Persian users and refuses implausible years."""

    def to_python(self, value):
        if isinstance(value, str) and value.strip() and jalali_active():
            return check_year(parse_jalali(value, with_time=False))
        return check_year(super().to_python(_gregorian_text(value)))


class JalaliDateTimeField(forms.DateTimeField):
    """A date-time field that reads Jalali text for Persian users and refuses implausible years.

    The naive value is taken in the current time zone (Asia/Tehran), exactly as Django's own
    field does, so what is stored is the same aware datetime as before.
    """

    def to_python(self, value):
        if isinstance(value, str) and value.strip() and jalali_active():
            return check_year(from_current_timezone(parse_jalali(value, with_time=True)))
        return check_year(super().to_python(_gregorian_text(value)))


def date_example(with_time):
    """Today as a reader of the active language types it: «۱۴۰۵/۰۹/۱۶» (Jalali, Persian digits) or
    "2026-12-07"; `with_time` adds 14:30."""
    if jalali_active():
        return to_persian_digits(_today_example() + (" 14:30" if with_time else ""))
    return timezone.localdate().isoformat() + (" 14:30" if with_time else "")


class CitizenDateMixin:
    """A date box on the public site: digits read left to right, a value shown in the reader's
    calendar (`format_jalali_input` for Persian), no browser picker (`type="date"` knows no Jalali)."""

    with_time = False

    def __init__(self, attrs=None):
        super().__init__(attrs={"dir": "ltr", "autocomplete": "off", **(attrs or {})})

    def format_value(self, value):
        if jalali_active() and isinstance(value, datetime.date):
            return format_jalali_input(value, self.with_time)
        return super().format_value(value)


class CitizenDateInput(CitizenDateMixin, forms.DateInput):
    pass


class CitizenDateTimeInput(CitizenDateMixin, forms.DateTimeInput):
    with_time = True


def _jalali_value_from_datadict(original, with_time):
    def value_from_datadict(self, data, files, name):
        value = original(self, data, files, name)
        if not isinstance(value, str) or not value.strip() or not jalali_active():
            return value
        try:
            return parse_jalali(value, with_time=with_time)
        except ValidationError:
            # Hand the text on unchanged: a Jalali field explains what is wrong with it,
            # any other date field refuses it as an invalid date.
            return value

    return value_from_datadict


def _jalali_format_value(original, with_time):
    def format_value(self, value):
        if jalali_active() and isinstance(value, datetime.date):
            return format_jalali_input(value, with_time)
        if jalali_active() and isinstance(value, str):
            # Refused text comes back as typed, in the Persian digits of the fields around it
            # (the picker's script sends Latin digits whatever the field showed).
            return to_persian_digits(value)
        return original(self, value)

    return format_value


# What an empty date box shows: the shape to type, never a date (a realistic date in grey read
# as a value, and staff took an empty deadline for a set one). The Persian hint is laid out like
# the left-to-right digits typed under it (year at the left). Chromium lays a placeholder out by
# its first strong letter, so the hint opens with a left-to-right mark, and each word is closed
# with one so the bidi algorithm does not turn «سال/ماه/روز» around.
_LRM = "\u200e"
FORMAT_HINTS = {
    (True, False): f"{_LRM}سال{_LRM}/ماه{_LRM}/روز",
    (True, True): f"{_LRM}سال{_LRM}/ماه{_LRM}/روز{_LRM} ساعت{_LRM}:دقیقه",
    (False, False): "YYYY-MM-DD",
    (False, True): "YYYY-MM-DD HH:MM",
}


def _format_hint_context(original, with_time):
    def get_context(self, name, value, attrs):
        context = original(self, name, value, attrs)
        context["widget"]["attrs"].setdefault("placeholder", FORMAT_HINTS[jalali_active(), with_time])
        return context

    return get_context


def install():
    """Make Wagtail's admin date entry Jalali-aware (called once from HomeConfig.ready)."""
    from wagtail.admin.forms.models import register_form_field_override
    from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

    if getattr(AdminDateInput, "jalali_aware", False):
        return
    for widget_class, with_time in ((AdminDateInput, False), (AdminDateTimeInput, True)):
        widget_class.value_from_datadict = _jalali_value_from_datadict(widget_class.value_from_datadict, with_time)
        widget_class.format_value = _jalali_format_value(widget_class.format_value, with_time)
        widget_class.get_context = _format_hint_context(widget_class.get_context, with_time)
        widget_class.jalali_aware = True

    register_form_field_override(models.DateField, override={"form_class": JalaliDateField, "widget": AdminDateInput})
    register_form_field_override(
        models.DateTimeField, override={"form_class": JalaliDateTimeField, "widget": AdminDateTimeInput}
    )
