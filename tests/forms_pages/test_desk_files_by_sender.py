"""The desk's request screen listed the applicant's files and the department's answer files in one
«پیوست‌ها» list: a clerk could not tell the applicant's evidence from the letter their own
department sent. Each sender's files are now listed under a heading naming who sent them, in
Persian and in the English admin; the applicant's full data download tells them apart too."""

import re
import subprocess

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from forms_pages.choices import RequestStatus
from forms_pages.models import CitizenRequest
from tests.admin_language import prefers_english
from tests.soup import soup

from .conftest import PDF_BYTES, PNG_BYTES, answer_url, staff_client

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_rate_limits")]

SENT = "قرارداد-کار.pdf"
REPLIED = "evidence-photo.png"
LETTER = "نامهٔ-پاسخ.pdf"


@pytest.fixture
def with_files(client, valid_data, staff):
    """A request sent with a file, answered by the desk with a letter, then replied to with a photo."""
    upload = SimpleUploadedFile(SENT, PDF_BYTES, content_type="application/pdf")
    assert client.post("/contact/", {**valid_data, "attachments": [upload]}).status_code == 302
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    client.post("/track/", {"code": stored.code, "contact": "09123456789"})
    letter = SimpleUploadedFile(LETTER, PDF_BYTES, content_type="application/pdf")
    answer = {
        "action": "answer",
        "status": RequestStatus.ANSWERED,
        "answer": "نامه پیوست است.",
        "attachments": [letter],
    }
    assert staff.post(answer_url(stored), answer).status_code == 302
    reply = SimpleUploadedFile(REPLIED, PNG_BYTES, content_type="image/png")
    assert client.post(f"/track/{stored.code}/reply/", {"text": "عکس مدرک", "attachments": [reply]}).status_code == 302
    return stored


def file_lists(page):
    """{heading: [file names]} of the request's file lists above the audit trail."""
    return {
        ul.find_previous_sibling("h3").get_text(strip=True): [a.get_text(strip=True) for a in ul.select("a")]
        for ul in page.select("ul.attachments")
    }


def test_the_clerk_sees_the_applicants_files_apart_from_the_departments(staff, with_files):
    page = soup(staff.get(answer_url(with_files)))
    assert file_lists(page) == {
        "فایل‌هایی که متقاضی فرستاده": [SENT, REPLIED],
        "فایل‌هایی که واحد برای متقاضی فرستاده": [LETTER],
    }


def test_the_english_admin_names_who_sent_them(staff_a, with_files):
    page = soup(staff_client(prefers_english(staff_a)).get(answer_url(with_files)))
    assert file_lists(page) == {
        "Files the applicant sent": [SENT, REPLIED],
        "Files the department sent the applicant": [LETTER],
    }


def test_a_request_with_only_the_applicants_files_has_one_list(staff, client, valid_data):
    upload = SimpleUploadedFile(SENT, PDF_BYTES, content_type="application/pdf")
    client.post("/contact/", {**valid_data, "attachments": [upload]})
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    assert file_lists(soup(staff.get(answer_url(stored)))) == {"فایل‌هایی که متقاضی فرستاده": [SENT]}


def test_the_applicants_data_download_says_who_sent_each_file(client, with_files):
    data = client.get(f"/track/{with_files.code}/data.json").json()
    assert [(item["name"], item["sent_by"]) for item in data["attachments"]] == [
        (SENT, "applicant"),
        (REPLIED, "applicant"),
        (LETTER, "department"),
    ]
    full = client.get(f"/track/{with_files.code}/data.pdf")
    text = subprocess.run(["pdftotext", "-", "-"], input=full.content, capture_output=True, check=True).stdout
    plain = re.sub("[\u202a-\u202e]", "", text.decode())  # pdftotext's direction marks
    # The letter's row in the table of what is held, and its step in the history: both say whose it is.
    assert plain.count("فایل اداره") == 2
