"""A form with attachments that comes back (an error in another field, a limit) has lost the
files the citizen chose: a browser never fills a file input again. It names them, at the field
and in the error summary, so the request does not go on without its evidence."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from forms_pages.models import CitizenRequest
from tests.soup import error_summary, soup

from .conftest import PDF_BYTES, PNG_BYTES

pytestmark = pytest.mark.django_db


def files(*names):
    return [SimpleUploadedFile(name, PNG_BYTES if name.endswith(".png") else PDF_BYTES) for name in names]


def at_the_field(response):
    box = soup(response).select_one("#id_attachments_error")
    return " ".join(box.get_text().split()) if box else ""


def test_a_mistake_elsewhere_names_the_files_to_choose_again(client, valid_data):
    response = client.post("/contact/", {**valid_data, "mobile": "12", "attachments": files("svc.pdf", "photo.png")})
    assert response.status_code == 400
    message = at_the_field(response)
    assert "پرونده‌های «svc.pdf»، «photo.png» را دوباره انتخاب کنید" in message
    assert "نگه داشته نمی‌شوند" in message
    # In the summary too, linked to the file field; the mobile's own error is still there.
    summary = error_summary(soup(response))
    assert "«svc.pdf»" in summary["#id_attachments"] and "#id_mobile" in summary
    # The typed text is kept as before.
    assert valid_data["subject"] in response.content.decode()


def test_one_file_is_named_in_the_singular(client, valid_data):
    response = client.post("/contact/", {**valid_data, "text": "کوتاه", "attachments": files("svc.pdf")})
    assert "پروندهٔ «svc.pdf» را دوباره انتخاب کنید" in at_the_field(response)


def test_nothing_attached_nothing_to_choose_again(client, valid_data):
    response = client.post("/contact/", {**valid_data, "mobile": "12"})
    assert response.status_code == 400
    assert "دوباره انتخاب" not in soup(response).select_one("main").get_text()


def test_a_refused_file_has_its_own_error_and_the_good_one_is_named(client, valid_data):
    bad = SimpleUploadedFile("notes.pdf", b"not a pdf at all")
    response = client.post("/contact/", {**valid_data, "attachments": [bad, *files("svc.pdf")]})
    assert response.status_code == 400
    items = [" ".join(li.get_text().split()) for li in soup(response).select("#id_attachments_error li")]
    assert any("«notes.pdf»" in item and "PDF" in item for item in items)
    assert any("پروندهٔ «svc.pdf» را دوباره" in item and "notes.pdf" not in item for item in items)
    assert not CitizenRequest.objects.filter(subject=valid_data["subject"]).exists()


def test_english_page_in_english(client, valid_data):
    response = client.post("/en/contact/", {**valid_data, "mobile": "12", "attachments": files("svc.pdf")})
    assert response.status_code == 400
    message = at_the_field(response)
    assert "Choose the file “svc.pdf” again" in message and "not kept" in message


def test_the_anonymous_report_names_them_too(client, anonymous_report):
    response = client.post("/contact/anonymous/", {**anonymous_report, "text": "کوتاه", "attachments": files("a.pdf")})
    assert response.status_code == 400
    assert "پروندهٔ «a.pdf» را دوباره انتخاب کنید" in at_the_field(response)


def test_a_form_refused_for_a_limit_names_them(client, valid_data, settings):
    settings.FORMS_RATE_LIMITS = {"request": (1, 3600), "request-attempts": (8, 3600)}
    assert client.post("/contact/", valid_data).status_code == 302
    response = client.post("/contact/", {**valid_data, "subject": "دومین درخواست", "attachments": files("svc.pdf")})
    assert response.status_code == 429
    assert "پروندهٔ «svc.pdf» را دوباره انتخاب کنید" in at_the_field(response)


def test_a_reply_on_the_tracking_page_names_them(client, tracked):
    response = client.post(f"/track/{tracked.code}/reply/", {"text": "", "attachments": files("payan-kar.pdf")})
    assert response.status_code == 400
    assert "پروندهٔ «payan-kar.pdf» را دوباره انتخاب کنید" in at_the_field(response)
