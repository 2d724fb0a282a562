"""What the desk says, worded for its reader: the applicant's answer and visit messages name the
department answering (in the applicant's language, the SMS within its parts), a refused transfer
or answer says what to fix, Persian staff mail and the desk's screen give numbers in Persian
digits (and an attachment's kind and size in words), an English transfer step is named, and the
receipt keeps a step's date and time on one line."""

import re
import subprocess

import pytest

from forms_pages.choices import MessagePurpose, RequestStatus
from forms_pages.factories import CitizenRequestFactory
from forms_pages.handling import record_answer, transfer_request
from forms_pages.models import CitizenRequest, OutboundMessage, RequestAttachment
from forms_pages.notifications import VISIT_SMS_PARTS, queue_digest
from home.operations.sms import segments
from tests.soup import soup

from .conftest import answer_url, post_transfer, working_day_ahead

pytestmark = pytest.mark.django_db

ANSWER = "مدارک شما بررسی شد و بیمه بیکاری از ماه آینده برقرار می‌شود."
PLACE = "خیابان آزادی، ساختمان اداره کل، طبقه دوم، اتاق ۲۰۴"


def told(citizen_request, channel):
    """The body (and subject) of the last message to the applicant on `channel`."""
    message = OutboundMessage.objects.filter(request=citizen_request, channel=channel).exclude(
        purpose__in=[MessagePurpose.TRANSFER, MessagePurpose.NEW_REQUEST]
    )
    return message.latest("pk")


def ask_to_visit(citizen_request):
    data = {
        "status": RequestStatus.VISIT_REQUESTED,
        "visit_at": working_day_ahead(3),
        "visit_place": PLACE,
        "visit_documents": "کارت ملی",
    }
    return record_answer(citizen_request, None, data)


def test_the_answer_names_the_department_that_answered(departments):
    stored = CitizenRequestFactory(department=departments[2])
    record_answer(stored, None, {"status": RequestStatus.ANSWERED, "answer": ANSWER})
    name = departments[2].name
    email = told(stored, "email")
    assert f"پاسخ {name}:\n{ANSWER}" in email.body  # was «پاسخ:» alone
    sms = told(stored, "sms").body
    assert name in sms and ANSWER in sms  # was «پاسخ درخواست …: …» with no department


def test_an_answer_with_another_status_names_the_department_too(departments):
    stored = CitizenRequestFactory(department=departments[2])
    record_answer(stored, None, {"status": RequestStatus.AWAITING_APPLICANT, "answer": ANSWER})
    sms = told(stored, "sms").body
    assert departments[2].name in sms and ANSWER in sms


def test_an_english_visit_request_names_the_department_in_english(departments):
    stored = CitizenRequestFactory(department=departments[2], language="en")
    ask_to_visit(stored)
    english = departments[2].in_language("en").name
    assert english != departments[2].name
    email = told(stored, "email").body
    assert f"{english} asks you to visit in person." in email
    sms = told(stored, "sms").body
    assert english in sms and PLACE[:10] in sms


def test_a_persian_visit_sms_names_the_department_and_keeps_the_place_within_its_parts(departments, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://portal.tehran-labour.example.ir"
    longest = max(departments, key=lambda department: len(department.name))
    stored = CitizenRequestFactory(department=longest)
    ask_to_visit(stored)
    sms = told(stored, "sms").body
    # The longest name leaves the place's first word (the rest on the tracking page, as before).
    assert longest.name in sms and "به خیابان" in sms
    assert segments(sms) <= VISIT_SMS_PARTS
    assert f"{longest.name} از شما می‌خواهد" in told(stored, "email").body


# -- a refused transfer or answer says what to fix -------------------------------------------


def field_error(page, name):
    field = page.select_one(f"[name={name}]").find_parent(class_="w-field__wrapper")
    return field.select_one(".error-message").get_text(" ", strip=True)


def test_a_bad_transfer_says_what_to_fix(staff, departments):
    stored = CitizenRequestFactory(department=departments[1])
    response = post_transfer(staff, stored, departments[2], "")
    assert response.status_code == 400
    assert "بنویسید چرا درخواست ارجاع می‌شود" in field_error(soup(response), "reason")
    short = soup(post_transfer(staff, stored, departments[2], "غل"))
    assert field_error(short, "reason") == "دلیلی با دست‌کم ۵ نویسه بنویسید."  # was «طول این مقدار باید …»
    response = staff.post(answer_url(stored), {"action": "transfer", "status": stored.status, "reason": "واحد اشتباه"})
    assert field_error(soup(response), "department") == "واحدی را که درخواست به آن ارجاع می‌شود انتخاب کنید."
    long = soup(post_transfer(staff, stored, departments[2], "ا" * 501))
    assert field_error(long, "reason") == "دلیل را به ۵۰۰ نویسه یا کمتر کوتاه کنید."


def test_a_bad_answer_says_what_to_fix(staff, departments):
    stored = CitizenRequestFactory(department=departments[1])
    response = staff.post(answer_url(stored), {"action": "answer", "status": "", "answer": "پاسخ"})
    assert response.status_code == 400
    assert field_error(soup(response), "status") == "وضعیت تازهٔ درخواست را انتخاب کنید (یا وضعیت کنونی را نگه دارید)."
    response = staff.post(answer_url(stored), {"action": "answer", "status": "answered", "answer": "ا" * 5001})
    # Only what to fix: not «write the answer» as well, for an answer written too long.
    assert field_error(soup(response), "answer") == "پاسخ را به ۵٬۰۰۰ نویسه یا کمتر کوتاه کنید."


# -- Persian digits for Persian staff --------------------------------------------------------


def test_persian_staff_mail_gives_the_code_in_persian_digits(departments):
    stored = CitizenRequestFactory(department=departments[1])
    transfer_request(stored, None, departments[2], "واحد اشتباه")
    [alert] = OutboundMessage.objects.filter(request=stored, purpose=MessagePurpose.TRANSFER)
    assert stored.code_display_fa in alert.subject and stored.code_display not in alert.subject
    assert stored.code_display_fa in alert.body and stored.code_display not in alert.body
    queue_digest(departments[2], [stored], 0, stored.created_at.date())
    digest = OutboundMessage.objects.get(purpose=MessagePurpose.DIGEST)
    assert stored.code_display_fa in digest.body and stored.code_display not in digest.body


def test_the_desk_screen_gives_mobile_code_and_file_in_persian(staff, departments):
    stored = CitizenRequestFactory(department=departments[1], mobile="09121234567")
    RequestAttachment.objects.create(
        request=stored, file="requests/x.pdf", original_name="قرارداد.pdf", content_type="application/pdf",
        extension="pdf", size=24 * 1024 + 512,
    )  # fmt: skip
    page = soup(staff.get(answer_url(stored)))
    mobile = page.select_one(".applicant-mobile bdi")
    assert mobile.get_text() == "۰۹۱۲۱۲۳۴۵۶۷" and mobile["dir"] == "ltr"  # was 09121234567
    code = page.select_one(".tracking-code bdi")
    assert code.get_text() == stored.code_display_fa and code["dir"] == "ltr"
    meta = " ".join(page.select_one(".attachments .meta").get_text().split())
    assert meta == "(PDF · ۲۴٫۵ کیلوبایت)"  # was «(application/pdf، ۲۴.۵ KB)»


# -- an English transfer step says what happened ---------------------------------------------


def test_an_english_transfer_step_is_named(client, valid_data, departments):
    client.post("/en/contact/", valid_data)
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    client.post("/en/track/", {"code": stored.code, "contact": "09123456789"})
    transfer_request(stored, None, departments[2], "واحد اشتباه")
    steps = soup(client.get(f"/en/track/{stored.code}/")).select(".request-history__step")
    transfer = steps[-1]
    assert transfer.select_one("[data-step=transferred]")
    # Every step has its line in bold; the transfer's was missing.
    assert [step.strong.get_text() for step in steps] == ["Received", "Transferred to another department"]


# -- the receipt keeps a date and its time together -------------------------------------------


def test_the_receipt_keeps_each_steps_date_and_time_on_one_line(tracked, client):
    record_answer(tracked, None, {"status": RequestStatus.ANSWERED, "answer": ANSWER * 4})
    response = client.get(f"/track/{tracked.code}/receipt.pdf")
    text = subprocess.run(["pdftotext", "-", "-"], input=response.content, capture_output=True, check=True).stdout
    lines = [line for line in text.decode().splitlines() if "ساعت" in line]
    # Was «۱۵ آذر ۱۴۰۵،» on one line and «ساعت ۰۹:۳۹» on the next, in the history's date column.
    assert len(lines) >= 3 and all(re.search("[۰-۹]{4}.*ساعت.*[۰-۹]{2}:[۰-۹]{2}", line) for line in lines), lines
