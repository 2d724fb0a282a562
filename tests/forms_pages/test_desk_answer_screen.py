"""The staff answer screen: a visit time must be ahead and on an open day, a failed (or
successful) action keeps what was typed in the other part of the page, and a transfer is told
to the applicant and shown in their public history, without the staff's reason."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.users.models import UserProfile

from forms_pages.choices import MessagePurpose, RequestStatus
from forms_pages.models import CitizenRequest, OfficeClosure, OutboundMessage
from home.language.dates import format_date
from home.language.jalali_input import format_jalali_input
from tests.soup import soup

from .conftest import answer_url, post_transfer, refused_answer, working_day_ahead

pytestmark = pytest.mark.django_db

TEN = datetime.time(10, 0)
REASON = "موضوع مربوط به بازرسی کار است، نه بیمه."
ANSWER = "پیش‌نویس پاسخ: مدارک شما بررسی شد و ..."


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
    response = staff.post(answer_url(tracked), visit(twelve_days_ago))
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
    assert staff.post(answer_url(tracked), visit(a_minute_ago)).status_code == 400
    assert staff.post(answer_url(tracked), visit(working_day_ahead(1))).status_code == 302
    tracked.refresh_from_db()
    assert tracked.status == RequestStatus.VISIT_REQUESTED


def test_a_visit_time_not_understood_is_said_so_once(tracked, staff):
    """«فردا ساعت ۱۰» was told both how to write the date and that the visit needs a date."""
    response = staff.post(answer_url(tracked), visit("فردا ساعت ۱۰"))
    assert response.status_code == 400
    error = visit_error(response)
    assert error.strip().startswith("تاریخ را به تقویم هجری شمسی وارد کنید، مانند ")
    assert "برای مراجعه حضوری، تاریخ، محل و مدارک همراه را بنویسید." not in error


def test_a_visit_on_a_friday_a_holiday_or_a_closure_is_refused(tracked, staff):
    today = timezone.localdate()
    friday = today + datetime.timedelta(days=(4 - today.weekday()) % 7 + 7)
    response = staff.post(answer_url(tracked), visit(timezone.make_aware(datetime.datetime.combine(friday, TEN))))
    assert response.status_code == 400
    assert "تعطیل است" in visit_error(response) and "(جمعه)" in visit_error(response)

    nowruz = datetime.datetime(today.year + 1, 3, 21, 10, 0)
    response = staff.post(answer_url(tracked), visit(timezone.make_aware(nowruz)))
    assert response.status_code == 400 and "نوروز" in visit_error(response)

    closed = working_day_ahead(2)
    OfficeClosure.objects.create(date=timezone.localtime(closed).date(), reason="آلودگی هوا")
    response = staff.post(answer_url(tracked), visit(closed))
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
    response = staff.post(answer_url(tracked), visit(f"{yesterday:%Y-%m-%d %H:%M}"))
    assert response.status_code == 400
    assert "The visit time has passed; choose a time after now." in visit_error(response)


# -- one action failing keeps the text of the other ------------------------------------------


def test_a_failed_transfer_keeps_the_answer_being_typed(tracked, staff, departments):
    page = soup(staff.get(answer_url(tracked)))
    # One form posts both parts, so the answer travels with the transfer.
    assert page.select_one("form:has(button[value=transfer]) textarea[name=answer]")
    assert page.select_one("form:has(button[value=answer]) select[name=department]")
    response = post_transfer(
        staff, tracked, departments[2], "", status=RequestStatus.ANSWERED, answer=ANSWER, internal_note="یادداشت داخلی"
    )
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("textarea[name=answer]").get_text().strip() == ANSWER
    assert page.select_one("textarea[name=internal_note]").get_text().strip() == "یادداشت داخلی"
    assert page.select_one("select[name=status] option[selected]")["value"] == RequestStatus.ANSWERED
    assert page.select_one("select[name=department] option[selected]")["value"] == str(departments[2].pk)
    errors = [p.get_text() for p in page.select(".error-message")]
    # Only the transfer's own error: the answer part was not submitted.
    reason_wrapper = page.select_one("#id_reason").find_parent(class_="w-field__wrapper")
    assert reason_wrapper.select_one(".error-message") and len(errors) == 1
    tracked.refresh_from_db()
    assert tracked.department == departments[1] and not tracked.events.filter(action="transferred").exists()


def test_a_failed_answer_keeps_the_transfer_being_typed(tracked, staff, departments):
    page = refused_answer(staff, tracked, departments[2], REASON)
    assert page.select_one("textarea[name=reason]").get_text().strip() == REASON
    assert page.select_one("select[name=department] option[selected]")["value"] == str(departments[2].pk)
    assert page.select_one("#id_reason").find_parent(class_="w-field__wrapper").select_one(".error-message") is None


def test_a_successful_action_keeps_the_other_part_as_a_draft_once(tracked, staff, staff_a, departments):
    staff_a.groups.add(departments[2].staff_group)  # still sees the request after the transfer
    response = post_transfer(staff, tracked, departments[2], REASON, answer=ANSWER)
    assert response.status_code == 302 and response["Location"] == answer_url(tracked)
    page = soup(staff.get(answer_url(tracked)))
    assert page.select_one("textarea[name=answer]").get_text().strip() == ANSWER
    assert not page.select(".error-message")
    assert "نگه داشته شده" in page.get_text()
    # The desk is told where the request went.
    assert f"درخواست به {departments[2].name} ارجاع شد." in " ".join(page.get_text().split())
    # Shown once: the next visit to the screen starts clean.
    assert soup(staff.get(answer_url(tracked))).select_one("textarea[name=answer]").get_text().strip() == ""

    # And the other way round: a recorded answer keeps a transfer reason typed beside it.
    response = staff.post(
        answer_url(tracked),
        {"action": "answer", "status": RequestStatus.UNDER_REVIEW, "department": departments[1].pk, "reason": REASON},
    )
    assert response.status_code == 302
    page = soup(staff.get(answer_url(tracked)))
    assert page.select_one("textarea[name=reason]").get_text().strip() == REASON
    assert page.select_one("select[name=department] option[selected]")["value"] == str(departments[1].pk)


# -- the applicant is told about a transfer --------------------------------------------------


def test_a_transfer_is_told_to_the_applicant_and_shown_in_their_history(
    client, tracked, staff, departments, run_outbox, sms_outbox
):
    response = staff.post(
        answer_url(tracked), {"action": "transfer", "department": departments[2].pk, "reason": REASON}
    )
    assert response.status_code == 302
    new_department = departments[2].name

    history = soup(client.get(f"/track/{tracked.code}/")).select_one(".request-history")
    transfer = history.select_one(".request-history__note[data-step=transferred]").get_text()
    assert new_department in transfer and "ارجاع" in transfer
    assert "بازرسی کار است" not in history.get_text()  # the reason is for staff only
    assert "بازرسی کار است" not in client.get(f"/track/{tracked.code}/data.json").content.decode()

    notices = OutboundMessage.objects.filter(request=tracked, purpose=MessagePurpose.TRANSFER_NOTICE)
    assert set(notices.values_list("channel", "recipient")) == {("email", "maryam@example.ir"), ("sms", "09123456789")}
    run_outbox()
    [to_applicant] = [m for m in mail.outbox if m.to == ["maryam@example.ir"] and "ارجاع" in m.subject]
    assert tracked.code_display_fa in to_applicant.subject
    assert new_department in to_applicant.body and "بازرسی کار است" not in to_applicant.body
    [sms] = [m["text"] for m in sms_outbox if m["recipient"] == "09123456789" and "ارجاع" in m["text"]]
    assert tracked.code_display_fa in sms and new_department in sms and "بازرسی" not in sms
    assert not any(ch.isascii() and ch.isdigit() for ch in sms.split("http")[0])  # Persian digits
    # The department still gets its alert, with the reason.
    [alert] = [m for m in mail.outbox if m.to == [departments[2].email]]
    assert "بازرسی کار است" in alert.body


def test_an_english_applicant_is_told_in_english_with_the_english_department_name(
    client, valid_data, staff, departments, run_outbox
):
    client.post("/en/contact/", valid_data)
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    assert stored.language == "en"
    staff.post(answer_url(stored), {"action": "transfer", "department": departments[2].pk, "reason": REASON})
    english_name = departments[2].in_language("en").name
    [sms] = OutboundMessage.objects.filter(request=stored, purpose="transfer_notice", channel="sms")
    assert f"Request {stored.code_display} was transferred to {english_name}" in sms.body
    run_outbox()
    [to_applicant] = [m for m in mail.outbox if m.to == ["maryam@example.ir"] and "transferred" in m.subject]
    assert english_name in to_applicant.body and "/en/track/" in to_applicant.body
