"""A late answer is a step of the applicant's history: when the daily round alerts the head of
the department and tells the applicant, the tracking page, the receipt and the data download
list that step, in the applicant's language and dated as the page dates (Jalali with Persian
digits on Persian pages), without the internal address or anybody's name. The desk sees the
same step in the audit trail with the applicant's messages and their delivery state."""

import datetime
import re

import pytest
from django.test import Client
from wagtail.users.models import UserProfile

from forms_pages.choices import MessagePurpose
from forms_pages.escalation import daily_round
from forms_pages.models import CitizenRequest, DepartmentDesk
from home.language.dates import format_date
from tests.soup import soup

from .conftest import answer_url, make_staff

pytestmark = pytest.mark.django_db

HEAD = "head.of.insurance@example.ir"
PERSIAN_LETTERS = re.compile(r"[\u0600-\u06ff]")
LATIN_DIGITS = re.compile(r"[0-9]")


@pytest.fixture
def head(departments):
    return DepartmentDesk.objects.update_or_create(department=departments[1], defaults={"head_email": HEAD})[0]


def late_step(page):
    """The text of the history step saying the answer is late, and its date ('' if none)."""
    for step in page.select(".request-history__step"):
        late = step.select_one(".request-history__note[data-step=overdue_told]")
        if late:
            return " ".join(late.get_text().split()), step.select_one("time").get_text(strip=True)
    return "", ""


def run_late_round(citizen_request):
    """The daily round of the morning after the due date."""
    daily_round(now=citizen_request.due_at + datetime.timedelta(hours=7))
    return citizen_request.events.get(action="overdue_told")


def test_the_persian_history_lists_the_late_answer_with_a_jalali_date(client, tracked, head, staff_a):
    assert late_step(soup(client.get(f"/track/{tracked.code}/"))) == ("", "")
    told = run_late_round(tracked)

    page = soup(client.get(f"/track/{tracked.code}/"))
    text, when = late_step(page)
    assert "پوزش" in text and "مدیر واحد" in text, text
    assert when == format_date(told.created_at, "fa", with_time=True) and not LATIN_DIGITS.search(when)
    history = page.select_one(".request-history").get_text()
    assert HEAD not in history and "@" not in history and "staff_a" not in history
    # The data download lists it too, in the same words.
    [late] = [
        step
        for step in client.get(f"/track/{tracked.code}/data.json").json()["history"]
        if step["action"] == "overdue_told"
    ]
    assert late["note"] == text

    # The desk sees the step with the messages that told the applicant (and the head's alert beside it).
    rows = soup(make_client(staff_a).get(answer_url(tracked))).select("table.audit-trail tbody tr")
    [told_row] = [" ".join(r.get_text().split()) for r in rows if "اعلام تأخیر به متقاضی" in r.get_text()]
    assert "ایمیل · اعلام تأخیر به متقاضی" in told_row and "پیامک · اعلام تأخیر به متقاضی" in told_row
    [alert_row] = [" ".join(r.get_text().split()) for r in rows if HEAD in r.get_text()]
    assert "مدیر واحد" in alert_row
    assert sorted(told.messages.values_list("channel", "purpose")) == [
        ("email", MessagePurpose.OVERDUE_NOTICE),
        ("sms", MessagePurpose.OVERDUE_NOTICE),
    ]


def make_client(user):
    client = Client()
    client.force_login(user)
    return client


def test_the_english_history_lists_the_late_answer_in_english(valid_data, head):
    client = Client()
    client.post("/en/contact/", {**valid_data, "subject": "Unemployment insurance"})
    english = CitizenRequest.objects.get(subject="Unemployment insurance")
    client.post("/en/track/", {"code": english.code, "contact": "09123456789"})
    told = run_late_round(english)

    text, when = late_step(soup(client.get(f"/en/track/{english.code}/")))
    assert "not ready by its due date" in text and "head of the department" in text, text
    assert not PERSIAN_LETTERS.search(text)
    assert when == format_date(told.created_at, "en", with_time=True) and not PERSIAN_LETTERS.search(when)
    receipt = client.get(f"/en/track/{english.code}/receipt.pdf")
    assert receipt.status_code == 200


def test_the_step_is_listed_once_even_after_a_transfer_and_a_second_alert(client, tracked, head, departments, staff_a):
    run_late_round(tracked)
    make_client(staff_a).post(
        answer_url(tracked),
        {"action": "transfer", "department": departments[2].pk, "reason": "مربوط به واحد دیگری است."},
    )
    daily_round(now=tracked.due_at + datetime.timedelta(days=1, hours=7))
    assert tracked.events.filter(action="escalated").count() == 2
    assert tracked.events.filter(action="overdue_told").count() == 1
    steps = [
        s for s in soup(client.get(f"/track/{tracked.code}/")).select(".request-history__note[data-step=overdue_told]")
    ]
    assert len(steps) == 1


def test_an_anonymous_sender_sees_the_step_though_no_message_can_reach_them(departments, head):
    client = Client()
    client.post(
        "/contact/anonymous/",
        {
            "department": departments[1].pk,
            "subject": "تخلف در واحد",
            "text": "شرح تخلف اداری در این واحد.",
            "website": "",
        },
    )
    report = CitizenRequest.objects.get(subject="تخلف در واحد")
    told = run_late_round(report)
    assert not told.messages.exists()
    assert late_step_of(report)


def late_step_of(citizen_request):
    return [e for e in citizen_request.public_events() if e.action == "overdue_told"]


def test_staff_in_english_see_the_step_named_in_english(tracked, head, departments):
    run_late_round(tracked)
    user = make_staff("english_staff", departments[1])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    page = soup(make_client(user).get(answer_url(tracked)))
    assert "Delay told to the applicant" in page.select_one("table.audit-trail").get_text()
