"""A save on the desk's answer screen that leaves the status as it was (an answer added to a
closed request, a visit moved, an answer while a visit is awaited) says only what happened: the
applicant's e-mail and SMS, their history and the staff's audit trail never say the request
"is now" in the status it already had."""

import pytest

from forms_pages.choices import Channel, RequestStatus
from forms_pages.factories import CitizenRequestFactory
from forms_pages.models import OutboundMessage
from home.language.jalali_input import format_jalali_input
from tests.soup import soup

from .conftest import answer_url, ask_for_a_visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_rate_limits")]

FIRST = "پاسخ نهایی: مستمری سه ماه گذشته تا پایان هفته واریز می‌شود."
LATER = "تکمیل پاسخ: واریز انجام شد و رسید آن در صفحهٔ پیگیری است."


def save(staff, citizen_request, **data):
    response = staff.post(answer_url(citizen_request), {"action": "answer"} | data)
    assert response.status_code == 302, response.content[:400]


def last_messages(citizen_request):
    """The e-mail and the SMS queued for the request's last step."""
    event = citizen_request.events.order_by("pk").last()
    queued = {m.channel: m for m in OutboundMessage.objects.filter(event=event)}
    return event, queued[Channel.EMAIL], queued[Channel.SMS]


@pytest.fixture
def closed(staff, tracked):
    """`tracked` closed by the desk with an answer, then given a second answer, still closed."""
    save(staff, tracked, status=RequestStatus.CLOSED, answer=FIRST)
    save(staff, tracked, status=RequestStatus.CLOSED, answer=LATER)
    return tracked


def test_the_second_answer_to_a_closed_request_states_no_status(closed):
    event, email, sms = last_messages(closed)
    assert event.public_text == LATER and event.status == ""
    assert "بسته‌شده" not in email.body and "بسته‌شده" not in sms.body
    assert "برای درخواست شما با موضوع «پرسش درباره بیمه بیکاری» پاسخ تازه‌ای ثبت شد." in email.body
    assert LATER in email.body and LATER in sms.body


def test_the_staff_see_no_new_status_on_the_second_answer(staff, closed):
    page = soup(staff.get(answer_url(closed)))
    rows = page.select("table.audit-trail tbody tr")
    assert "بسته‌شده" in rows[-2].select_one('td[data-label="وضعیت تازه"]').get_text()
    assert rows[-1].select_one('td[data-label="وضعیت تازه"]').get_text(strip=True) == ""


def test_the_applicants_history_shows_closed_once(client, closed):
    history = soup(client.get(f"/track/{closed.code}/")).select_one(".request-history")
    steps = history.select(".request-history__step")
    assert [s.strong.get_text() for s in steps if s.strong and "بسته‌شده" in s.strong.get_text()] == ["بسته‌شده"]
    assert LATER in steps[-1].get_text() and "بسته‌شده" not in steps[-1].get_text()


def test_an_english_applicant_is_not_told_it_is_now_closed(staff, departments):
    request = CitizenRequestFactory(department=departments[1], language="en", subject="Unemployment benefit")
    save(staff, request, status=RequestStatus.CLOSED, answer="Your benefit will be paid this week.")
    save(staff, request, status=RequestStatus.CLOSED, answer="It has now been paid.")
    _event, email, sms = last_messages(request)
    assert "Closed" not in email.body and "is now" not in email.body
    assert "There is a new answer to your request “Unemployment benefit”." in email.body
    assert "Closed" not in sms.body and "is now" not in sms.body
    assert sms.body.startswith("Answer to request ")


def test_a_moved_visit_says_the_visit_changed_not_the_status(staff, tracked):
    ask_for_a_visit(staff, tracked, days=5)
    ask_for_a_visit(staff, tracked, place="ساختمان اداره کل، اتاق ۳۰۱", days=6)
    event, email, _sms = last_messages(tracked)
    assert event.status == RequestStatus.VISIT_REQUESTED
    assert "مراجعهٔ حضوری برای درخواست شما با موضوع «پرسش درباره بیمه بیکاری» تغییر کرد." in email.body
    assert "وضعیت درخواست شما" not in email.body


def test_an_answer_while_a_visit_is_awaited_is_texted_as_an_answer(staff, tracked):
    ask_for_a_visit(staff, tracked, days=5)
    save(staff, tracked, status=RequestStatus.VISIT_REQUESTED, answer=LATER, **visit_as_it_is(tracked))
    event, _email, sms = last_messages(tracked)
    assert event.status == "" and LATER in sms.body


def visit_as_it_is(citizen_request):
    """The visit fields of the screen as they stand (the answer screen posts them unchanged)."""
    citizen_request.refresh_from_db()
    return {
        "visit_at": format_jalali_input(citizen_request.visit_at, with_time=True),
        "visit_place": citizen_request.visit_place,
        "visit_documents": citizen_request.visit_documents,
    }
