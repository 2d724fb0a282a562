"""Staff-typed Persian does not reach an applicant who reads English: on the answer screen, text
meant for an applicant who wrote on the English site is refused when it has Persian or Arabic
letters (the error in the staff member's admin language), unless staff tick "send it in this
language anyway". The applicant's language is shown beside the text box; the internal note is
never checked; nothing typed is lost when the form comes back with the error."""

import pytest
from django.test import Client
from wagtail.users.models import UserProfile

from forms_pages.choices import MessagePurpose, RequestStatus
from forms_pages.models import CitizenRequest, OutboundMessage
from home.language.jalali_input import format_jalali_input
from tests.soup import soup

from .conftest import answer_url, working_day_ahead

pytestmark = pytest.mark.django_db

PERSIAN_ANSWER = "مدارک شما بررسی شد و مستمری از ماه آینده پرداخت می‌شود."
ENGLISH_ANSWER = "Your documents were checked; the benefit is paid from next month."
NOTE = "با کارشناس بیمه هماهنگ شد."
REASON_TYPED = "شاید باید به بازرسی کار برود."
REFUSAL_FA = "متقاضی درخواست را در سایت انگلیسی فرستاده است و انگلیسی می‌خواند، اما این متن حروف فارسی یا عربی دارد."
REFUSAL_EN = "The applicant wrote on the English site and reads English, but this text has Persian or Arabic letters."


@pytest.fixture
def english(valid_data):
    Client().post("/en/contact/", {**valid_data, "subject": "Unemployment insurance"})
    return CitizenRequest.objects.get(subject="Unemployment insurance")


@pytest.fixture
def persian(valid_data):
    Client().post("/contact/", valid_data)
    return CitizenRequest.objects.get(subject=valid_data["subject"])


def field_error(page, name):
    error = page.select_one(f"#id_{name}").find_parent(class_="w-field__wrapper").select_one(".error-message")
    return error.get_text(" ", strip=True) if error else ""


def answer(**extra):
    return {"action": "answer", "status": RequestStatus.ANSWERED, "answer": PERSIAN_ANSWER, **extra}


def test_persian_text_to_an_english_reader_is_refused_and_everything_typed_comes_back(english, staff):
    before = OutboundMessage.objects.count()
    response = staff.post(answer_url(english), answer(internal_note=NOTE, reason=REASON_TYPED))
    assert response.status_code == 400
    page = soup(response)
    assert REFUSAL_FA in field_error(page, "answer")
    assert "«با این حال به همین زبان فرستاده شود»" in field_error(page, "answer")
    # What was typed is all there: the answer, the internal note, the transfer reason.
    assert page.select_one("#id_answer").get_text().strip() == PERSIAN_ANSWER
    assert page.select_one("#id_internal_note").get_text().strip() == NOTE
    assert page.select_one("#id_reason").get_text().strip() == REASON_TYPED
    checkbox = page.select_one("input[type=checkbox][name=send_anyway]")
    assert checkbox is not None and not checkbox.has_attr("checked")
    assert "با این حال به همین زبان فرستاده شود" in page.select_one(f"label[for={checkbox['id']}]").get_text()
    english.refresh_from_db()
    assert english.status == RequestStatus.RECEIVED and not english.events.filter(action="answered").exists()
    assert OutboundMessage.objects.count() == before

    # Sent anyway, on purpose: recorded and queued as typed.
    response = staff.post(answer_url(english), answer(internal_note=NOTE, send_anyway="on"))
    assert response.status_code == 302
    event = english.events.get(action="answered")
    assert event.public_text == PERSIAN_ANSWER and event.internal_note == NOTE
    sms = OutboundMessage.objects.get(request=english, purpose=MessagePurpose.ANSWER, channel="sms")
    assert PERSIAN_ANSWER in sms.body


def test_english_text_goes_through_and_the_internal_note_may_be_persian(english, staff):
    response = staff.post(answer_url(english), answer(answer=ENGLISH_ANSWER, internal_note=NOTE))
    assert response.status_code == 302
    assert english.events.get(action="answered").public_text == ENGLISH_ANSWER


def test_a_persian_reader_gets_persian_text_without_a_checkbox(persian, staff):
    page = soup(staff.get(answer_url(persian)))
    assert page.select_one("input[name=send_anyway]") is None
    assert page.select_one("label[for=id_answer]").get_text(strip=True) == "پاسخ به متقاضی، به فارسی"
    assert page.select_one(".applicant-language").get_text(strip=True) == "فارسی"
    assert staff.post(answer_url(persian), answer()).status_code == 302


def test_the_applicants_language_is_shown_beside_the_text_box(english, staff):
    page = soup(staff.get(answer_url(english)))
    assert page.select_one("label[for=id_answer]").get_text(strip=True) == "پاسخ به متقاضی، به انگلیسی"
    help_text = page.select_one("#id_answer").find_parent(class_="w-field__wrapper").select_one(".help").get_text()
    assert "انگلیسی می‌خواند: به انگلیسی بنویسید" in help_text
    assert page.select_one(".applicant-language").get_text(strip=True) == "انگلیسی"
    textarea = page.select_one("#id_answer")
    assert textarea["lang"] == "en" and textarea["dir"] == "ltr"


def test_a_visit_in_persian_is_refused_for_an_english_reader(english, staff):
    visit = {
        "action": "answer",
        "status": RequestStatus.VISIT_REQUESTED,
        "visit_at": format_jalali_input(working_day_ahead(5), with_time=True),
        "visit_place": "ساختمان اداره کل، اتاق ۲۰۴",
        "visit_documents": "ID card",
    }
    response = staff.post(answer_url(english), visit)
    assert response.status_code == 400
    page = soup(response)
    assert REFUSAL_FA in field_error(page, "visit_place") and field_error(page, "visit_documents") == ""
    assert page.select_one("#id_visit_place")["value"] == visit["visit_place"]
    assert staff.post(answer_url(english), {**visit, "visit_place": "Head office, room 204"}).status_code == 302


def test_an_earlier_persian_visit_place_does_not_block_an_english_answer(english, staff):
    """The visit fields come back filled with the stored visit; they are not sent with an answer."""
    CitizenRequest.objects.filter(pk=english.pk).update(visit_place="ساختمان اداره کل")
    response = staff.post(answer_url(english), answer(answer=ENGLISH_ANSWER, visit_place="ساختمان اداره کل"))
    assert response.status_code == 302


def test_the_refusal_is_in_the_staff_members_admin_language(english, staff, staff_a):
    profile = UserProfile.get_for_user(staff_a)
    profile.preferred_language = "en"
    profile.save()
    page = soup(staff.post(answer_url(english), answer()))
    assert REFUSAL_EN in field_error(page, "answer")
    assert "“Send it in this language anyway”" in field_error(page, "answer")
    assert page.select_one(".applicant-language").get_text(strip=True) == "English"
