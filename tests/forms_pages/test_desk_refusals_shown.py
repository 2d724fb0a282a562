"""A refused transfer or answer on the desk's screen is said where the staff member looks: a
Wagtail error message at the top names the action and what to fix, and the page opens
(`autofocus`, no script) at the refused part's error summary, which links to each field, with
everything typed still there. And the answer box says truthfully how this applicant is told,
by the channels the outbox uses (`applicant_channels`)."""

import pytest

from forms_pages.choices import Channel, MessagePurpose
from forms_pages.handling import create_anonymous_report, create_request
from forms_pages.models import OutboundMessage
from tests.soup import error_summary, soup

from .conftest import answer_url, make_staff, post_transfer, refused_answer, staff_client

pytestmark = pytest.mark.django_db

ANSWER = "پیش‌نویس پاسخ: مدارک شما بررسی شد و ..."
REASON = "موضوع مربوط به بازرسی کار است، نه بیمه."
NO_REASON = "بنویسید چرا درخواست ارجاع می‌شود؛ فقط کارکنان آن را می‌خوانند."  # not «این فیلد لازم است.»


def top_errors(page):
    """The text of Wagtail's error messages at the top (not its <template> for script-added ones)."""
    return " ".join(
        li.get_text(" ", strip=True) for li in page.select(".messages li.error") if not li.find_parent("template")
    )


def opened_at(page):
    """The part of the screen the page opens at: the one element with `autofocus`."""
    [focused] = page.select("[autofocus]")
    return focused


def test_a_transfer_with_no_reason_is_said_at_the_top_and_opens_at_the_transfer(tracked, staff, departments):
    response = post_transfer(staff, tracked, departments[2], "", answer=ANSWER)
    assert response.status_code == 400
    page = soup(response)
    said = top_errors(page)
    assert said.startswith("درخواست ارجاع نشد.") and f"علت ارجاع: {NO_REASON}" in said
    summary = opened_at(page)
    assert summary.has_attr("data-error-summary") and summary["tabindex"] == "-1"
    assert summary.find_parent(class_="transfer-form")
    assert error_summary(page) == {"#id_reason": f"علت ارجاع: {NO_REASON}"}
    # Nothing typed is lost.
    assert page.select_one("textarea[name=answer]").get_text().strip() == ANSWER
    assert page.select_one("select[name=department] option[selected]")["value"] == str(departments[2].pk)


def test_an_answer_refused_is_said_at_the_top_and_opens_at_the_answer(tracked, staff, departments):
    page = refused_answer(staff, tracked, departments[2], REASON)
    said = top_errors(page)
    assert said.startswith("پاسخ ذخیره نشد و چیزی برای متقاضی فرستاده نشد.")
    assert "پاسخی را که متقاضی خواهد خواند بنویسید." in said
    summary = opened_at(page)
    assert summary.find_parent("form") and not summary.find_parent(class_="transfer-form")
    assert list(error_summary(page)) == ["#id_answer"]
    assert page.select_one("textarea[name=reason]").get_text().strip() == REASON
    assert not OutboundMessage.objects.filter(request=tracked, purpose=MessagePurpose.ANSWER).exists()


def test_a_save_with_nothing_to_record_is_said_at_the_top_too(tracked, staff):
    response = staff.post(answer_url(tracked), {"action": "answer", "status": tracked.status})
    assert response.status_code == 400
    page = soup(response)
    assert "چیزی برای ثبت نیست" in top_errors(page) and "پاسخ ذخیره نشد" in top_errors(page)
    assert "چیزی برای ثبت نیست" in opened_at(page).get_text()


def test_a_report_sent_to_the_unit_it_is_about_is_refused_at_the_top(client, departments):
    about = departments[1]
    report, _phrase = create_anonymous_report(
        {"department": about, "subject": "دریافت وجه برای صدور مجوز", "text": "کارمند باجه سه وجه نقد خواست."}
    )
    desk = staff_client(make_staff("desk_complaints", report.department))
    response = desk.post(
        answer_url(report),
        {"action": "transfer", "status": report.status, "answer": ANSWER, "department": about.pk, "reason": REASON},
    )
    assert response.status_code == 400
    page = soup(response)
    said = top_errors(page)
    assert said.startswith("درخواست ارجاع نشد.") and "نمی‌توان آن را به همان واحد ارجاع داد" in said
    assert about.name in said
    assert list(error_summary(page)) == ["#id_department"]
    assert opened_at(page).find_parent(class_="transfer-form")
    assert page.select_one("textarea[name=reason]").get_text().strip() == REASON
    assert page.select_one("textarea[name=answer]").get_text().strip() == ANSWER


def test_a_page_not_refused_opens_at_the_top(tracked, staff):
    page = soup(staff.get(answer_url(tracked)))
    assert not page.select("[autofocus]") and not top_errors(page)


# -- how this applicant is told ----------------------------------------------------------------

TOLD = {
    "both": "با ایمیل و پیامک برای متقاضی فرستاده می‌شود.",
    "sms": "تنها با پیامک برای متقاضی فرستاده می‌شود: ایمیلی نداده است.",
    "email": "تنها با ایمیل برای متقاضی فرستاده می‌شود: شماره همراه ایرانی نداده است.",
}


@pytest.mark.parametrize(
    "mobile,email,told,channels",
    [
        ("09123456789", "maryam@example.ir", "both", {Channel.EMAIL, Channel.SMS}),
        ("09123456789", "", "sms", {Channel.SMS}),
        ("+447700900123", "john@example.co.uk", "email", {Channel.EMAIL}),  # a number abroad gets no SMS
        ("", "ali@example.ir", "email", {Channel.EMAIL}),
    ],
)
def test_the_answer_box_says_how_this_applicant_is_told(staff, departments, mobile, email, told, channels):
    stored = create_request(
        {
            "kind": "question",
            "department": departments[1],
            "subject": "پرسش درباره بیمه بیکاری",
            "text": "برای ثبت درخواست بیمه بیکاری چه مدارکی لازم است؟",
            "name": "مریم احمدی",
            "mobile": mobile,
            "email": email,
        }
    )
    help_text = soup(staff.get(answer_url(stored))).select_one("#id_answer_helptext").get_text(" ", strip=True)
    assert help_text.startswith("متقاضی فارسی می‌خواند.") and help_text.endswith(TOLD[told])
    # What the box says is what the outbox did with the acknowledgement.
    sent = OutboundMessage.objects.filter(request=stored, purpose=MessagePurpose.ACKNOWLEDGEMENT)
    assert set(sent.values_list("channel", flat=True)) == channels


def test_the_answer_box_of_an_anonymous_report_says_it_is_read_on_the_tracking_page(departments):
    report, _phrase = create_anonymous_report(
        {"department": departments[1], "subject": "دریافت وجه برای صدور مجوز", "text": "کارمند باجه سه وجه نقد خواست."}
    )
    desk = staff_client(make_staff("desk_complaints", report.department))
    help_text = soup(desk.get(answer_url(report))).select_one("#id_answer_helptext").get_text(" ", strip=True)
    assert "فرستاده نمی‌شود" in help_text and "در صفحهٔ پیگیری می‌خواند" in help_text
    assert "پیامک" not in help_text
    assert not OutboundMessage.objects.filter(request=report, purpose=MessagePurpose.ACKNOWLEDGEMENT).exists()


def test_an_english_reader_abroad_is_told_by_e_mail_only(client, valid_data, staff):
    client.post("/en/contact/", dict(valid_data, mobile="+44 7700 900123"))
    stored = OutboundMessage.objects.filter(purpose=MessagePurpose.ACKNOWLEDGEMENT).latest("pk").request
    assert stored.language == "en"
    help_text = soup(staff.get(answer_url(stored))).select_one("#id_answer_helptext").get_text(" ", strip=True)
    assert help_text.startswith("متقاضی درخواست را در سایت انگلیسی فرستاده است") and help_text.endswith(TOLD["email"])


def test_a_refused_transfer_keeps_the_send_anyway_tick(client, valid_data, staff, departments):
    client.post("/en/contact/", valid_data)
    stored = OutboundMessage.objects.filter(purpose=MessagePurpose.ACKNOWLEDGEMENT).latest("pk").request
    response = staff.post(
        answer_url(stored),
        {"action": "transfer", "status": stored.status, "answer": "نشانی: خیابان آزادی", "send_anyway": "on"},
    )
    assert response.status_code == 400
    assert soup(response).select_one("input[name=send_anyway]").has_attr("checked")
