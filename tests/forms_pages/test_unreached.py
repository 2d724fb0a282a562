"""Applicants the desk could not reach: a message to them failed for good (every retry spent)
and none reached them since. Staff find them on the dashboard, in the list's filter and on the
request itself, which says to reach the applicant another way."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from forms_pages.choices import Channel, MessagePurpose, MessageState
from forms_pages.factories import CitizenRequestFactory
from forms_pages.models import CitizenRequest, OutboundMessage
from tests.soup import soup

pytestmark = pytest.mark.django_db


def message(request, purpose, state, minutes_ago, channel=Channel.EMAIL, attempts=12):
    return OutboundMessage.objects.create(
        request=request,
        channel=channel,
        purpose=purpose,
        recipient=request.email if channel == Channel.EMAIL else request.mobile,
        body="متن پیام",
        state=state,
        attempts=attempts,
        created_at=timezone.now() - datetime.timedelta(minutes=minutes_ago),
    )


@pytest.fixture
def requests(departments):
    made = {
        name: CitizenRequestFactory(department=departments[1], subject=f"درخواست {name}")
        for name in ("failed", "delivered-later", "staff-only", "retrying", "delivered-before")
    }
    made["elsewhere"] = CitizenRequestFactory(department=departments[2], subject="درخواست elsewhere")
    message(made["failed"], MessagePurpose.ACKNOWLEDGEMENT, MessageState.FAILED, 60)
    # The acknowledgement's SMS failed, but the answer's e-mail reached them afterwards.
    message(made["delivered-later"], MessagePurpose.ACKNOWLEDGEMENT, MessageState.FAILED, 60, Channel.SMS)
    message(made["delivered-later"], MessagePurpose.ANSWER, MessageState.SENT, 10)
    # Only the department's own alert failed: the applicant was not the one left out.
    message(made["staff-only"], MessagePurpose.NEW_REQUEST, MessageState.FAILED, 60)
    # Still being tried: not given up yet.
    message(made["retrying"], MessagePurpose.ANSWER, MessageState.PENDING, 60, attempts=3)
    # A message reached them once, and a later one failed for good.
    message(made["delivered-before"], MessagePurpose.ACKNOWLEDGEMENT, MessageState.SENT, 60)
    message(made["delivered-before"], MessagePurpose.STATUS, MessageState.FAILED, 10)
    message(made["elsewhere"], MessagePurpose.ACKNOWLEDGEMENT, MessageState.FAILED, 60)
    return made


def test_the_requests_whose_applicant_was_not_reached(requests):
    unreached = set(CitizenRequest.objects.unreached().values_list("subject", flat=True))
    assert unreached == {"درخواست failed", "درخواست delivered-before", "درخواست elsewhere"}
    reached = set(CitizenRequest.objects.filter(pk__in=[r.pk for r in requests.values()]).reached())
    assert reached == {requests["delivered-later"], requests["staff-only"], requests["retrying"]}


def test_staff_find_them_on_the_dashboard_in_the_list_and_on_the_request(requests, staff_a):
    client = Client()
    client.force_login(staff_a)
    dashboard = soup(client.get("/admin/"))
    count = dashboard.select_one(".unreached-count")
    assert count.get_text(strip=True) == "۲"  # the other department's is not theirs
    assert count.find_parent("a")["href"] == "/admin/citizen-requests/?unreached=true"

    listing = client.get("/admin/citizen-requests/", {"unreached": "true"}).content.decode()
    assert "درخواست failed" in listing and "درخواست delivered-before" in listing
    assert "درخواست delivered-later" not in listing and "درخواست retrying" not in listing
    others = client.get("/admin/citizen-requests/", {"unreached": "false"}).content.decode()
    assert "درخواست failed" not in others and "درخواست delivered-later" in others

    screen = soup(client.get(f"/admin/citizen-requests/edit/{requests['failed'].pk}/"))
    warning = screen.select_one(".unreached")
    assert warning is not None and "از راه دیگری به او خبر دهید" in warning.get_text()
    reached = client.get(f"/admin/citizen-requests/edit/{requests['delivered-later'].pk}/").content.decode()
    assert 'class="help-block help-warning unreached"' not in reached


def test_no_line_on_the_dashboard_when_everyone_was_reached(departments, staff_a):
    reached = CitizenRequestFactory(department=departments[1])
    message(reached, MessagePurpose.ACKNOWLEDGEMENT, MessageState.SENT, 5)
    client = Client()
    client.force_login(staff_a)
    dashboard = soup(client.get("/admin/"))
    assert dashboard.select_one(".open-count") is not None
    assert dashboard.select_one(".unreached-count") is None
