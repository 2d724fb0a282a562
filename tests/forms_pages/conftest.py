"""Fixtures for the forms_pages tests: private media in a temp dir, departments, staff."""

import datetime
import io
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from forms_pages.choices import RequestStatus
from forms_pages.models import CitizenRequest, ContactPage, FormsIndexPage
from forms_pages.models.working_days import Calendar
from home.language.jalali_input import format_jalali_input
from home.models import Department
from home.operations.sms import LocmemBackend
from tests.soup import soup

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG_BYTES = b"\xff\xd8\xff\xe0" + b"\x00" * 64


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.WAGTAILADMIN_BASE_URL = "http://testserver"
    return settings.PRIVATE_MEDIA_ROOT


def working_day_ahead(days, hour=10):
    """`hour`:00 local on the first day the office is open at least `days` days from today: the
    desk refuses a visit on a Friday, a holiday or a closure, whatever day the tests run."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    calendar = Calendar(day, day + datetime.timedelta(days=30))
    while not calendar.is_working_day(day):
        day += datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@pytest.fixture
def no_rate_limits(settings):
    """Many sends from one client in one test, none of them about the limits."""
    settings.FORMS_RATE_LIMITS_ENABLED = False


@pytest.fixture
def contact_page(home_fa):
    return ContactPage.objects.get(locale__language_code="fa")


@pytest.fixture
def forms_index(home_fa):
    return FormsIndexPage.objects.get(locale__language_code="fa")


@pytest.fixture
def departments(db):
    return list(Department.objects.in_default_language().order_by("sort_order"))


def staff_client(user):
    """A client signed in as `user`."""
    client = Client()
    client.force_login(user)
    return client


def answer_url(citizen_request):
    """The desk's answer screen of a request."""
    return f"/admin/citizen-requests/edit/{citizen_request.pk}/"


def post_transfer(staff, citizen_request, department, reason, **fields):
    """Post the desk's "Transfer" of `citizen_request` to `department` for `reason`, with the
    other fields of the screen as typed beside it (`fields`; the status stays as it is)."""
    data = {"action": "transfer", "status": citizen_request.status, "department": department.pk, "reason": reason}
    return staff.post(answer_url(citizen_request), data | fields)


def refused_answer(staff, citizen_request, department, reason):
    """The desk's screen (parsed) after "Save and notify" with no answer written while a transfer
    to `department` for `reason` was being typed: refused, a 400."""
    response = staff.post(
        answer_url(citizen_request),
        {"action": "answer", "status": RequestStatus.ANSWERED, "department": department.pk, "reason": reason},
    )
    assert response.status_code == 400
    return soup(response)


def ask_for_a_visit(staff, citizen_request, place="ساختمان اداره کل، اتاق ۲۰۴", documents="کارت ملی", days=5):
    """`staff` (a signed-in client) asks the applicant to visit in `days` working days."""
    response = staff.post(
        answer_url(citizen_request),
        {
            "status": "visit_requested",
            "visit_at": format_jalali_input(working_day_ahead(days), with_time=True),
            "visit_place": place,
            "visit_documents": documents,
        },
    )
    assert response.status_code == 302, response.content[:300]
    return citizen_request


def make_staff(username, department):
    user = User.objects.create_user(username, password="pw", email=f"{username}@example.ir")
    user.groups.add(department.staff_group)
    return user


@pytest.fixture
def staff_a(departments):
    return make_staff("staff_a", departments[1])


@pytest.fixture
def staff(staff_a):
    """A client signed in as `staff_a`, desk staff of one department."""
    return staff_client(staff_a)


@pytest.fixture
def staff_b(departments):
    return make_staff("staff_b", departments[2])


@pytest.fixture
def valid_data(departments):
    return {
        "kind": "question",
        "department": departments[1].pk,
        "subject": "پرسش درباره بیمه بیکاری",
        "text": "می‌خواهم بدانم برای ثبت درخواست بیمه بیکاری چه مدارکی لازم است.",
        "name": "مریم احمدی",
        "mobile": "۰۹۱۲ ۳۴۵ ۶۷۸۹",
        "email": "maryam@example.ir",
        "national_id": "",
        "website": "",
    }


@pytest.fixture
def anonymous_report(departments):
    """A filled-in anonymous violation report (no name, no contact)."""
    return {
        "department": departments[3].pk,
        "subject": "دریافت وجه برای صدور مجوز",
        "text": "کارمند باجه سه برای صدور مجوز تعاونی بدون رسید وجه نقد خواست.",
        "website": "",
    }


@pytest.fixture
def tracked(client, valid_data):
    """A sent request, proved on the tracking page in `client`."""
    client.post("/contact/", valid_data)
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    client.post("/track/", {"code": stored.code, "contact": "09123456789"})
    return stored


def run_outbox_worker():
    """Run the real outbox worker (`db_worker --batch`) until no task is ready, inside the test's
    transaction: its per-loop connection check would otherwise close the test's connection."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command(
            "db_worker",
            *("--backend", "outbox", "--queue-name", "outbox", "--batch", "--interval", "0"),
            *("--no-startup-delay", "--no-reload"),
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )


@pytest.fixture
def run_outbox():
    return run_outbox_worker


@pytest.fixture(autouse=True)
def sms_outbox():
    """Text messages the worker sent through the in-memory backend, emptied for each test."""
    LocmemBackend.outbox.clear()
    yield LocmemBackend.outbox
    LocmemBackend.outbox.clear()
