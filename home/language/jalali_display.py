"""Jalali dates wherever the Wagtail admin shows one to Persian staff.

Wagtail and Django print dates in many ways: the ``date`` filter with a named format
(``DATETIME_FORMAT`` in tooltips, lock notices), a datetime printed as is (the scheduled
go-live in the status panel), ``render_timestamp`` in messages and revision lists, the
active-filter pills. All of them end in ``django.utils.dateformat.format``. Rather than
overriding dozens of Wagtail templates, that one function is taught the Jalali calendar, for
admin requests of Persian staff only, and only for formats meant for people (a named locale
format or one with a month name): ``c``, ``Y-m-d`` and other machine formats stay Gregorian,
and so does everything on the public site, which has its own Jalali filters.
"""

import contextvars
import datetime
import functools

import jdatetime
from django.utils import dateformat, formats, timezone
from django.utils.formats import get_format

from home.language.dates import JALALI_MONTHS, JALALI_WEEKDAYS
from home.language.jalali_input import jalali_active
from home.language.text import to_persian_digits

_MONTH_NAME_CHARS = set("FNMEb")
_HUMAN_NAMED_FORMATS = (
    "DATE_FORMAT",
    "DATETIME_FORMAT",
    "SHORT_DATE_FORMAT",
    "SHORT_DATETIME_FORMAT",
    "MONTH_DAY_FORMAT",
    "YEAR_MONTH_FORMAT",
)

_in_admin = contextvars.ContextVar("jalali_admin_dates", default=False)


def _unescaped_chars(format_string):
    escaped = False
    for char in format_string:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            yield char


@functools.cache
def _persian_named_formats():
    return frozenset(get_format(name, lang="fa") for name in _HUMAN_NAMED_FORMATS)


def is_human_format(format_string):
    """A format meant for people: one of Persian's named formats, or one naming the month."""
    if format_string in _persian_named_formats():
        return True
    return any(char in _MONTH_NAME_CHARS for char in _unescaped_chars(format_string))


def jalali_format(value, format_string):
    """Format a date or datetime with a Django format string, in the Jalali calendar.

    Date parts (day, month, year, weekday) come from the Jalali date of the local day; time
    parts are Django's own; digits are Persian.
    """
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    day = value.date() if isinstance(value, datetime.datetime) else value
    jalali = jdatetime.date.fromgregorian(date=day)
    parts = []
    escaped = False
    for char in format_string:
        if escaped:
            parts.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "j":
            parts.append(str(jalali.day))
        elif char == "d":
            parts.append(f"{jalali.day:02d}")
        elif char == "n":
            parts.append(str(jalali.month))
        elif char == "m":
            parts.append(f"{jalali.month:02d}")
        elif char in _MONTH_NAME_CHARS:
            parts.append(JALALI_MONTHS[jalali.month - 1])
        elif char == "Y":
            parts.append(str(jalali.year))
        elif char == "y":
            parts.append(f"{jalali.year % 100:02d}")
        elif char in "lD":
            parts.append(JALALI_WEEKDAYS[jalali.weekday()])
        elif char.isalpha():
            parts.append(_django_format(value, char) if isinstance(value, datetime.datetime) else "")
        else:
            parts.append(char)
    return to_persian_digits("".join(parts))


_django_format = dateformat.format


def _format(value, format_string):
    if _in_admin.get() and isinstance(value, datetime.date) and jalali_active() and is_human_format(format_string):
        return jalali_format(value, format_string)
    return _django_format(value, format_string)


def admin_date_text(value):
    """A date, date-time or time as the admin prints one to this staff member: their language's
    named format (DATE_FORMAT, DATETIME_FORMAT, TIME_FORMAT), a date-time in the site's time zone.
    Persian staff read the Jalali date with Persian digits («۱۳ آذر ۱۴۰۵، ساعت ۱۱:۰۰», as the
    status panel and the history's tooltips print it), English staff Django's "Dec. 4, 2026,
    11 a.m.". For a value Wagtail prints with `str()` (the revision comparison), not a template."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        name = "DATETIME_FORMAT"
    elif isinstance(value, datetime.date):
        name = "DATE_FORMAT"
    else:
        text = formats.time_format(value, "TIME_FORMAT")
        return to_persian_digits(text) if jalali_active() else text
    if jalali_active():
        return jalali_format(value, get_format(name))
    return formats.date_format(value, name)


def _persian_in_admin():
    return _in_admin.get() and jalali_active()


def _admin_digits(func):
    """`func`, whose text shows Persian digits on admin pages of Persian staff."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        text = func(*args, **kwargs)
        return to_persian_digits(text) if _persian_in_admin() and isinstance(text, str) else text

    wrapper.persian_digits = True
    return wrapper


def _one_unit_timesince(original):
    """Django's `timesince` as Wagtail's tags mean it, one unit ("3 روز"), for Persian staff.

    Wagtail keeps the first unit by splitting at ",", but Persian joins units with "،", so
    "۳ روز، ۲ ساعت" would stay whole: Django's `depth` gives the one unit directly. Digits
    are left to the tags, which compare the text with "0 minutes" to say "just now".
    """

    @functools.wraps(original)
    def timesince(*args, **kwargs):
        if _persian_in_admin():
            kwargs.setdefault("depth", 1)
        return original(*args, **kwargs)

    timesince.persian_digits = True
    return timesince


# Stands in for the user's name while the digits of a "… by <user>" text are converted, so
# that a name such as "editor2" keeps its own digits.
_NAME_MARK = "\ue000"


def _timesince_last_update(original):
    @functools.wraps(original)
    def timesince_last_update(last_update, show_time_prefix=False, user_display_name="", use_shorthand=True):
        if not _persian_in_admin():
            return original(last_update, show_time_prefix, user_display_name, use_shorthand)
        text = original(last_update, show_time_prefix, _NAME_MARK if user_display_name else "", use_shorthand)
        # The name is isolated (FSI … PDI): a Latin "editor-cooperatives" inside the Persian
        # sentence would otherwise lose its hyphen to the line's end.
        return to_persian_digits(text).replace(_NAME_MARK, f"\u2068{user_display_name}\u2069")

    timesince_last_update.persian_digits = True
    return timesince_last_update


def install_relative_times():
    """Persian digits in the admin's relative times ("۳ روز پیش", "ساعت ۱۴:۳۰ به دست …").

    Wagtail prints them with Django's `timesince` (its `timesince_simple` filter, used by
    `human_readable_date` in listings, the dashboard and history, and the
    `timesince_last_update` tag of the status panel) and Django's `naturaltime` (workflow
    history). Both count with `%d`, so their digits are Latin whatever the language; the
    time of an edit made today is `strftime("%H:%M")`. Wagtail looks these names up in its
    tag module when it runs, so they are replaced there and in its tag library: the
    filters and the tag give Persian digits, `timesince` one unit.
    """
    from wagtail.admin.templatetags import wagtailadmin_tags as tags

    if getattr(tags.timesince, "persian_digits", False):
        return
    tags.timesince = _one_unit_timesince(tags.timesince)
    for name in ("naturaltime", "timesince_simple"):
        setattr(tags, name, _admin_digits(getattr(tags, name)))
        tags.register.filters[name] = getattr(tags, name)
    tags.timesince_last_update = _timesince_last_update(tags.timesince_last_update)
    tags.register.simple_tag(tags.timesince_last_update, name="timesince_last_update")


def install_translation_comment_dates():
    """Jalali dates in wagtail-localize's editor ("ترجمه دستی در ۱۱ آذر ۱۴۰۵").

    `StringTranslation.get_comment` prints its date with `strftime("%-d %B %Y")`, an English
    Gregorian date whatever the language; for Persian staff that date is swapped for the
    Jalali one.
    """
    from wagtail_localize.compat import DATE_FORMAT
    from wagtail_localize.models import StringTranslation

    original = StringTranslation.get_comment
    if getattr(original, "persian_digits", False):
        return

    @functools.wraps(original)
    def get_comment(self):
        comment = original(self)
        if comment and _persian_in_admin():
            comment = comment.replace(self.updated_at.strftime(DATE_FORMAT), jalali_format(self.updated_at, "j F Y"))
        return comment

    get_comment.persian_digits = True
    StringTranslation.get_comment = get_comment


def install():
    """Route Django's date formatting through the Jalali-aware one (from HomeConfig.ready)."""
    if dateformat.format is not _format:
        dateformat.format = _format
    install_relative_times()
    install_translation_comment_dates()


class AdminJalaliDatesMiddleware:
    """Mark admin requests, so their dates are printed in Jalali for Persian staff."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/admin/"):
            return self.get_response(request)
        token = _in_admin.set(True)
        try:
            return self.get_response(request)
        finally:
            _in_admin.reset(token)


def jalali_export_text(value):
    """A date or datetime as sortable Jalali text for a spreadsheet: «1405/09/11 03:16»."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        jalali = jdatetime.date.fromgregorian(date=value.date())
        return f"{jalali.year}/{jalali.month:02d}/{jalali.day:02d} {value:%H:%M}"
    jalali = jdatetime.date.fromgregorian(date=value)
    return f"{jalali.year}/{jalali.month:02d}/{jalali.day:02d}"


class JalaliExportMixin:
    """For Wagtail's spreadsheet exports (SpreadsheetExportMixin): Persian staff get Jalali dates.

    Latin digits and zero padding keep the column sortable and filterable in a spreadsheet;
    English staff keep Wagtail's Gregorian values. The language is read when the view starts,
    because a CSV export is streamed after the view has returned.
    """

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.export_in_jalali = jalali_active()

    def get_preprocess_function(self, field, value, export_format):
        if (
            getattr(self, "export_in_jalali", False)
            and isinstance(value, datetime.date)
            and field not in self.custom_field_preprocess
        ):
            return jalali_export_text
        return super().get_preprocess_function(field, value, export_format)
