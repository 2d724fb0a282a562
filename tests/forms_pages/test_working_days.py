"""Answer-by dates in working days: Fridays (and optionally Thursdays), Iran's official
holidays, editors' extra closures; the clock pauses while the directorate waits for the applicant."""

import datetime
import subprocess

import pytest
from django.test import Client
from django.utils import timezone

from forms_pages.choices import RequestStatus
from forms_pages.models import CitizenRequest, OfficeClosure, ResponseTarget
from forms_pages.models.working_days import add_working_days, official_holidays, working_days_between
from home.language.dates import format_date
from tests.soup import soup

pytestmark = pytest.mark.django_db


def tehran(year, month, day, hour=10):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, 0))


def test_fridays_are_skipped_and_thursday_is_configurable(settings):
    wednesday = tehran(2026, 12, 2)
    assert add_working_days(wednesday, 3).date() == datetime.date(2026, 12, 6)  # Thu, (Fri), Sat, Sun
    assert timezone.localtime(add_working_days(wednesday, 3)).time() == datetime.time(23, 59, 59)
    settings.OFFICE_CLOSED_ON_THURSDAY = True
    assert add_working_days(wednesday, 3).date() == datetime.date(2026, 12, 7)  # Sat, Sun, Mon


def test_official_holidays_come_from_the_holidays_package_in_persian():
    holidays_2026 = official_holidays(2026)
    assert "پیروزی انقلاب اسلامی" in holidays_2026[datetime.date(2026, 2, 11)]
    assert len(holidays_2026) > 20
    # Tuesday 10 February 2026 + 1 working day: Wednesday the 11th is a holiday, so Thursday.
    assert add_working_days(tehran(2026, 2, 10), 1).date() == datetime.date(2026, 2, 12)
    assert working_days_between(tehran(2026, 2, 10), tehran(2026, 2, 14)) == 2  # Thu 12, Sat 14


def make_request(departments, kind="question", created_at=None, status=RequestStatus.RECEIVED):
    return CitizenRequest.objects.create(
        kind=kind,
        department=departments[1],
        subject="پرسش درباره بیمه",
        text="متن درخواست برای آزمون روزهای کاری",
        name="مریم احمدی",
        mobile="09123456789",
        created_at=created_at or timezone.now(),
        status=status,
    )


def test_an_added_closure_moves_the_due_dates_of_open_requests_only(departments):
    ResponseTarget.objects.update_or_create(kind="question", department=None, defaults={"days": 3})
    open_request = make_request(departments, created_at=tehran(2026, 12, 2))
    answered = make_request(departments, created_at=tehran(2026, 12, 2))
    CitizenRequest.objects.filter(pk=answered.pk).update(status=RequestStatus.ANSWERED)
    assert open_request.due_at.date() == datetime.date(2026, 12, 6)

    closure = OfficeClosure.objects.create(date=datetime.date(2026, 12, 5), reason="آلودگی هوا")
    open_request.refresh_from_db()
    answered.refresh_from_db()
    assert timezone.localtime(open_request.due_at).date() == datetime.date(2026, 12, 7)
    assert timezone.localtime(answered.due_at).date() == datetime.date(2026, 12, 6)

    closure.delete()
    open_request.refresh_from_db()
    assert timezone.localtime(open_request.due_at).date() == datetime.date(2026, 12, 6)


def test_a_department_target_overrides_the_general_one(departments):
    ResponseTarget.objects.update_or_create(kind="violation", department=None, defaults={"days": 10})
    ResponseTarget.objects.create(kind="violation", department=departments[1], days=2)
    stored = make_request(departments, kind="violation", created_at=tehran(2026, 12, 2))
    assert timezone.localtime(stored.due_at).date() == datetime.date(2026, 12, 5)  # Thu, (Fri), Sat


def test_the_clock_pauses_while_waiting_for_the_applicant(departments, staff_a, client, valid_data):
    ResponseTarget.objects.update_or_create(kind="question", department=None, defaults={"days": 3})
    client.post("/contact/", valid_data)
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    due_before = stored.due_at
    staff = Client()
    staff.force_login(staff_a)
    staff.post(
        f"/admin/citizen-requests/edit/{stored.pk}/",
        {"status": RequestStatus.AWAITING_APPLICANT, "answer": "لطفاً برگه پایان کار را بفرستید."},
    )
    stored.refresh_from_db()
    assert stored.clock_paused
    client.post("/track/", {"code": stored.code, "contact": "09123456789"})
    page = soup(client.get(f"/track/{stored.code}/"))
    assert "متوقف" in page.select_one(".answer-by").get_text()
    assert not CitizenRequest.objects.overdue(now=due_before + datetime.timedelta(days=30)).filter(pk=stored.pk)

    # Ten calendar days later the applicant has answered and staff resume: the due date moves
    # by the working days spent waiting.
    paused_since = timezone.now() - datetime.timedelta(days=10)
    CitizenRequest.objects.filter(pk=stored.pk).update(clock_paused_at=paused_since)
    staff.post(f"/admin/citizen-requests/edit/{stored.pk}/", {"status": RequestStatus.UNDER_REVIEW})
    stored.refresh_from_db()
    waited = working_days_between(paused_since, timezone.now())
    assert waited >= 7 and stored.paused_working_days == waited and not stored.clock_paused
    assert stored.due_at == add_working_days(stored.created_at, 3 + waited)


def test_citizens_see_the_answer_by_date_in_jalali_or_gregorian(client, valid_data):
    response = client.post("/contact/", valid_data, follow=True)
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    jalali = format_date(stored.due_at, "fa")
    assert any("۰" <= ch <= "۹" for ch in jalali)
    thanks = soup(response).select_one(".answer-by").get_text()
    assert jalali in thanks
    client.post("/track/", {"code": stored.code, "contact": "09123456789"})
    tracking = soup(client.get(f"/track/{stored.code}/"))
    assert tracking.select_one(".answer-by").get_text(strip=True) == jalali
    pdf = client.get(f"/track/{stored.code}/receipt.pdf").content
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    month = jalali.split()[1]
    assert month in text or month[::-1] in text

    english = Client()
    response = english.post("/en/contact/", dict(valid_data, subject="Question about unemployment"), follow=True)
    stored_en = CitizenRequest.objects.get(subject="Question about unemployment")
    gregorian = format_date(stored_en.due_at, "en")
    assert gregorian in soup(response).select_one(".answer-by").get_text()
    english.post("/en/track/", {"code": stored_en.code, "contact": "09123456789"})
    page = english.get(f"/en/track/{stored_en.code}/").content.decode()
    assert gregorian in page
    pdf = english.get(f"/en/track/{stored_en.code}/receipt.pdf").content
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert gregorian in text
