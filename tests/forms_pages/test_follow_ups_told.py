"""Follow-ups that change a request and that the applicant must hear of: a visit called off
before its time (the status message alone said "under review", and the applicant would still
come), and the answer-by date moved when work resumes after waiting for them. Told on every
channel they gave, in their language, and listed in the tracking page's history."""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone

from forms_pages.choices import RequestStatus
from forms_pages.models import CitizenRequest, OutboundMessage
from home.language.dates import format_date
from home.operations.sms import segments
from tests.soup import soup

from .conftest import answer_url, ask_for_a_visit

pytestmark = pytest.mark.django_db

PERSIAN_LETTERS = re.compile(r"[\u0600-\u06ff]")


def last_messages(citizen_request):
    """{channel: body} of the latest event's messages to the applicant."""
    event = citizen_request.events.exclude(messages=None).latest("created_at", "pk")
    return {m.channel: f"{m.subject}\n{m.body}" for m in OutboundMessage.objects.filter(event=event)}


def post(staff, citizen_request, **data):
    response = staff.post(answer_url(citizen_request), data)
    assert response.status_code == 302, response.content[:300]


def test_a_visit_called_off_is_told_and_listed_in_persian(client, tracked, staff):
    ask_for_a_visit(staff, tracked)
    tracked.refresh_from_db()
    when = format_date(tracked.visit_at, "fa")
    post(staff, tracked, status=RequestStatus.UNDER_REVIEW)

    messages = last_messages(tracked)
    assert set(messages) == {"email", "sms"}
    for text in messages.values():
        assert "لغو شد" in text and when in text, text
    assert segments(messages["sms"]) <= 2
    assert tracked.events.filter(action="visit_cancelled").count() == 1
    history = soup(client.get(f"/track/{tracked.code}/")).select(".request-history__note[data-step=visit_cancelled]")
    assert len(history) == 1 and "لغو شد" in history[0].get_text()


def test_a_visit_called_off_with_an_answer_says_both_in_english(valid_data, staff):
    client = Client()
    client.post("/en/contact/", {**valid_data, "subject": "Unemployment insurance", "name": "Sean O'Brien"})
    english = CitizenRequest.objects.get(subject="Unemployment insurance")
    client.post("/en/track/", {"code": english.code, "contact": "09123456789"})
    ask_for_a_visit(staff, english, place="Room 204", documents="ID card")
    post(staff, english, status=RequestStatus.ANSWERED, answer="Your benefit is paid from next month.")

    messages = last_messages(english)
    for text in messages.values():
        assert "is cancelled" in text and "Your benefit is paid" in text, text
        assert not PERSIAN_LETTERS.search(text), text
    history = soup(client.get(f"/en/track/{english.code}/")).select_one(
        ".request-history__note[data-step=visit_cancelled]"
    )
    assert "cancelled" in history.get_text() and not PERSIAN_LETTERS.search(history.get_text())


def test_a_visit_whose_time_has_passed_is_not_called_off(tracked, staff):
    ask_for_a_visit(staff, tracked)
    CitizenRequest.objects.filter(pk=tracked.pk).update(visit_at=timezone.now() - datetime.timedelta(hours=2))
    post(staff, tracked, status=RequestStatus.ANSWERED, answer="پرونده شما بررسی و تأیید شد.")
    assert not tracked.events.filter(action="visit_cancelled").exists()
    assert not any("لغو" in text for text in last_messages(tracked).values())


def test_a_new_visit_time_is_not_a_cancellation(tracked, staff):
    ask_for_a_visit(staff, tracked)
    ask_for_a_visit(staff, tracked, days=8)
    assert not tracked.events.filter(action="visit_cancelled").exists()


def test_work_resumed_tells_the_moved_answer_by_date(tracked, staff):
    post(staff, tracked, status=RequestStatus.AWAITING_APPLICANT, answer="لطفاً نامه کارفرما را بفرستید.")
    # A week spent waiting for the applicant.
    CitizenRequest.objects.filter(pk=tracked.pk).update(clock_paused_at=timezone.now() - datetime.timedelta(days=7))
    old_due = CitizenRequest.objects.get(pk=tracked.pk).due_at
    post(staff, tracked, status=RequestStatus.UNDER_REVIEW)
    tracked.refresh_from_db()
    assert tracked.due_at > old_due
    email = last_messages(tracked)["email"]
    assert format_date(tracked.due_at, "fa") in email and "مهلت پاسخ" in email, email


@pytest.mark.parametrize(("email", "sms", "unreached"), [("sent", "failed", False), ("failed", "failed", True)])
def test_one_channel_reaching_the_applicant_with_the_news_is_enough(tracked, email, sms, unreached):
    """The answer's e-mail reached the applicant but its SMS (queued just after it) failed for
    good: they were told, so the desk is not sent to phone them (nor the other way round)."""
    OutboundMessage.objects.filter(request=tracked).update(state="sent")
    staff_answer = tracked.events.create(action="answered", status=RequestStatus.ANSWERED, public_text="پاسخ")
    for channel, state in (("email", email), ("sms", sms)):
        OutboundMessage.objects.create(
            request=tracked,
            event=staff_answer,
            channel=channel,
            purpose="answer",
            recipient="x",
            body="پاسخ",
            state=state,
        )
    assert CitizenRequest.objects.filter(pk=tracked.pk).unreached().exists() is unreached


def test_a_note_for_staff_alone_is_no_step_of_the_applicants_history(client, tracked, staff):
    """Saved with the status unchanged and no text for the applicant: nothing is sent, so the
    applicant's history shows no new step (it read as if something had happened)."""
    post(staff, tracked, status=RequestStatus.UNDER_REVIEW)
    steps = len(soup(client.get(f"/track/{tracked.code}/")).select(".request-history__step"))
    sent = OutboundMessage.objects.filter(request=tracked).count()
    post(staff, tracked, status=RequestStatus.UNDER_REVIEW, internal_note="با کارشناس بیمه هماهنگ شد.")
    assert OutboundMessage.objects.filter(request=tracked).count() == sent
    assert len(soup(client.get(f"/track/{tracked.code}/")).select(".request-history__step")) == steps
    # The desk's audit trail keeps the note.
    trail = soup(staff.get(answer_url(tracked))).select_one("table.audit-trail").get_text()
    assert "با کارشناس بیمه هماهنگ شد." in trail


def test_staff_read_an_english_answer_and_reply_left_to_right(valid_data, staff):
    """In the Persian audit trail the applicant's English words keep their own direction (the
    full stop at their end, not flung to the left of the first word)."""
    client = Client()
    client.post("/en/contact/", {**valid_data, "subject": "Unemployment insurance", "name": "Sean O'Brien"})
    english = CitizenRequest.objects.get(subject="Unemployment insurance")
    client.post("/en/track/", {"code": english.code, "contact": "09123456789"})
    post(staff, english, status=RequestStatus.AWAITING_APPLICANT, answer="Please send your employer's letter.")
    client.post(f"/en/track/{english.code}/reply/", {"text": "I am travelling; I will send it next week."})
    trail = soup(staff.get(answer_url(english))).select_one("table.audit-trail")
    texts = {" ".join(block.get_text().split()) for block in trail.select("[dir=auto][lang=en]")}
    assert {"Please send your employer's letter.", "I am travelling; I will send it next week."} <= texts
