"""The demo's outage notice names its date and stays on the board until the outage is over: it
said «پنجشنبه از ساعت ۱ تا ۵» with no date, and was shown from a day before seeding to three days
after, so it could expire before its Thursday."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from home.language.dates import format_date
from newsroom.demo.content import OUTAGE_NOTICE
from newsroom.demo.seeder import outage_window
from newsroom.models import NoticePage


@pytest.mark.parametrize("days_later", range(7))
def test_the_outage_is_on_a_thursday_ahead_and_the_notice_is_shown_until_it_ends(days_later):
    now = timezone.now() + datetime.timedelta(days=days_later)
    shown_from, start, end = outage_window(now)
    today = timezone.localtime(now).date()
    assert start.weekday() == 3 and (start.date() - today).days >= 2
    assert (start.hour, end.hour) == OUTAGE_NOTICE["hours"] and start.date() == end.date()
    assert shown_from <= now < start < end


@pytest.mark.django_db
def test_the_seeded_notice_names_the_date_it_is_shown_until():
    for language in ("fa", "en"):
        notice = NoticePage.objects.get(slug=OUTAGE_NOTICE["slug"], locale__language_code=language)
        day = format_date(notice.expires_at, language, with_weekday=True)
        assert day in notice.summary, (language, notice.summary)
        assert notice.starts_at < notice.expires_at
    fa = NoticePage.objects.get(slug=OUTAGE_NOTICE["slug"], locale__language_code="fa")
    assert "پنج‌شنبه" in fa.summary and "۰۱:۰۰" in fa.summary and not re.search("[0-9]", fa.summary)


@pytest.mark.django_db
def test_seeding_again_dates_the_notice_a_database_seeded_earlier_holds(client):
    notice = NoticePage.objects.get(slug=OUTAGE_NOTICE["slug"], locale__language_code="fa")
    english = NoticePage.objects.get(slug=OUTAGE_NOTICE["slug"], locale__language_code="en")
    now = timezone.now()
    for page, summary in (
        (notice, "سامانه‌های الکترونیک اداره کل در بامداد روز پنجشنبه از ساعت ۱ تا ۵ برای به‌روزرسانی در دسترس نیستند."),
        (english, "The directorate's electronic services are unavailable on Thursday from 01:00 to 05:00."),
    ):
        # As the earlier seeder left it: no date, shown from a day before to three days after.
        page.summary = summary
        page.starts_at = now - datetime.timedelta(days=1)
        page.expires_at = now + datetime.timedelta(days=3)
        page.save_revision().publish()

    call_command("seed_newsroom", stdout=io.StringIO())

    _shown_from, start, end = outage_window(timezone.now())
    for language in ("fa", "en"):
        page = NoticePage.objects.get(slug=OUTAGE_NOTICE["slug"], locale__language_code=language)
        assert format_date(start, language, with_weekday=True) in page.summary
        assert page.expires_at == end and not page.has_unpublished_changes
    html = client.get("/notices/system-maintenance-window/").content.decode()
    assert format_date(start, "fa", with_weekday=True) in html
