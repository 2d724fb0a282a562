"""A foreign citizen without an Iranian mobile uses the desk: the contact form takes an e-mail
instead (at least one of the two, with an error naming what to give), a number abroad in E.164,
the expected form said before any error; text messages go to Iranian mobiles only, and the
acknowledgement, every later notice and the tracking reach such an applicant by e-mail."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client

from forms_pages.choices import Channel, MessagePurpose
from forms_pages.escalation import daily_round
from forms_pages.models import CitizenRequest, DepartmentDesk, FormPage, OutboundMessage
from forms_pages.validators import is_iranian_mobile, normalise_phone
from tests.soup import soup

from .test_applicant_told import ENGLISH_ANSWERS, walk_every_step

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_rate_limits")]

ABROAD = {"mobile": "", "email": "John.Smith@Example.co.uk", "name": "John Smith", "subject": "Work permit renewal"}


def error_at(response, field):
    return soup(response).select_one(f"#id_{field}_error").get_text(" ", strip=True)


@pytest.mark.parametrize(
    "raw,stored",
    [
        ("+44 7700 900123", "+447700900123"),
        ("0044 7700-900123", "+447700900123"),
        ("+39 347 1234567", "+393471234567"),
        ("+۱ ۵۵۵ ۱۲۳ ۴۵۶۷", "+15551234567"),
        ("+98 912 345 6789", "09123456789"),  # an Iranian mobile keeps its national form
        ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "09123456789"),
    ],
)
def test_a_number_abroad_is_kept_in_e164_and_an_iranian_one_as_09(raw, stored):
    assert normalise_phone(raw) == stored
    assert is_iranian_mobile(stored) == stored.startswith("09")


@pytest.mark.parametrize("raw", ["+0 123 4567", "+44 12", "+1 555 0000 0000 0000", "+98 21 1234 5678", "12"])
def test_a_number_that_is_neither_is_refused(raw):
    with pytest.raises(ValidationError) as refused:
        normalise_phone(raw)
    assert refused.value.code == "phone"


def test_the_english_form_says_the_expected_number_before_any_error(client, home_en):
    page = soup(client.get("/en/contact/"))
    mobile_help = page.select_one("#id_mobile_helptext").get_text(" ", strip=True)
    assert "09xxxxxxxxx" in mobile_help and "+44 7700 900123" in mobile_help
    assert "Iranian mobile" in mobile_help and "e-mail" in mobile_help
    assert not page.select_one("#id_mobile").has_attr("required")
    assert "name@example.com" in page.select_one("#id_email_helptext").get_text()


def test_a_foreign_citizen_sends_a_request_with_an_e_mail_only(client, valid_data, home_en, sms_outbox, run_outbox):
    response = client.post("/en/contact/", {**valid_data, **ABROAD})
    assert response.status_code == 302
    stored = CitizenRequest.objects.get(subject=ABROAD["subject"])
    assert (stored.mobile, stored.email, stored.texted) == ("", "john.smith@example.co.uk", False)
    thanks = soup(client.get(response["Location"])).get_text(" ", strip=True)
    assert "the mobile number or e-mail you gave" in thanks
    run_outbox()
    assert [m.to for m in mail.outbox if "Work permit" in m.body] == [["john.smith@example.co.uk"]]
    assert not sms_outbox


def test_a_number_abroad_is_kept_and_never_texted(client, valid_data, home_en, sms_outbox, run_outbox):
    data = {**valid_data, **ABROAD, "mobile": "+44 7700 900123"}
    assert client.post("/en/contact/", data).status_code == 302
    stored = CitizenRequest.objects.get(subject=ABROAD["subject"])
    assert stored.mobile == "+447700900123" and not stored.texted
    assert not OutboundMessage.objects.filter(request=stored, channel=Channel.SMS).exists()
    run_outbox()
    assert not sms_outbox


def test_without_a_way_to_reach_them_the_form_names_what_to_give(client, valid_data, home_en):
    english = client.post("/en/contact/", {**valid_data, **ABROAD, "email": ""})
    assert english.status_code == 400
    assert "Enter an Iranian mobile number (09xxxxxxxxx) or an e-mail address" in error_at(english, "mobile")
    persian = client.post("/contact/", {**valid_data, "mobile": "", "email": ""})
    assert persian.status_code == 400
    assert "ایمیل" in error_at(persian, "mobile") and "۰۹" in error_at(persian, "mobile")
    # A number abroad alone reaches nobody by text: the e-mail is asked for, the number kept.
    abroad = client.post("/en/contact/", {**valid_data, **ABROAD, "email": "", "mobile": "+39 347 1234567"})
    assert abroad.status_code == 400
    assert "only to Iranian mobiles: enter your e-mail address" in error_at(abroad, "email")
    assert soup(abroad).select_one("#id_mobile")["value"] == "+39 347 1234567"
    assert not CitizenRequest.objects.filter(subject=ABROAD["subject"]).exists()


def test_an_applicant_abroad_tracks_with_the_e_mail_or_the_number_as_typed_again(client, valid_data, home_en):
    data = {**valid_data, **ABROAD, "mobile": "+44 7700 900123"}
    client.post("/en/contact/", data)
    stored = CitizenRequest.objects.get(subject=ABROAD["subject"])
    for contact in ("JOHN.SMITH@example.co.uk", "0044 (7700) 900-123"):
        tracker = Client()
        response = tracker.post("/en/track/", {"code": stored.code_display, "contact": contact})
        assert response.status_code == 302 and response["Location"].endswith(f"/track/{stored.code}/"), contact


def test_every_later_notice_reaches_an_applicant_abroad_by_e_mail(
    client, valid_data, departments, staff_a, staff_b, run_outbox, sms_outbox
):
    assert client.post("/en/contact/", {**valid_data, **ABROAD, "mobile": "+44 7700 900123"}).status_code == 302
    stored = CitizenRequest.objects.get(subject=ABROAD["subject"])
    steps = walk_every_step(client, staff_a, staff_b, stored, departments, run_outbox, ENGLISH_ANSWERS)
    emails = [m for m in mail.outbox if m.to == [stored.email]]
    assert len(emails) == steps and not sms_outbox
    purposes = set(
        OutboundMessage.objects.filter(request=stored, channel=Channel.EMAIL).values_list("purpose", flat=True)
    )
    assert {MessagePurpose.ACKNOWLEDGEMENT, MessagePurpose.ANSWER, MessagePurpose.STATUS} <= purposes
    assert MessagePurpose.TRANSFER_NOTICE in purposes
    assert "Follow your request with this code and the mobile number or e-mail you gave" in emails[0].body


def test_the_late_answer_notice_reaches_an_applicant_abroad_by_e_mail(client, valid_data, departments):
    client.post("/en/contact/", {**valid_data, **ABROAD})
    stored = CitizenRequest.objects.get(subject=ABROAD["subject"])
    DepartmentDesk.objects.update_or_create(department=departments[1], defaults={"head_email": "head@example.ir"})
    daily_round(now=stored.due_at + datetime.timedelta(hours=7))
    notices = OutboundMessage.objects.filter(request=stored, purpose=MessagePurpose.OVERDUE_NOTICE)
    assert list(notices.values_list("channel", "recipient")) == [(Channel.EMAIL, stored.email)]


def test_the_desk_sees_a_number_abroad_is_not_texted(client, valid_data, home_en, admin_client):
    client.post("/en/contact/", {**valid_data, **ABROAD, "mobile": "+44 7700 900123"})
    stored = CitizenRequest.objects.get(subject=ABROAD["subject"])
    cell = soup(admin_client.get(f"/admin/citizen-requests/edit/{stored.pk}/")).select_one(".applicant-mobile")
    assert "+۴۴۷۷۰۰۹۰۰۱۲۳" in cell.get_text() and "—" in cell.get_text()  # the Persian admin's digits


def course_form_with_a_mobile():
    """The seeded English online form with a mobile-type field, and the field's name."""
    for page in FormPage.objects.live().filter(locale__language_code="en").specific():
        field = page.form_fields.filter(field_type="mobile").first()
        if field is not None:
            return page, field.clean_name
    pytest.fail("no seeded English form with a mobile field")


def test_an_online_form_takes_a_number_abroad_and_says_so_first(client, home_en):
    page, name = course_form_with_a_mobile()
    help_text = soup(client.get(page.url)).select_one(f"#id_{name}_helptext").get_text(" ", strip=True)
    assert "09xxxxxxxxx" in help_text and "+44 7700 900123" in help_text
    for typed, kept in (("+39 347 1234567", "+393471234567"), ("0912 345 6789", "09123456789")):
        form = page.get_form({name: typed}, page=page, user=AnonymousUser())
        form.is_valid()
        assert name not in form.errors and form.cleaned_data[name] == kept
