"""A reopened request (answered or closed, back in the directorate's hands: staff move it to an
open or waiting status, or the applicant replies to the answer) starts a new answer round: an
answer-by date counted from the reopening like a new request's, and the escalation from the
start, so a later lateness is alerted and told to the applicant once more, once."""

import datetime
import re
import subprocess

import pytest
from django.test import Client
from django.utils import timezone

from forms_pages.choices import MessagePurpose
from forms_pages.escalation import daily_round
from forms_pages.models import CitizenRequest, DepartmentDesk, OfficeClosure, OutboundMessage, ResponseTarget
from forms_pages.models.working_days import add_working_days
from home.language.dates import format_date
from home.operations.sms import segments
from tests.soup import soup

from .conftest import answer_url

pytestmark = pytest.mark.django_db

PERSIAN_LETTERS = re.compile(r"[\u0600-\u06ff]")


@pytest.fixture
def late_and_told(tracked, departments):
    """`tracked`, sent 40 days ago, found overdue by a daily round: the head alerted, the applicant
    told the answer is late."""
    DepartmentDesk.objects.update_or_create(department=departments[1], defaults={"head_email": "head@example.ir"})
    sent = timezone.now() - datetime.timedelta(days=40)
    CitizenRequest.objects.filter(pk=tracked.pk).update(created_at=sent, due_at=add_working_days(sent, 3))
    daily_round()
    tracked.refresh_from_db()
    assert tracked.escalation_level == 2 and told(tracked) == 1
    return tracked


def told(citizen_request):
    return citizen_request.events.filter(action="overdue_told").count()


def as_new(reopened_at, citizen_request):
    """The answer-by date a new request of the same kind and department sent then would get."""
    return add_working_days(reopened_at, ResponseTarget.days_for(citizen_request.kind, citizen_request.department_id))


def answer(staff, citizen_request, status="answered", text="مدارک لازم: شناسنامه و کارت ملی."):
    response = staff.post(answer_url(citizen_request), {"status": status, "answer": text})
    assert response.status_code == 302, response.content[:300]
    citizen_request.refresh_from_db()


@pytest.mark.parametrize("finished", ["answered", "closed"])
@pytest.mark.parametrize("reopened_to", ["under_review", "received"])
def test_staff_reopening_gives_a_new_date_and_restarts_the_escalation(late_and_told, staff, finished, reopened_to):
    answer(staff, late_and_told, finished)
    before = timezone.now()
    answer(staff, late_and_told, reopened_to, text="")
    assert late_and_told.due_at > timezone.now()
    assert late_and_told.due_at in {as_new(before, late_and_told), as_new(timezone.now(), late_and_told)}
    assert late_and_told.escalation_level == 0 and not late_and_told.is_overdue

    # The staff's history gives the new date; the applicant's status e-mail does too.
    [reopened] = late_and_told.events.filter(action="reopened")
    new_date = format_date(late_and_told.due_at, "fa")
    assert new_date in reopened.internal_note
    assert new_date in staff.get(answer_url(late_and_told)).content.decode()
    [email] = OutboundMessage.objects.filter(request=late_and_told, purpose=MessagePurpose.STATUS, channel="email")
    assert f"مهلت پاسخ: {new_date}" in email.body
    [sms] = OutboundMessage.objects.filter(request=late_and_told, purpose=MessagePurpose.STATUS, channel="sms")
    assert new_date in sms.body and segments(sms.body) <= 2


def test_the_applicants_reply_to_an_answer_gives_a_new_date(late_and_told, staff, client):
    answer(staff, late_and_told)
    before = timezone.now()
    response = client.post(f"/track/{late_and_told.code}/reply/", {"text": "پاسخ کامل نبود؛ مدرک دیگری لازم است؟"})
    assert response.status_code == 302
    late_and_told.refresh_from_db()
    assert late_and_told.status == "under_review" and late_and_told.escalation_level == 0
    assert late_and_told.due_at > timezone.now()
    assert late_and_told.due_at in {as_new(before, late_and_told), as_new(timezone.now(), late_and_told)}
    assert late_and_told.events.filter(action="reopened", actor=None).exists()

    # The tracking page gives the new date, with no "late" warning.
    page = soup(client.get(f"/track/{late_and_told.code}/"))
    assert not page.select(".overdue-notice, .answer-by--late")
    assert page.select_one(".answer-by").get_text(strip=True) == format_date(late_and_told.due_at, "fa")


def test_a_reopened_request_is_told_late_again_only_when_its_new_date_passes_and_once(late_and_told, staff, client):
    answer(staff, late_and_told)
    client.post(f"/track/{late_and_told.code}/reply/", {"text": "پاسخ کامل نبود؛ مدرک دیگری لازم است؟"})
    late_and_told.refresh_from_db()
    daily_round()
    daily_round(now=late_and_told.due_at - datetime.timedelta(hours=1))
    assert told(late_and_told) == 1
    late_and_told.refresh_from_db()
    assert late_and_told.escalation_level == 1  # reminded before the new date, not alerted

    after = late_and_told.due_at + datetime.timedelta(hours=7)
    daily_round(now=after)
    daily_round(now=after + datetime.timedelta(days=1))
    assert told(late_and_told) == 2
    notices = OutboundMessage.objects.filter(request=late_and_told, purpose=MessagePurpose.OVERDUE_NOTICE)
    assert notices.count() == 4  # e-mail and SMS, once a round
    late_and_told.refresh_from_db()
    assert late_and_told.escalation_level == 2


def test_reopened_to_wait_for_the_applicant_keeps_the_clock_paused_then_counts_from_the_reopening(
    late_and_told, staff, client
):
    answer(staff, late_and_told, "closed")
    answer(staff, late_and_told, "awaiting_applicant", text="لطفاً گواهی اشتغال را بفرستید.")
    assert late_and_told.clock_paused and late_and_told.escalation_level == 0
    daily_round(now=timezone.now() + datetime.timedelta(days=30))
    assert told(late_and_told) == 1  # paused: never late
    client.post(f"/track/{late_and_told.code}/reply/", {"text": "گواهی را پیوست کردم، لطفاً بررسی کنید."})
    late_and_told.refresh_from_db()
    assert late_and_told.status == "under_review" and late_and_told.due_at > timezone.now()


def test_a_closure_added_later_counts_from_the_reopening(late_and_told, staff):
    answer(staff, late_and_told)
    answer(staff, late_and_told, "under_review", text="")
    due = late_and_told.due_at
    OfficeClosure.objects.create(date=timezone.localdate() + datetime.timedelta(days=200), reason="آلودگی هوا")
    late_and_told.refresh_from_db()
    assert late_and_told.due_at == due > timezone.now()


def reopened_steps(page):
    """The history steps saying the request was reopened: (heading, note) each."""
    return [
        (
            " ".join(step.find("strong", string=True).get_text().split()) if step.find("strong") else "",
            " ".join(step.select_one(".request-history__note[data-step=reopened]").get_text().split()),
        )
        for step in page.select(".request-history__step")
        if step.select_one(".request-history__note[data-step=reopened]")
    ]


def test_the_applicants_history_says_the_request_was_reopened_never_the_staffs_note(late_and_told, staff, client):
    answer(staff, late_and_told)
    assert reopened_steps(soup(client.get(f"/track/{late_and_told.code}/"))) == []
    answer(staff, late_and_told, "under_review", text="")

    page = soup(client.get(f"/track/{late_and_told.code}/"))
    [(heading, note)] = reopened_steps(page)
    # Then the status it was reopened to.
    last = page.select(".request-history__step")[-2:]
    assert last[0].select_one("[data-step=reopened]") and "در دست بررسی" in last[1].get_text()
    assert heading == "بازگشایی درخواست" and "دوباره باز شد" in note and "از نو" in note, (heading, note)
    [staff_note] = late_and_told.events.filter(action="reopened").values_list("internal_note", flat=True)
    assert staff_note and staff_note not in page.get_text()
    # The data download has the same words, and not the staff's note.
    data = client.get(f"/track/{late_and_told.code}/data.json")
    [step] = [step for step in data.json()["history"] if step["action"] == "reopened"]
    assert step["note"] == note and staff_note not in data.content.decode()


def test_the_applicants_reply_that_reopens_is_followed_by_the_reopened_step(late_and_told, staff, client):
    answer(staff, late_and_told)
    client.post(f"/track/{late_and_told.code}/reply/", {"text": "پاسخ کامل نبود؛ مدرک دیگری لازم است؟"})
    steps = soup(client.get(f"/track/{late_and_told.code}/")).select(".request-history__step")
    assert steps[-2].select_one(".applicant-reply") and steps[-1].select_one("[data-step=reopened]")


def test_the_english_history_says_reopened_in_english(valid_data, staff):
    client = Client()
    client.post("/en/contact/", {**valid_data, "subject": "Pension question"})
    english = CitizenRequest.objects.get(subject="Pension question")
    client.post("/en/track/", {"code": english.code, "contact": "09123456789"})
    answer(staff, english, text="Your pension starts next month.")
    answer(staff, english, "under_review", text="")

    [(heading, note)] = reopened_steps(soup(client.get(f"/en/track/{english.code}/")))
    assert heading == "Request reopened" and "open again" in note, (heading, note)
    assert not PERSIAN_LETTERS.search(heading + note)
    # The receipt lists the step under the same heading (it gave the sentence alone).
    pdf = client.get(f"/en/track/{english.code}/receipt.pdf").content
    text = " ".join(
        subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode().split()
    )
    assert f"{heading} {note}" in text, text
