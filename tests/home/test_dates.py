"""One filter shows Jalali dates with Persian digits on Persian pages, Gregorian on English."""

import datetime
from zoneinfo import ZoneInfo

from django.template import Context, Template
from django.utils import translation

from home.language.dates import format_date, jalali_month_range

UTC = ZoneInfo("UTC")
TEHRAN = ZoneInfo("Asia/Tehran")


def render(value, arg=None):
    filter_expr = "value|jdate" if arg is None else f'value|jdate:"{arg}"'
    return Template("{% load portal_tags %}{{ " + filter_expr + " }}").render(Context({"value": value}))


def test_persian_date_has_jalali_month_and_persian_digits():
    with translation.override("fa"):
        assert render(datetime.date(2026, 11, 24)) == "۳ آذر ۱۴۰۵"


def test_english_date_is_gregorian():
    with translation.override("en"):
        assert render(datetime.date(2026, 11, 24)) == "24 November 2026"


def test_datetime_is_localised_to_tehran_before_conversion():
    # 21:00 UTC on 24 November is 00:30 on 25 November in Tehran: the next Jalali day.
    moment = datetime.datetime(2026, 11, 24, 21, 0, tzinfo=UTC)
    with translation.override("fa"):
        assert render(moment) == "۴ آذر ۱۴۰۵"
        assert render(moment, "time") == "۴ آذر ۱۴۰۵، ساعت ۰۰:۳۰"
    with translation.override("en"):
        assert render(moment) == "25 November 2026"


def test_nowruz_boundary():
    # 1 Farvardin 1405 is 21 March 2026.
    assert format_date(datetime.date(2026, 3, 21), "fa") == "۱ فروردین ۱۴۰۵"
    assert format_date(datetime.date(2026, 3, 20), "fa") == "۲۹ اسفند ۱۴۰۴"


def test_empty_value_renders_nothing():
    assert render(None) == ""


def test_jalali_month_range_is_in_tehran_time():
    start, end = jalali_month_range(1405, 9)
    assert start == datetime.datetime(2026, 11, 22, tzinfo=TEHRAN)
    assert end == datetime.datetime(2026, 12, 22, tzinfo=TEHRAN)
    start, end = jalali_month_range(1404, 12)
    assert end == datetime.datetime(2026, 3, 21, tzinfo=TEHRAN)


def test_a_date_people_must_act_on_names_its_weekday():
    # 10 December 2026, 01:00 in Tehran (the evening before in UTC) is a Thursday, 19 Azar 1405.
    outage = datetime.datetime(2026, 12, 9, 21, 30, tzinfo=UTC)
    assert format_date(outage, "fa", with_weekday=True) == "پنج‌شنبه ۱۹ آذر ۱۴۰۵"
    assert format_date(outage, "en", with_weekday=True) == "Thursday 10 December 2026"
    assert format_date(datetime.date(2026, 12, 12), "fa", with_weekday=True) == "شنبه ۲۱ آذر ۱۴۰۵"
