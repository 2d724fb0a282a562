"""Staff send files with an answer (a letter, a form to fill in): they are checked as a citizen's
files are, kept on the answer's step, and downloaded by the applicant who proved the contact on
the tracking page, never by anyone else; the message says they are there (it never carries
them); the receipt and the data download name them; retention removes them."""

import datetime
import io
import re
import subprocess

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django.utils.http import content_disposition_header

from forms_pages.choices import Channel, EventAction, RequestStatus
from forms_pages.factories import CitizenRequestFactory
from forms_pages.models import CitizenRequest, OutboundMessage, RequestAttachment
from tests.soup import soup

from .conftest import PDF_BYTES, answer_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_rate_limits")]

LETTER = "نامهٔ-پاسخ.pdf"
ANSWER = "نامهٔ رسمی پاسخ به پیوست است؛ فرم را پر کنید و بفرستید."


def letter(name=LETTER, content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def send_answer(staff, citizen_request, **fields):
    data = {"action": "answer", "status": RequestStatus.ANSWERED, "answer": ANSWER, "attachments": [letter()]}
    return staff.post(answer_url(citizen_request), data | fields)


@pytest.fixture
def answered(staff, tracked):
    """`tracked` answered by the desk with a letter; returns the letter's row."""
    assert send_answer(staff, tracked).status_code == 302
    return RequestAttachment.objects.get(request=tracked, original_name=LETTER)


def file_url(attachment, code=None):
    return f"/track/{code or attachment.request.code}/files/{attachment.pk}/"


def test_the_file_is_kept_on_the_answer_and_listed_on_its_step_for_staff(staff, answered):
    assert answered.event.action == EventAction.ANSWERED and answered.event.public_text == ANSWER
    assert answered.content_type == "application/pdf" and answered.size == len(PDF_BYTES)
    trail = soup(staff.get(answer_url(answered.request))).select_one("table.audit-trail")
    link = trail.select_one(f'a[href="/admin/citizen-requests/attachment/{answered.pk}/"]')
    assert link is not None and link.get_text(strip=True) == LETTER


def test_the_applicant_who_proved_the_contact_downloads_it(client, answered):
    page = soup(client.get(f"/track/{answered.request.code}/"))
    files = page.select_one(".answer-files")
    assert LETTER in files.get_text() and files.select_one(f'a[href="{file_url(answered)}"]')
    response = client.get(file_url(answered))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_a_stranger_sees_no_file_name_and_cannot_download(answered):
    stranger = Client()
    page = stranger.get(f"/track/{answered.request.code}/", follow=True)
    assert LETTER not in page.content.decode()
    assert stranger.get(file_url(answered)).status_code == 404


def test_only_the_departments_files_of_this_request_are_served(client, staff, answered, departments):
    other = CitizenRequestFactory(department=departments[1])
    assert send_answer(staff, other, attachments=[letter("other.pdf")]).status_code == 302
    theirs = RequestAttachment.objects.get(request=other)
    # Another request's file under this request's proved code.
    assert client.get(file_url(theirs, code=answered.request.code)).status_code == 404
    # The applicant's own file (sent with a reply) is no department's file.
    reply = {"text": "پیوست من", "attachments": [letter("mine.pdf")]}
    assert client.post(f"/track/{answered.request.code}/reply/", reply).status_code == 302
    mine = RequestAttachment.objects.get(original_name="mine.pdf")
    assert client.get(file_url(mine)).status_code == 404


def test_a_wrong_file_is_refused_in_persian_and_the_answer_is_kept(staff, tracked):
    response = send_answer(staff, tracked, attachments=[letter("notes.pdf", b"not a pdf at all")])
    assert response.status_code == 400
    page = soup(response)
    assert "«notes.pdf» فایل PDF، JPEG یا PNG نیست." in page.select_one("#id_attachments_error").get_text()
    assert page.select_one("#id_answer").get_text().strip() == ANSWER
    assert not RequestAttachment.objects.filter(request=tracked).exists()
    assert CitizenRequest.objects.get(pk=tracked.pk).status != RequestStatus.ANSWERED


def test_a_good_file_refused_with_another_error_is_named_to_choose_again(staff, tracked):
    response = send_answer(staff, tracked, answer="")
    assert response.status_code == 400
    assert f"«{LETTER}» را دوباره انتخاب کنید" in soup(response).select_one("#id_attachments_error").get_text()


def test_files_alone_are_refused_they_go_with_news(staff, tracked):
    data = {"status": tracked.status, "answer": "", "internal_note": "نامه پیوست شد"}
    response = send_answer(staff, tracked, **data)
    assert response.status_code == 400
    assert "پیوست‌ها همراه پاسخ یا وضعیت تازه" in soup(response).select_one("#id_attachments_error").get_text()


def test_the_message_says_files_wait_on_the_tracking_page(answered):
    sent = OutboundMessage.objects.filter(event=answered.event)
    mail = sent.get(channel=Channel.EMAIL)
    assert "اداره ۱ فایل همراه این پیام برایتان فرستاده است" in mail.body
    assert "پیوست این ایمیل نیست" in mail.body
    sms = sent.get(channel=Channel.SMS).body
    assert sms.endswith("/track/\n۱ فایل از اداره در صفحهٔ پیگیری منتظر شماست."), sms


def test_an_english_applicant_is_told_in_english(staff, valid_data):
    Client().post("/en/contact/", {**valid_data, "subject": "Unemployment insurance"})
    english = CitizenRequest.objects.get(subject="Unemployment insurance")
    files = [letter("a.pdf"), letter("b.pdf")]
    assert send_answer(staff, english, answer="The letter is attached.", attachments=files).status_code == 302
    sent = OutboundMessage.objects.filter(request=english, event__action=EventAction.ANSWERED)
    assert "The department sent you 2 files with this message" in sent.get(channel=Channel.EMAIL).body
    assert "2 files from the department are waiting for you" in sent.get(channel=Channel.SMS).body


def test_the_data_download_and_the_receipt_name_the_file(client, answered):
    code = answered.request.code
    download = client.get(f"/track/{code}/data.json")
    assert LETTER in [item["name"] for item in download.json()["attachments"]]
    receipt = client.get(f"/track/{code}/receipt.pdf")
    # Saved under Persian names on the Persian site (they were request-<code>.json and .pdf), a
    # space where the ZWNJ would be: Chromium saved «داده‌های» as «داده_های».
    assert download["Content-Disposition"] == content_disposition_header(True, f"داده های-درخواست-{code}.json")
    assert receipt["Content-Disposition"] == content_disposition_header(True, f"رسید-درخواست-{code}.pdf")
    english = client.get(f"/en/track/{code}/data.json")
    assert english["Content-Disposition"] == f'attachment; filename="request-{code}-data.json"'
    text = subprocess.run(["pdftotext", "-", "-"], input=receipt.content, capture_output=True, check=True).stdout
    plain = re.sub("[\u202a-\u202e]", "", text.decode())  # pdftotext's direction marks
    assert "فایل اداره" in plain and "نامٔه" in plain and "پاسخ" in plain


def test_retention_removes_the_departments_files(answered, private_media, django_capture_on_commit_callbacks):
    path = private_media / answered.file.name
    assert path.exists()
    CitizenRequest.objects.filter(pk=answered.request_id).update(
        created_at=timezone.now() - datetime.timedelta(days=1000)
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("anonymise_requests", stdout=io.StringIO())
    assert not RequestAttachment.objects.filter(pk=answered.pk).exists()
    assert not path.exists()
