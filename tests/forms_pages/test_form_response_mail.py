"""An online form's response reaches the staff it names: queued in the outbox with the response
(one message an address, nothing when the response is not stored), sent by the worker in
Persian with none of the answers (as the desk's mail to staff), retried while the mail server
is down; the demo
forms name their department, the editor says when a form e-mails nobody, and a translation
takes the form's addresses."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale
from wagtail_localize.models import String, TranslationSource

from forms_pages.demo.content import FORMS
from forms_pages.factories import FormFieldFactory, FormPageFactory
from forms_pages.models import FormPage, FormPageSubmission, OutboundMessage
from home.language.dates import format_date
from home.models import Department

from .test_outbox import time_passes

pytestmark = pytest.mark.django_db

STAFF = "course@example.ir, head@example.ir"


@pytest.fixture
def course(forms_index):
    page = FormPageFactory(parent=forms_index, slug="mail-course", title="ثبت‌نام دوره آزمایشی", to_address=STAFF)
    fields = [
        ("نام و نام خانوادگی", "singleline", ""),
        ("تاریخ تولد", "date", ""),
        ("شمار همراهان", "number", ""),
        ("نوبت دلخواه", "checkboxes", "صبح\nعصر"),
    ]
    for order, (label, field_type, choices) in enumerate(fields):
        FormFieldFactory(
            page=page, sort_order=order, label=label, field_type=field_type, choices=choices, required=order == 0
        )
    return page


def answers(page, *values):
    return {field.clean_name: value for field, value in zip(page.get_form_fields(), values, strict=True)}


def send(page, data):
    response = Client().post(page.url, data)
    assert response.status_code == 303, response.content.decode()[:500]
    assert response["Location"] == page.url + "thanks/"
    return FormPageSubmission.objects.filter(page=page).latest("pk")


def test_a_response_is_queued_for_each_staff_address_not_mailed_during_the_request(course):
    submission = send(course, answers(course, "زهرا کریمی", "۱۳۶۹/۰۱/۰۱", "2", ["صبح", "عصر"]))

    assert mail.outbox == []  # sent by the worker, never from the citizen's request
    queued = OutboundMessage.objects.filter(submission=submission).order_by("recipient")
    assert [(m.recipient, m.purpose, m.channel, m.request_id) for m in queued] == [
        ("course@example.ir", "form_response", "email", None),
        ("head@example.ir", "form_response", "email", None),
    ]
    message = queued[0]
    # Named by the time the admin's list of responses shows (it numbers none).
    sent = format_date(submission.submit_time, "fa", with_time=True)
    assert "ساعت" in sent
    assert message.subject == f"پاسخ تازه به فرم «ثبت‌نام دوره آزمایشی» ({sent})"
    with translation.override("fa"):
        assert message.get_purpose_display() == "پاسخ فرم برخط"
    lines = message.body.splitlines()
    assert lines[0] == "پاسخ تازه‌ای به فرم برخط «ثبت‌نام دوره آزمایشی» رسید."
    assert lines[1] == f"زمان ارسال: {sent}"
    # What the person gave stays in the admin, behind its sign-in: none of it is in the mail.
    for answer in ("زهرا کریمی", "۱۳۶۹", "1990", "عصر"):
        assert answer not in message.body and answer not in message.subject
    assert lines[-1] == f"http://testserver/admin/forms/submissions/{course.pk}/"
    assert lines[-2] == "همهٔ پاسخ‌های این فرم در پیشخوان (این پاسخ را با زمان ارسالش در آن پیدا کنید):"


def test_no_response_is_stored_without_its_messages_nor_a_message_without_its_response(course, monkeypatch):
    def outbox_down(**kwargs):
        raise RuntimeError("outbox table locked")

    monkeypatch.setattr("forms_pages.staff_mail.queue_message", outbox_down)
    with pytest.raises(RuntimeError):
        Client().post(course.url, answers(course, "زهرا کریمی", "", "", []))
    assert not FormPageSubmission.objects.filter(page=course).exists()
    assert not OutboundMessage.objects.filter(purpose="form_response").exists()
    # A response refused for its answers: nothing stored, nothing queued.
    monkeypatch.undo()
    response = Client().post(course.url, answers(course, "", "", "", []))
    assert response.status_code == 400
    assert not FormPageSubmission.objects.filter(page=course).exists()
    assert not OutboundMessage.objects.filter(purpose="form_response").exists()


def test_a_form_naming_no_staff_queues_nothing(course):
    FormPage.objects.filter(pk=course.pk).update(to_address="")
    course.refresh_from_db()
    submission = send(course, answers(course, "زهرا کریمی", "", "", []))
    assert not OutboundMessage.objects.filter(submission=submission).exists()


def test_the_worker_sends_the_staff_mail(course, run_outbox):
    submission = send(course, answers(course, "زهرا کریمی", "", "", []))
    run_outbox()
    assert sorted(m.to[0] for m in mail.outbox) == ["course@example.ir", "head@example.ir"]
    sent = mail.outbox[0]
    assert "«ثبت‌نام دوره آزمایشی»" in sent.subject
    assert sent.body.splitlines()[0] == "پاسخ تازه‌ای به فرم برخط «ثبت‌نام دوره آزمایشی» رسید."
    assert "زهرا کریمی" not in sent.body
    assert set(OutboundMessage.objects.filter(submission=submission).values_list("state", flat=True)) == {"sent"}


def test_a_mail_server_fault_is_retried_not_lost(course, run_outbox, settings):
    settings.EMAIL_BACKEND = "tests.forms_pages.test_outbox.BrokenMail"
    submission = send(course, answers(course, "زهرا کریمی", "", "", []))
    queued = OutboundMessage.objects.filter(submission=submission)
    run_outbox()
    assert set(queued.values_list("state", "attempts")) == {("pending", 1)}
    assert "mail server down" in queued.first().last_error
    assert DBTaskResult.objects.filter(status="READY").count() == 2  # scheduled again

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    time_passes()
    run_outbox()
    assert set(queued.values_list("state", "attempts")) == {("sent", 2)}
    assert len(mail.outbox) == 2


def test_an_english_response_reaches_staff_in_persian(forms_index, run_outbox):
    english = FormPage.objects.get(locale__language_code="en", slug="labour-law-course-registration")
    assert english.to_address  # the seeder gave the demo form its department's address
    data = answers(english, "Sara Moradi", "Hope workshop", "09121234567", "Employer", ["Afternoon"])
    submission = send(english, data)
    run_outbox()
    body = mail.outbox[0].body
    assert "«ثبت‌نام در دوره آموزشی آشنایی با قانون کار»" in mail.outbox[0].subject  # the title staff know
    assert "این پاسخ با نسخهٔ انگلیسی فرم فرستاده شده است." in body
    assert "Sara Moradi" not in body and "09121234567" not in body
    assert OutboundMessage.objects.get(submission=submission, recipient=mail.outbox[0].to[0])


def test_the_staff_addresses_are_checked_in_persian_and_written_one_way(course):
    course.to_address = "course@example.ir، head@example.ir;  course@example.ir"
    course.full_clean()
    assert course.to_address == "course@example.ir, head@example.ir"
    course.to_address = "course@example.ir, head at example"
    with translation.override("fa"), pytest.raises(ValidationError) as refused:
        course.full_clean()
    assert refused.value.message_dict["to_address"] == [
        "«\u2068head at example\u2069» نشانی ایمیل درستی نیست. نشانی‌ها را با ویرگول از هم جدا کنید؛ "
        "مانند \u2066unit@example.ir, head@example.ir\u2069."
    ]


def test_the_editor_says_when_a_form_emails_nobody(course, admin_client):
    note = "هیچ نشانی ایمیلی برای کارشناسان تعیین نشده است"
    edit = f"/admin/pages/{course.pk}/edit/"
    with translation.override("fa"):
        assert note not in admin_client.get(edit, HTTP_ACCEPT_LANGUAGE="fa").content.decode()
        FormPage.objects.filter(pk=course.pk).update(to_address="")
        page = admin_client.get(edit, HTTP_ACCEPT_LANGUAGE="fa").content.decode()
    assert note in page
    assert "اگر خالی بماند، به کسی ایمیل نمی‌شود" in page  # the field's help


def department_email(spec):
    return Department.objects.in_default_language().get(slug=spec["department"]).email


def test_the_demo_forms_e_mail_their_department_also_on_a_database_seeded_before():
    for spec in FORMS:
        for page in FormPage.objects.filter(slug=spec["slug"]):
            assert page.to_address == department_email(spec) != ""
    course = FormPage.objects.get(slug=FORMS[1]["slug"], locale__language_code="fa")
    english = FormPage.objects.get(slug=FORMS[1]["slug"], locale__language_code="en")
    for page in (course, english):  # as a database seeded before this change holds them
        page.to_address = ""
        page.save_revision().publish()

    call_command("seed_forms", stdout=io.StringIO())

    for page in (course, english):
        page.refresh_from_db()
        assert page.to_address == "labour-relations@example.ir" == department_email(FORMS[1])
        assert not page.has_unpublished_changes


def test_seeding_leaves_the_address_an_editor_chose(admin_user):
    course = FormPage.objects.get(slug=FORMS[1]["slug"], locale__language_code="fa")
    course.to_address = "training@example.ir"
    course.save_revision(user=admin_user).publish(user=admin_user)
    call_command("seed_forms", stdout=io.StringIO())
    course.refresh_from_db()
    assert course.to_address == "training@example.ir"


def test_a_translation_takes_the_forms_staff_addresses_and_keeps_up_with_them(client, course):
    client.force_login(get_user_model().objects.create_superuser("sync-admin", "sync-admin@example.ir", "unused"))
    english = Locale.objects.get(language_code="en")
    url = reverse("wagtail_localize:submit_page_translation", args=[course.pk])
    assert client.post(url, {"locales": [english.pk]}).status_code == 302

    # The translator is not asked to retype the addresses: they are no text to translate.
    source = TranslationSource.objects.get_for_instance(course)
    assert not String.objects.filter(segments__source=source, data__contains="@").exists()
    assert course.get_translation(english).to_address == STAFF

    # The Persian form names another address; the sync brings it to the English one.
    course.to_address = "courses-desk@example.ir"
    course.save_revision().publish()
    update = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert client.post(update, {"publish_translations": "on"}).status_code == 302
    assert FormPage.objects.get(pk=course.get_translation(english).pk).to_address == "courses-desk@example.ir"
