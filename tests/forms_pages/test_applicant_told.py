"""Every step of a request told to the applicant, in their language, on every channel they
gave, and shown on the tracking page: a Persian and an English applicant followed from the
acknowledgement through a status change, a question to them, a visit, a transfer, an answer
and the closing, with the messages the worker really sends."""

import re

import pytest
from django.core import mail

from forms_pages.choices import RequestStatus
from forms_pages.models import CitizenRequest, OutboundMessage
from home.language.jalali_input import format_jalali_input
from tests.soup import soup

from .conftest import ask_for_a_visit, staff_client, working_day_ahead

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_rate_limits")]

PERSIAN_LETTERS = re.compile(r"[\u0600-\u06ff]")
HTML_ENTITY = re.compile(r"&(#x?[0-9a-f]+|[a-z]+);", re.IGNORECASE)


def post_answer(staff, citizen_request, **data):
    response = staff.post(f"/admin/citizen-requests/edit/{citizen_request.pk}/", data)
    assert response.status_code == 302, response.content[:500]


def applicant_messages(citizen_request, sms_outbox):
    """(e-mails, texts) the worker sent to the applicant, in order."""
    emails = [m for m in mail.outbox if m.to == [citizen_request.email]]
    texts = [m["text"] for m in sms_outbox if m["recipient"] == citizen_request.mobile]
    return emails, texts


def walk_every_step(client, staff_a, staff_b, citizen_request, departments, run_outbox, answers):
    """Staff take the request through every step the applicant is told about; returns the
    number of steps told (the acknowledgement included)."""
    staff = staff_client(staff_a)
    post_answer(staff, citizen_request, status=RequestStatus.UNDER_REVIEW)
    post_answer(staff, citizen_request, status=RequestStatus.AWAITING_APPLICANT, answer=answers["awaiting"])
    post_answer(
        staff,
        citizen_request,
        status=RequestStatus.VISIT_REQUESTED,
        visit_at=format_jalali_input(working_day_ahead(5), with_time=True),
        visit_place=answers["place"],
        visit_documents=answers["documents"],
    )
    post_answer(staff, citizen_request, status=RequestStatus.ANSWERED, answer=answers["answer"])
    response = staff.post(
        f"/admin/citizen-requests/edit/{citizen_request.pk}/",
        {"action": "transfer", "department": departments[2].pk, "reason": "internal reason"},
    )
    assert response.status_code == 302
    post_answer(staff_client(staff_b), citizen_request, status=RequestStatus.CLOSED, answer=answers["closing"])
    run_outbox()
    return 7


ENGLISH_ANSWERS = {
    "awaiting": "Please send your employer's letter & your ID; we can't go on without them.",
    "place": "Room 204 (O'Neil's desk)",
    "documents": "ID card & insurance booklet",
    "answer": "You'll get the benefit from next month; it's paid on the 1st.",
    "closing": "We're closing the request; thank you.",
}


def test_an_english_applicant_is_told_every_step_in_plain_english(
    client, valid_data, departments, staff_a, staff_b, run_outbox, sms_outbox
):
    english = {**valid_data, "subject": "Unemployment insurance & documents", "name": "Sean O'Brien"}
    assert client.post("/en/contact/", english).status_code == 302
    citizen_request = CitizenRequest.objects.get(subject=english["subject"])
    steps = walk_every_step(client, staff_a, staff_b, citizen_request, departments, run_outbox, ENGLISH_ANSWERS)

    emails, texts = applicant_messages(citizen_request, sms_outbox)
    assert len(emails) == len(texts) == steps
    for message in [*(f"{m.subject}\n{m.body}" for m in emails), *texts]:
        # Plain text: never HTML-escaped (an apostrophe is not «&#x27;»), never Persian.
        assert not HTML_ENTITY.search(message), message
        assert not PERSIAN_LETTERS.search(message), message
        assert citizen_request.code_display in message and "/en/track/" in message, message
    bodies = "\n".join(m.body for m in emails)
    assert "Dear Sean O'Brien," in bodies and "“Unemployment insurance & documents”" in bodies
    for text in ENGLISH_ANSWERS.values():
        assert text in bodies
    # The closing text came with the new status: the SMS says the request is closed.
    assert "Closed" in texts[-1] and ENGLISH_ANSWERS["closing"] in texts[-1]


def test_a_persian_applicant_is_told_every_step_with_persian_digits(
    client, valid_data, departments, staff_a, staff_b, run_outbox, sms_outbox
):
    assert client.post("/contact/", valid_data).status_code == 302
    citizen_request = CitizenRequest.objects.get(subject=valid_data["subject"])
    answers = {
        "awaiting": "لطفاً نامه کارفرما را بفرستید.",
        "place": "ساختمان اداره کل، اتاق ۲۰۴",
        "documents": "کارت ملی",
        "answer": "مستمری از ماه آینده پرداخت می‌شود.",
        "closing": "از پیگیری شما سپاسگزاریم.",
    }
    steps = walk_every_step(client, staff_a, staff_b, citizen_request, departments, run_outbox, answers)

    emails, texts = applicant_messages(citizen_request, sms_outbox)
    assert len(emails) == len(texts) == steps
    for message in [*(m.subject for m in emails), *(m.body for m in emails), *texts]:
        assert citizen_request.code_display_fa in message, message
    for message in [*(m.body for m in emails), *texts]:
        assert "/track/" in message and "/en/" not in message, message
    # The closing text came with the new status: the SMS says the request is closed.
    assert "بسته‌شده" in texts[-1] and answers["closing"] in texts[-1]


def test_waiting_for_the_applicant_needs_the_text_that_says_what_to_send(client, tracked, staff_a, run_outbox):
    staff = staff_client(staff_a)
    before = OutboundMessage.objects.count()
    response = staff.post(
        f"/admin/citizen-requests/edit/{tracked.pk}/", {"status": RequestStatus.AWAITING_APPLICANT, "answer": ""}
    )
    assert response.status_code == 400
    assert "پاسخی را که متقاضی خواهد خواند بنویسید." in soup(response).get_text()
    tracked.refresh_from_db()
    assert tracked.status == RequestStatus.RECEIVED and OutboundMessage.objects.count() == before


def test_a_visit_confirmed_without_a_note_shows_on_the_tracking_page_and_receipt(client, tracked, staff_a):
    ask_for_a_visit(staff_client(staff_a), tracked)
    assert client.post(f"/track/{tracked.code}/visit/", {"answer": "confirm"}).status_code == 302

    history = soup(client.get(f"/track/{tracked.code}/")).select_one(".request-history").get_text()
    assert "متقاضی مراجعه را تأیید کرد" in history
    data = client.get(f"/track/{tracked.code}/data.json").json()
    assert "visit_confirmed" in [step["action"] for step in data["history"]]
