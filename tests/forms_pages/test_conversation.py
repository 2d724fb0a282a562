"""The conversation after sending: the applicant's replies and visit answers, transfers
between departments, reminders and escalation of overdue requests, bad input on replies."""

import datetime
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from forms_pages.choices import RequestStatus
from forms_pages.escalation import daily_round
from forms_pages.models import DepartmentDesk, OutboundMessage
from forms_pages.models.working_days import add_working_days
from home.language.jalali_input import format_jalali_input
from tests.soup import soup

from .conftest import PDF_BYTES, staff_client, working_day_ahead

pytestmark = pytest.mark.django_db


def test_applicant_replies_with_a_file_staff_see_it_and_the_clock_resumes(client, tracked, staff_a, run_outbox):
    staff = staff_client(staff_a)
    staff.post(
        f"/admin/citizen-requests/edit/{tracked.pk}/",
        {"status": RequestStatus.AWAITING_APPLICANT, "answer": "لطفاً برگه پایان کار را بفرستید."},
    )
    tracked.refresh_from_db()
    assert tracked.clock_paused
    page = soup(client.get(f"/track/{tracked.code}/"))
    assert page.select_one(".request-reply form textarea[name=text]")

    reply = "برگه پایان کار را پیوست کردم."
    response = client.post(
        f"/track/{tracked.code}/reply/",
        {"text": reply, "attachments": [SimpleUploadedFile("payan-kar.pdf", PDF_BYTES)]},
    )
    assert response.status_code == 302
    tracked.refresh_from_db()
    assert tracked.status == RequestStatus.UNDER_REVIEW and not tracked.clock_paused
    event = tracked.events.get(action="replied")
    assert event.applicant_text == reply and event.attachments.get().original_name == "payan-kar.pdf"

    # The page answers on a confirmation that the reply went, and says it once.
    assert response.url == f"/track/{tracked.code}/#messages"
    page = soup(client.get(response.url.split("#")[0]))
    sent = f"پاسخ شما برای {tracked.department.name} فرستاده شد. وقتی پاسخ دهند، به شما خبر می‌دهیم."
    assert page.select_one("#messages[role=status]").get_text(strip=True) == sent
    history = page.select_one(".request-history").get_text()
    assert reply in history and "payan-kar.pdf" in history
    assert soup(client.get(f"/track/{tracked.code}/")).select_one("#messages") is None
    audit = soup(staff.get(f"/admin/citizen-requests/edit/{tracked.pk}/")).select_one(".audit-trail").get_text()
    assert reply in audit
    run_outbox()
    alert = [m for m in mail.outbox if m.to == [tracked.department.email] and "پاسخ" in m.subject]
    assert len(alert) == 1 and "09123456789" not in alert[0].body


def test_applicant_confirms_or_reschedules_a_visit(client, tracked, staff_a):
    staff = staff_client(staff_a)
    visit_at = format_jalali_input(working_day_ahead(5), with_time=True)
    data = {
        "status": RequestStatus.VISIT_REQUESTED,
        "visit_at": visit_at,
        "visit_place": "ساختمان اداره کل، اتاق ۲۰۴",
        "visit_documents": "کارت ملی",
    }
    staff.post(f"/admin/citizen-requests/edit/{tracked.pk}/", data)
    page = soup(client.get(f"/track/{tracked.code}/"))
    assert page.select("form.visit-answer input[type=radio][name=answer]")
    assert client.post(f"/track/{tracked.code}/visit/", {"answer": "confirm"}).status_code == 302
    tracked.refresh_from_db()
    assert tracked.status == RequestStatus.VISIT_REQUESTED and tracked.events.filter(action="visit_confirmed").exists()
    sent = f"پاسخ شما دربارهٔ مراجعهٔ حضوری برای {tracked.department.name} فرستاده شد."
    assert soup(client.get(f"/track/{tracked.code}/")).select_one("#messages").get_text(strip=True) == sent

    response = client.post(f"/track/{tracked.code}/visit/", {"answer": "reschedule", "note": "آن روز در سفرم."})
    assert response.status_code == 302
    tracked.refresh_from_db()
    assert tracked.status == RequestStatus.UNDER_REVIEW and not tracked.clock_paused
    audit = soup(staff.get(f"/admin/citizen-requests/edit/{tracked.pk}/")).select_one(".audit-trail").get_text()
    assert "آن روز در سفرم." in audit
    # No visit is pending any more: a late answer is refused.
    assert client.post(f"/track/{tracked.code}/visit/", {"answer": "confirm"}).status_code == 409


def test_a_persian_request_read_on_the_english_tracking_page_is_marked_persian(client, tracked, staff_a):
    visit = {"visit_place": "ساختمان اداره کل، اتاق ۲۰۴", "visit_documents": "کارت ملی\nسوابق بیمه‌ای"}
    data = {"status": RequestStatus.VISIT_REQUESTED, "visit_at": format_jalali_input(working_day_ahead(5), True)}
    staff_client(staff_a).post(f"/admin/citizen-requests/edit/{tracked.pk}/", {**data, **visit})
    page = soup(client.get(f"/en/track/{tracked.code}/"))
    persian = page.select_one("main").find_all(string=re.compile("[\u0600-\u06ff]"))
    assert {"کارت ملی", "ساختمان اداره کل، اتاق ۲۰۴", tracked.subject} <= {text.strip() for text in persian}
    for text in persian:
        holder = text.find_parent(attrs={"lang": True})
        assert (holder["lang"], holder.get("dir")) == ("fa", "auto"), text


@pytest.mark.parametrize(
    "text, words",
    [
        ("سلام\x00دنیا", ("تهی",)),
        ("ا" * 5001, ("۵٬۰۰۰ نویسه",)),
        ("<script>alert(1)</script> سلام", ("HTML",)),
        ("", ("لازم", "ضروری", "بنویسید")),
    ],
)
def test_bad_replies_get_a_persian_error_and_400(client, tracked, text, words):
    response = client.post(f"/track/{tracked.code}/reply/", {"text": text})
    assert response.status_code == 400
    errors = " ".join(li.get_text() for li in soup(response).select(".request-reply .errorlist li"))
    assert any(word in errors for word in words), errors
    assert not tracked.events.filter(action="replied").exists()


def test_replies_need_the_tracking_proof_and_a_real_code(client, tracked, valid_data):
    stranger = Client()
    # Sent to the tracking form to prove the contact first, the same for a code that does not exist.
    for sender, code in ((stranger, tracked.code), (client, "000000000000000")):
        response = sender.post(f"/track/{code}/reply/", {"text": "سلام سلام"})
        assert response.status_code == 302 and response["Location"] == "/track/"
    assert not tracked.events.filter(applicant_text="سلام سلام").exists()
    # The reply's address opened as a page (kept in the address bar after a refused reply, or a
    # shared link) was a blank 405: it goes to the request's page, where the form is.
    for kind in ("reply", "visit"):
        response = client.get(f"/track/{tracked.code}/{kind}/")
        assert response.status_code == 302 and response["Location"] == f"/track/{tracked.code}/"
        assert "no-store" in response["Cache-Control"]
    assert client.put(f"/track/{tracked.code}/reply/").status_code == 405


def test_transfer_moves_the_request_audits_it_and_alerts_the_new_department(
    tracked, staff_a, staff_b, departments, run_outbox
):
    staff = staff_client(staff_a)
    other = staff_client(staff_b)
    assert other.get(f"/admin/citizen-requests/edit/{tracked.pk}/").status_code == 404
    response = staff.post(
        f"/admin/citizen-requests/edit/{tracked.pk}/",
        {"action": "transfer", "department": departments[2].pk, "reason": "موضوع مربوط به بازرسی کار است."},
    )
    assert response.status_code == 302 and response["Location"] == "/admin/citizen-requests/"
    tracked.refresh_from_db()
    assert tracked.department == departments[2]
    event = tracked.events.get(action="transferred")
    assert event.actor == staff_a and "بازرسی کار" in event.internal_note
    # Isolation after the transfer: the old department no longer sees it, the new one does.
    assert staff.get(f"/admin/citizen-requests/edit/{tracked.pk}/").status_code == 404
    assert other.get(f"/admin/citizen-requests/edit/{tracked.pk}/").status_code == 200
    run_outbox()
    alert = [m for m in mail.outbox if m.to == [departments[2].email]]
    assert len(alert) == 1 and "بازرسی کار" in alert[0].body

    # A transfer without a reason is refused.
    response = other.post(
        f"/admin/citizen-requests/edit/{tracked.pk}/", {"action": "transfer", "department": departments[1].pk}
    )
    assert response.status_code == 400


def test_daily_round_reminds_escalates_once_and_sends_digests(tracked, departments, settings, run_outbox):
    settings.REQUESTS_DIRECTOR_EMAIL = "director@example.ir"
    DepartmentDesk.objects.update_or_create(department=tracked.department, defaults={"head_email": "head@example.ir"})
    # Due tomorrow-ish: a reminder to the department.
    before_due = tracked.due_at - datetime.timedelta(hours=12)
    counts = daily_round(now=before_due)
    assert counts["reminded"] >= 1
    assert OutboundMessage.objects.filter(request=tracked, purpose="reminder").count() == 1
    reminder = tracked.events.get(action="reminded")
    assert reminder.internal_note.startswith(f"یادآوری به واحد فرستاده شد (\u2068{tracked.department.email}\u2069)")
    # Overdue: the head of department, once.
    after_due = tracked.due_at + datetime.timedelta(hours=1)
    daily_round(now=after_due)
    daily_round(now=after_due)
    head = OutboundMessage.objects.filter(request=tracked, purpose="escalation", recipient="head@example.ir")
    assert head.count() == 1
    # Still overdue five working days later: the director.
    much_later = add_working_days(tracked.due_at, 6)
    daily_round(now=much_later)
    director = OutboundMessage.objects.filter(request=tracked, purpose="escalation", recipient="director@example.ir")
    assert director.count() == 1
    assert tracked.events.filter(action="escalated").count() == 2
    digests = OutboundMessage.objects.filter(purpose="digest", recipient=tracked.department.email)
    assert digests.count() == 4 and tracked.code_display_fa in digests.last().body
    run_outbox()
    assert any(m.to == ["director@example.ir"] for m in mail.outbox)


def test_desk_daily_command_runs(tracked):
    from io import StringIO

    out = StringIO()
    call_command("desk_daily", stdout=out)
    assert "digests: " in out.getvalue()
    assert OutboundMessage.objects.filter(purpose="digest").exists()
