"""The desk's answer screen refuses a save that would record nothing (the same status, no
answer, no internal note, the same visit), writing and sending nothing; and after a save it
says what was recorded, not always "The answer was recorded."."""

import pytest
from django.utils import timezone
from wagtail.users.models import UserProfile

from forms_pages.choices import EventAction, RequestStatus
from forms_pages.handling import create_anonymous_report, record_answer
from forms_pages.models import OutboundMessage, RequestEvent
from home.language.jalali_input import format_jalali_input
from tests.soup import soup

from .conftest import answer_url, ask_for_a_visit

pytestmark = pytest.mark.django_db

NOTHING = "چیزی برای ثبت نیست: وضعیت تازه‌ای برگزینید، یا پاسخی برای متقاضی یا یادداشتی داخلی بنویسید."
REASON = "موضوع مربوط به بازرسی کار است، نه بیمه."


def form_error(response):
    """The answer part's error of the whole form, as its error summary lists it."""
    error = soup(response).select_one("form.answer-form .error-summary li")
    return error.get_text(" ", strip=True) if error else ""


def successes(page):
    """The success lines shown (not Wagtail's empty <template> for lines added by script)."""
    return [
        li.get_text(" ", strip=True) for li in page.select(".messages li.success") if not li.find_parent("template")
    ]


def said(staff, citizen_request):
    """The desk's success line on the screen the save redirected to."""
    return " ".join(successes(soup(staff.get(answer_url(citizen_request)))))


def counts(citizen_request):
    return citizen_request.events.count(), OutboundMessage.objects.filter(request=citizen_request).count()


def test_a_save_that_changes_nothing_is_refused_and_nothing_is_written_or_sent(client, tracked, staff, departments):
    before = counts(tracked)
    response = staff.post(
        answer_url(tracked),
        # Spaces are no answer and no note; a transfer reason typed beside it is kept.
        {
            "action": "answer",
            "status": tracked.status,
            "answer": "   ",
            "internal_note": " ",
            "department": departments[2].pk,
            "reason": REASON,
        },
    )
    assert response.status_code == 400
    assert form_error(response) == NOTHING
    page = soup(response)
    assert page.select_one("textarea[name=reason]").get_text().strip() == REASON
    assert not successes(page)
    tracked.refresh_from_db()
    assert tracked.status == RequestStatus.RECEIVED
    assert counts(tracked) == before
    assert not tracked.events.filter(action="status").exists()
    # The applicant's history has only the submission.
    history = soup(client.get(f"/track/{tracked.code}/")).select_one(".request-history")
    assert len(history.select("li")) == 1


def test_the_same_visit_again_is_nothing_to_record_but_a_new_place_is(tracked, staff):
    ask_for_a_visit(staff, tracked)
    tracked.refresh_from_db()
    before = counts(tracked)
    visit_messages = OutboundMessage.objects.filter(request=tracked, purpose="visit")
    invited = visit_messages.count()
    same = {
        "action": "answer",
        "status": RequestStatus.VISIT_REQUESTED,
        "visit_at": format_jalali_input(timezone.localtime(tracked.visit_at), with_time=True),
        "visit_place": tracked.visit_place,
        "visit_documents": tracked.visit_documents,
    }
    response = staff.post(answer_url(tracked), same)
    assert response.status_code == 400 and form_error(response) == NOTHING
    assert counts(tracked) == before

    moved = {**same, "visit_place": "ساختمان شماره ۲، اتاق ۱۰۱"}
    assert staff.post(answer_url(tracked), moved).status_code == 302
    assert said(staff, tracked) == "درخواست مراجعه حضوری ثبت شد. برای متقاضی پیام فرستاده می‌شود."
    tracked.refresh_from_db()
    assert tracked.visit_place == "ساختمان شماره ۲، اتاق ۱۰۱"
    assert visit_messages.count() > invited  # the applicant is told the new place


def test_record_answer_writes_nothing_for_a_save_that_changes_nothing(tracked, staff_a):
    before = counts(tracked)
    locked, event = record_answer(tracked, staff_a, {"status": tracked.status, "answer": "", "internal_note": ""})
    assert event is None and locked.status == tracked.status
    assert counts(tracked) == before


def test_a_status_change_says_so_and_not_that_an_answer_was_recorded(tracked, staff):
    response = staff.post(answer_url(tracked), {"action": "answer", "status": RequestStatus.UNDER_REVIEW})
    assert response.status_code == 302
    line = said(staff, tracked)
    assert line == "وضعیت درخواست به «در دست بررسی» تغییر کرد. برای متقاضی پیام فرستاده می‌شود."
    assert "پاسخ ثبت شد" not in line


def test_an_internal_note_alone_says_only_that(tracked, staff):
    before_messages = counts(tracked)[1]
    response = staff.post(
        answer_url(tracked), {"action": "answer", "status": tracked.status, "internal_note": "با متقاضی تماس گرفتم."}
    )
    assert response.status_code == 302
    assert said(staff, tracked) == "یادداشت داخلی ثبت شد؛ تنها کارکنان آن را می‌بینند."
    assert counts(tracked)[1] == before_messages  # the applicant is not told of a note
    # The staff's history names it a note, not a change of status with no status.
    event = RequestEvent.objects.get(request=tracked, internal_note="با متقاضی تماس گرفتم.")
    assert (event.action, event.status) == (EventAction.NOTED, "")
    trail = soup(staff.get(answer_url(tracked))).select_one("table.audit-trail").get_text(" ", strip=True)
    assert "یادداشت داخلی" in trail


def test_a_note_on_an_answered_request_needs_no_new_answer(tracked, staff):
    answered = {"action": "answer", "status": RequestStatus.ANSWERED, "answer": "مدارک لازم: کارت ملی."}
    assert staff.post(answer_url(tracked), answered).status_code == 302
    assert said(staff, tracked).startswith("پاسخ ثبت شد.")
    before_messages = counts(tracked)[1]
    note = {"action": "answer", "status": RequestStatus.ANSWERED, "internal_note": "متقاضی تلفنی تشکر کرد."}
    response = staff.post(answer_url(tracked), note)
    assert response.status_code == 302
    assert said(staff, tracked) == "یادداشت داخلی ثبت شد؛ تنها کارکنان آن را می‌بینند."
    assert counts(tracked)[1] == before_messages
    # Moving to "answered" still needs the answer the applicant will read.
    tracked.refresh_from_db()
    tracked.status = RequestStatus.UNDER_REVIEW
    tracked.save()
    assert staff.post(answer_url(tracked), note).status_code == 400


def test_an_answer_with_a_new_status_and_a_note_says_all_three(tracked, staff):
    response = staff.post(
        answer_url(tracked),
        {
            "action": "answer",
            "status": RequestStatus.ANSWERED,
            "answer": "مدارک لازم: کارت ملی و گواهی پایان کار.",
            "internal_note": "پاسخ را با کارشناس بیمه هماهنگ کردم.",
        },
    )
    assert response.status_code == 302
    assert said(staff, tracked) == (
        "پاسخ ثبت شد. وضعیت درخواست به «پاسخ داده شد» تغییر کرد. برای متقاضی پیام فرستاده می‌شود. "
        "یادداشت داخلی ثبت شد؛ تنها کارکنان آن را می‌بینند."
    )


def test_an_anonymous_report_is_read_on_the_tracking_page(anonymous_report, departments, staff, staff_a):
    report, _phrase = create_anonymous_report({**anonymous_report, "department": departments[3]})
    staff_a.groups.add(report.department.staff_group)  # the unit handling violation reports
    assert staff.post(answer_url(report), {"action": "answer", "status": RequestStatus.UNDER_REVIEW}).status_code == 302
    assert said(staff, report) == "وضعیت درخواست به «در دست بررسی» تغییر کرد. متقاضی آن را در صفحهٔ پیگیری می‌بیند."


def test_english_staff_read_the_refusal_and_the_success_in_english(tracked, staff, staff_a):
    profile = UserProfile.get_for_user(staff_a)
    profile.preferred_language = "en"
    profile.save()
    response = staff.post(answer_url(tracked), {"action": "answer", "status": tracked.status})
    assert response.status_code == 400
    assert form_error(response) == (
        "There is nothing to record: choose a new status, or write an answer to the applicant or an internal note."
    )
    staff.post(answer_url(tracked), {"action": "answer", "status": RequestStatus.UNDER_REVIEW})
    assert said(staff, tracked) == (
        "The request's status was changed to “Under review”. A message will be sent to the applicant."
    )
