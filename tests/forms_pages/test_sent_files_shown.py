"""The files sent with a request are named on its tracking page and its receipt, as a reply's
files are, to the applicant alone: a browser that has not proved the contact sees nothing."""

import subprocess

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from forms_pages.models import CitizenRequest
from tests.soup import soup

from .conftest import PDF_BYTES, PNG_BYTES

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_rate_limits")]

SENT = "قرارداد-کار.pdf"
REPLIED = "evidence-photo.png"


def pdf_text(response):
    assert response.status_code == 200
    return subprocess.run(
        ["pdftotext", "-", "-"], input=response.content, capture_output=True, check=True
    ).stdout.decode()


@pytest.fixture
def sent_with_a_file(client, valid_data):
    """A request sent with a file, tracked in `client`, then a reply with another file."""
    upload = SimpleUploadedFile(SENT, PDF_BYTES, content_type="application/pdf")
    assert client.post("/contact/", {**valid_data, "attachments": [upload]}).status_code == 302
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    client.post("/track/", {"code": stored.code, "contact": "09123456789"})
    reply = SimpleUploadedFile(REPLIED, PNG_BYTES, content_type="image/png")
    assert client.post(f"/track/{stored.code}/reply/", {"text": "عکس مدرک", "attachments": [reply]}).status_code == 302
    return stored


def test_the_tracking_page_names_the_file_sent_with_the_request(client, sent_with_a_file):
    page = soup(client.get(f"/track/{sent_with_a_file.code}/"))
    request_section = page.select_one("#text-heading").find_parent("section")
    assert [p.get_text(" ", strip=True) for p in request_section.select(".sent-file")] == [f"پیوست: {SENT}"]
    # The reply's file stays with the reply, not among the request's.
    assert REPLIED in page.select_one(".applicant-reply").get_text()


def test_the_receipt_names_the_files_sent_and_replied(client, sent_with_a_file):
    text = pdf_text(client.get(f"/track/{sent_with_a_file.code}/receipt.pdf"))
    assert "قرارداد" in text or "دادرارق" in text
    assert REPLIED in text


def test_someone_else_sees_no_file_name(sent_with_a_file):
    stranger = Client()
    for suffix in ("", "receipt.pdf"):
        response = stranger.get(f"/track/{sent_with_a_file.code}/{suffix}")
        assert response.status_code == 302 and response["Location"].endswith("/track/")
        assert SENT.encode() not in response.content
    wrong = stranger.post("/track/", {"code": sent_with_a_file.code, "contact": "09120000000"}, follow=True)
    assert SENT not in wrong.content.decode()


def test_an_english_request_reads_left_to_right_in_the_persian_receipt(client, valid_data):
    """WeasyPrint ignores dir="auto": the receipt names the direction of what was typed, or an
    English request in the Persian receipt had its full stop at its start."""
    english = "I would like to know which documents the work permit needs."
    assert client.post("/contact/", {**valid_data, "text": english}).status_code == 302
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    client.post("/track/", {"code": stored.code, "contact": "09123456789"})
    marks = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e"))  # pdftotext's embeddings
    lines = [
        line.translate(marks).strip() for line in pdf_text(client.get(f"/track/{stored.code}/receipt.pdf")).splitlines()
    ]
    assert english in lines, [line for line in lines if "I would" in line]
