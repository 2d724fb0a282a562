"""A late answer is told to the applicant: when the daily round alerts the head of the
department, the applicant gets one message on every channel they gave, in their language, and
the tracking page, receipt and data download say the answer is late instead of showing a bare
past date. Nothing is sent while the request waits for the applicant or once it is answered."""

import datetime
import re
import subprocess

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from forms_pages.choices import MessagePurpose, MessageState, RequestStatus
from forms_pages.escalation import daily_round
from forms_pages.models import CitizenRequest, DepartmentDesk, OutboundMessage
from forms_pages.models.working_days import add_working_days
from home.language.dates import format_date
from home.operations.sms import segments
from tests.soup import soup

pytestmark = pytest.mark.django_db

PERSIAN_LETTERS = re.compile(r"[\u0600-\u06ff]")
HEAD = "head@example.ir"


def overdue_notices(citizen_request):
    return OutboundMessage.objects.filter(request=citizen_request, purpose=MessagePurpose.OVERDUE_NOTICE)


@pytest.fixture
def head(departments):
    return DepartmentDesk.objects.update_or_create(department=departments[1], defaults={"head_email": HEAD})[0]


@pytest.fixture
def english(valid_data):
    """A request sent on the English site and proved on the English tracking page."""
    client = Client()
    client.post("/en/contact/", {**valid_data, "subject": "Unemployment insurance", "name": "Sean O'Brien"})
    stored = CitizenRequest.objects.get(subject="Unemployment insurance")
    client.post("/en/track/", {"code": stored.code, "contact": "09123456789"})
    stored.client = client
    return stored


def make_late(citizen_request, days=1):
    """Move the due date `days` days into the past (the tracking page compares it with now)."""
    CitizenRequest.objects.filter(pk=citizen_request.pk).update(due_at=timezone.now() - datetime.timedelta(days=days))
    citizen_request.refresh_from_db()


def test_the_applicant_is_told_once_in_persian_when_the_head_is_alerted(
    tracked, head, settings, run_outbox, sms_outbox
):
    settings.REQUESTS_DIRECTOR_EMAIL = "director@example.ir"
    daily_round(now=tracked.due_at - datetime.timedelta(hours=12))  # the reminder: nothing to the applicant
    assert not overdue_notices(tracked).exists()
    after_due = tracked.due_at + datetime.timedelta(hours=7)
    daily_round(now=after_due)
    daily_round(now=after_due)
    daily_round(now=add_working_days(tracked.due_at, 6))  # the director: nothing more to the applicant

    escalation, director = tracked.events.filter(action="escalated").order_by("created_at")
    # The audit trail says, in the desk's Persian, who was alerted.
    assert escalation.internal_note == "موعد گذشت: به مدیر واحد هشدار داده شد (\u2068head@example.ir\u2069)."
    assert director.internal_note.endswith(
        "روز کاری تأخیر: به مدیر کل هشدار داده شد (\u2068director@example.ir\u2069)."
    )
    assert not re.search(r"[0-9]", director.internal_note.split("(")[0])
    notices = overdue_notices(tracked)
    assert sorted(notices.values_list("channel", "recipient")) == [
        ("email", "maryam@example.ir"),
        ("sms", "09123456789"),
    ]
    # On the applicant's own step of the history, recorded with the head's alert.
    [told] = tracked.events.filter(action="overdue_told")
    assert {m.event for m in notices} == {told} and told.created_at == escalation.created_at
    assert escalation.messages.filter(purpose=MessagePurpose.ESCALATION, recipient=HEAD).count() == 1

    run_outbox()
    [email] = [m for m in mail.outbox if m.to == ["maryam@example.ir"] and "موعد" in m.subject]
    assert tracked.code_display_fa in email.subject
    assert "مریم احمدی گرامی" in email.body and "«پرسش درباره بیمه بیکاری»" in email.body
    assert format_date(tracked.due_at, "fa") in email.body and "پوزش" in email.body
    assert "مدیر واحد" in email.body and "/track/" in email.body and "/en/" not in email.body
    [sms] = [m["text"] for m in sms_outbox if m["recipient"] == "09123456789" and "موعد" in m["text"]]
    assert tracked.code_display_fa in sms and "مدیر واحد" in sms and "/track/" in sms
    assert segments(sms) <= 2
    assert not any(ch.isascii() and ch.isdigit() for ch in sms.split("http")[0])  # Persian digits
    assert set(overdue_notices(tracked).values_list("state", flat=True)) == {"sent"}


def test_an_english_applicant_is_told_in_english(english, head, run_outbox, sms_outbox):
    daily_round(now=english.due_at + datetime.timedelta(hours=7))
    assert overdue_notices(english).count() == 2
    run_outbox()
    [email] = [m for m in mail.outbox if m.to == ["maryam@example.ir"] and "late" in m.subject]
    [sms] = [m["text"] for m in sms_outbox if m["recipient"] == "09123456789" and "late" in m["text"]]
    for text in (email.subject, email.body, sms):
        assert not PERSIAN_LETTERS.search(text), text
        assert english.code_display in text
    assert "Dear Sean O'Brien," in email.body and format_date(english.due_at, "en") in email.body
    assert "The head of the department handling it" in email.body and "/en/track/" in email.body
    assert "head of the department has been told" in sms and "/en/track/" in sms and segments(sms) <= 2


@pytest.mark.parametrize(
    "status",
    [RequestStatus.AWAITING_APPLICANT, RequestStatus.VISIT_REQUESTED, RequestStatus.ANSWERED, RequestStatus.CLOSED],
)
def test_no_message_while_waiting_for_the_applicant_or_once_answered(tracked, head, status):
    paused = status in (RequestStatus.AWAITING_APPLICANT, RequestStatus.VISIT_REQUESTED)
    CitizenRequest.objects.filter(pk=tracked.pk).update(
        status=status, clock_paused_at=timezone.now() if paused else None
    )
    daily_round(now=tracked.due_at + datetime.timedelta(days=2))
    assert not overdue_notices(tracked).exists()
    assert not tracked.events.filter(action="escalated").exists()


def test_a_request_first_seen_late_enough_for_the_director_alerts_the_head_and_tells_the_applicant(
    tracked, head, settings
):
    settings.REQUESTS_DIRECTOR_EMAIL = "director@example.ir"
    daily_round(now=add_working_days(tracked.due_at, 7))
    recipients = set(
        OutboundMessage.objects.filter(request=tracked, purpose=MessagePurpose.ESCALATION).values_list(
            "recipient", flat=True
        )
    )
    assert recipients == {HEAD, "director@example.ir"}
    assert overdue_notices(tracked).count() == 2


def test_after_a_transfer_the_new_head_is_alerted_but_the_applicant_is_not_told_again(
    tracked, head, staff_a, departments
):
    daily_round(now=tracked.due_at + datetime.timedelta(hours=7))
    staff = Client()
    staff.force_login(staff_a)
    staff.post(
        f"/admin/citizen-requests/edit/{tracked.pk}/",
        {"action": "transfer", "department": departments[2].pk, "reason": "مربوط به واحد دیگری است."},
    )
    daily_round(now=tracked.due_at + datetime.timedelta(days=1, hours=7))
    assert tracked.events.filter(action="escalated").count() == 2
    assert overdue_notices(tracked).count() == 2


def test_a_failed_delay_message_counts_as_not_reaching_the_applicant(tracked, head):
    OutboundMessage.objects.filter(request=tracked, purpose=MessagePurpose.ACKNOWLEDGEMENT).update(
        state=MessageState.SENT
    )
    daily_round(now=tracked.due_at + datetime.timedelta(hours=7))
    assert not CitizenRequest.objects.filter(pk=tracked.pk).unreached().exists()
    overdue_notices(tracked).update(state=MessageState.FAILED, attempts=12)
    assert CitizenRequest.objects.filter(pk=tracked.pk).unreached().exists()


def notice(response):
    found = soup(response).select_one(".overdue-notice")
    return " ".join(found.get_text().split()) if found else None


def test_the_tracking_page_says_the_answer_is_late_in_persian(client, tracked, head, tmp_path):
    assert notice(client.get(f"/track/{tracked.code}/")) is None
    make_late(tracked)
    due = format_date(tracked.due_at, "fa")
    page = client.get(f"/track/{tracked.code}/")
    assert notice(page) == f"موعد پاسخ به این درخواست ({due}) گذشته است. از این تأخیر پوزش می‌خواهیم."
    assert "موعد گذشته است" in soup(page).select_one(".answer-by--late").get_text()

    daily_round()
    told = notice(client.get(f"/track/{tracked.code}/"))
    assert told.startswith(f"موعد پاسخ به این درخواست ({due}) گذشته است.") and "مدیر واحد" in told
    data = client.get(f"/track/{tracked.code}/data.json").json()
    assert data["response_overdue"] is True and data["head_of_department_told"] is True

    # Paused while waiting for the applicant: the clock's note, no lateness.
    CitizenRequest.objects.filter(pk=tracked.pk).update(
        status=RequestStatus.AWAITING_APPLICANT, clock_paused_at=timezone.now()
    )
    page = client.get(f"/track/{tracked.code}/")
    assert notice(page) is None and "شمارش مهلت متوقف است" in soup(page).select_one(".answer-by").get_text()
    assert client.get(f"/track/{tracked.code}/data.json").json()["response_overdue"] is False


def test_the_english_tracking_page_and_receipt_say_the_answer_is_late(english, head, tmp_path):
    make_late(english)
    daily_round()
    page = english.client.get(f"/en/track/{english.code}/")
    due = format_date(english.due_at, "en")
    assert notice(page) == (
        f"The answer to this request was due by {due} and is late. We apologise for the delay; "
        "the head of the department handling it has been told."
    )
    late = soup(page).select_one(".answer-by--late").get_text()
    assert "past due" in late and not PERSIAN_LETTERS.search(late)
    pdf = english.client.get(f"/en/track/{english.code}/receipt.pdf").content
    text = " ".join(
        subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode().split()
    )
    assert "is late" in text and "head of the department" in text and "past due" in text
    assert text.count(english.code_display) == 1  # the English receipt gives the code once, in Latin digits


def test_a_department_with_no_head_and_no_address_alerts_the_director(tracked, settings):
    """The applicant is told someone senior knows; with no address for the department, nobody did."""
    settings.REQUESTS_DIRECTOR_EMAIL = "director@example.ir"
    Department = type(tracked.department)
    Department.objects.filter(pk=tracked.department.pk).update(email="")
    DepartmentDesk.objects.filter(department=tracked.department).delete()
    daily_round(now=tracked.due_at + datetime.timedelta(hours=7))
    escalation = tracked.events.get(action="escalated")
    assert list(escalation.messages.filter(purpose=MessagePurpose.ESCALATION).values_list("recipient", flat=True)) == [
        "director@example.ir"
    ]
    assert "director@example.ir" in escalation.internal_note
    assert overdue_notices(tracked).count() == 2


def test_with_no_head_on_record_the_director_is_alerted_not_the_departments_inbox(tracked, settings):
    """The applicant is told someone senior knows: not the inbox that let the request run late."""
    settings.REQUESTS_DIRECTOR_EMAIL = "director@example.ir"
    DepartmentDesk.objects.filter(department=tracked.department).delete()
    daily_round(now=tracked.due_at + datetime.timedelta(hours=7))
    alerts = OutboundMessage.objects.filter(request=tracked, purpose=MessagePurpose.ESCALATION)
    assert [message.recipient for message in alerts] == ["director@example.ir"]
    assert overdue_notices(tracked).exists()


def test_the_demo_names_a_head_for_every_department():
    from forms_pages.demo.seeder import Seeder
    from home.models import Department

    Seeder.escalation_contacts()
    departments = Department.objects.in_default_language()
    assert departments.exists()
    heads = dict(DepartmentDesk.objects.values_list("department__slug", "head_email"))
    assert set(heads) == {department.slug for department in departments}
    assert all(
        address.endswith("@example.ir") and address != department.email
        for department in departments
        for address in [heads[department.slug]]
    )
