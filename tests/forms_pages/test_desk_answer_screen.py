"""The staff answer screen: a visit time must be ahead and on an open day."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone
from wagtail.users.models import UserProfile

from forms_pages.models import CitizenRequest, OfficeClosure, OutboundMessage, RequestStatus
from home.language.dates import format_date
from home.language.jalali_input import format_jalali_input

from .conftest import working_day_ahead

pytestmark = pytest.mark.django_db

TEN = datetime.time(10, 0)


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def tracked(client, valid_data):
    """A sent request, proved on the tracking page in `client`."""
    client.post("/contact/", valid_data)
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    client.post("/track/", {"code": stored.code, "contact": "09123456789"})
    return stored


@pytest.fixture
def staff(staff_a):
    client = Client()
    client.force_login(staff_a)
    return client


def edit_url(citizen_request):
    return f"/admin/citizen-requests/edit/{citizen_request.pk}/"


def visit(at, **extra):
    return {
        "action": "answer",
        "status": RequestStatus.VISIT_REQUESTED,
        "visit_at": at if isinstance(at, str) else format_jalali_input(at, with_time=True),
        "visit_place": "ساختمان اداره کل، طبقه دوم، اتاق ۲۰۴",
        "visit_documents": "کارت ملی",
        **extra,
    }


def visit_error(response):
    field = soup(response).select_one("#id_visit_at").find_parent(class_="w-field__wrapper")
    return field.select_one(".error-message").get_text() if field.select_one(".error-message") else ""


# -- a visit on a day already gone, or a closed one ------------------------------------------


def test_a_visit_time_in_the_past_is_refused_and_nothing_is_sent(tracked, staff):
    messages_before = OutboundMessage.objects.count()
    twelve_days_ago = timezone.now() - datetime.timedelta(days=12)
    response = staff.post(edit_url(tracked), visit(twelve_days_ago))
    assert response.status_code == 400
    assert "زمان مراجعه گذشته است؛ زمانی پس از اکنون انتخاب کنید." in visit_error(response)
    # What was typed is shown again.
    assert soup(response).select_one("#id_visit_place")["value"] == "ساختمان اداره کل، طبقه دوم، اتاق ۲۰۴"
    tracked.refresh_from_db()
    assert tracked.status == RequestStatus.RECEIVED and tracked.visit_at is None
    assert not tracked.events.filter(action="status").exists()
    assert OutboundMessage.objects.count() == messages_before

    # A minute ago is past too; tomorrow's working day is fine.
    a_minute_ago = timezone.localtime() - datetime.timedelta(minutes=1)
    assert staff.post(edit_url(tracked), visit(a_minute_ago)).status_code == 400
    assert staff.post(edit_url(tracked), visit(working_day_ahead(1))).status_code == 302
    tracked.refresh_from_db()
    assert tracked.status == RequestStatus.VISIT_REQUESTED


def test_a_visit_on_a_friday_a_holiday_or_a_closure_is_refused(tracked, staff):
    today = timezone.localdate()
    friday = today + datetime.timedelta(days=(4 - today.weekday()) % 7 + 7)
    response = staff.post(edit_url(tracked), visit(timezone.make_aware(datetime.datetime.combine(friday, TEN))))
    assert response.status_code == 400
    assert "تعطیل است" in visit_error(response) and "(جمعه)" in visit_error(response)

    nowruz = datetime.datetime(today.year + 1, 3, 21, 10, 0)
    response = staff.post(edit_url(tracked), visit(timezone.make_aware(nowruz)))
    assert response.status_code == 400 and "نوروز" in visit_error(response)

    closed = working_day_ahead(2)
    OfficeClosure.objects.create(date=timezone.localtime(closed).date(), reason="آلودگی هوا")
    response = staff.post(edit_url(tracked), visit(closed))
    assert response.status_code == 400
    assert "(آلودگی هوا)" in visit_error(response)
    assert format_date(closed) in visit_error(response)  # the day in Jalali, Persian digits
    tracked.refresh_from_db()
    assert tracked.status == RequestStatus.RECEIVED and not OutboundMessage.objects.filter(purpose="visit").exists()


def test_english_staff_read_the_visit_errors_in_english(tracked, staff, staff_a):
    profile = UserProfile.get_for_user(staff_a)
    profile.preferred_language = "en"
    profile.save()
    yesterday = timezone.localtime() - datetime.timedelta(days=1)
    response = staff.post(edit_url(tracked), visit(f"{yesterday:%Y-%m-%d %H:%M}"))
    assert response.status_code == 400
    assert "The visit time has passed; choose a time after now." in visit_error(response)
