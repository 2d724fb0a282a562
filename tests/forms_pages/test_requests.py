"""Sending a request through the contact page: validation, attachments, abuse limits, mail."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from forms_pages.models import CitizenRequest, RequestEvent
from forms_pages.validators import normalise_mobile, normalise_national_id
from home.factories import DepartmentFactory
from home.models import Department
from tests.sitemaps import client_getter, sitemap_paths
from tests.soup import soup

from .conftest import JPEG_BYTES, PDF_BYTES, PNG_BYTES

pytestmark = pytest.mark.django_db


def field_errors(response, name):
    """The error messages shown next to field `name`."""
    page = soup(response)
    widget = page.find(attrs={"name": name})
    assert widget is not None, name
    box = widget.find_parent(class_="field")
    # Whitespace as a reader sees it (Latin runs are in their own <bdi> elements).
    return [" ".join(li.get_text().split()) for li in box.select(".errorlist li")]


def submit(client, data, files=None, **extra):
    payload = dict(data)
    if files:
        payload["attachments"] = files
    return client.post("/contact/", payload, **extra)


def test_contact_page_shows_the_form_privately(client):
    added = DepartmentFactory(name="اداره آزمایشی گزینه‌ها")
    response = client.get("/contact/")
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("form.request-form input[name=csrfmiddlewaretoken]")
    assert page.select_one("input[name=website]")  # honeypot present
    assert len(page.select("input[name=kind]")) == 4
    options = [option.get_text(strip=True) for option in page.select("select[name=department] option")]
    # After the empty choice: the Persian departments, in their order (the English ones are on /en/).
    assert options[1:] == [department.name for department in Department.objects.in_language("fa")]
    assert added.name in options
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_successful_submission_saves_shows_code_and_mails(client, valid_data, departments, run_outbox, sms_outbox):
    response = submit(client, valid_data, follow=True)
    assert response.status_code == 200
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    assert stored.mobile == "09123456789"
    assert stored.email == "maryam@example.ir"
    assert stored.department == departments[1]
    assert re.fullmatch(r"\d{15}", stored.code)
    page = soup(response)
    shown = page.select_one(".tracking-code__value bdi").get_text(strip=True)
    assert shown == stored.code_display_fa
    assert page.select_one(".tracking-code__ascii").get_text(strip=True) == stored.code_display
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert mail.outbox == [] and sms_outbox == []  # queued, not sent inside the web request
    run_outbox()
    assert [m["recipient"] for m in sms_outbox] == ["09123456789"]
    assert stored.code_display_fa in sms_outbox[0]["text"]
    ack = [m for m in mail.outbox if m.to == ["maryam@example.ir"]]
    assert len(ack) == 1 and stored.code_display in ack[0].body
    # A Persian subject gives the code in Persian digits (the body gives both).
    assert stored.code_display_fa in ack[0].subject and stored.code_display not in ack[0].subject
    dept_mail = [m for m in mail.outbox if m.to == [departments[1].email]]
    assert len(dept_mail) == 1
    assert "09123456789" not in dept_mail[0].body and "مریم" not in dept_mail[0].body
    assert RequestEvent.objects.filter(request=stored, action="submitted").count() == 1


def test_codes_are_unique_and_random(valid_data, client, settings):
    settings.FORMS_RATE_LIMITS_ENABLED = False
    for _ in range(5):
        assert submit(client, valid_data).status_code == 302
    codes = list(CitizenRequest.objects.filter(subject=valid_data["subject"]).values_list("code", flat=True))
    assert len(codes) == 5 and len(set(codes)) == 5


@pytest.mark.parametrize(
    "raw",
    [
        "09123456789",
        "۰۹۱۲۳۴۵۶۷۸۹",
        "٠٩١٢٣٤٥٦٧٨٩",
        "+989123456789",
        "00989123456789",
        "989123456789",
        "912 345 6789",
        "0912-345-6789",
    ],
)
def test_mobile_forms_are_accepted(raw):
    assert normalise_mobile(raw) == "09123456789"


@pytest.mark.parametrize(
    "field,value,message",
    [
        # Each message says what to do, not only what is wrong.
        ("mobile", "0812345678", "یازده‌رقمی و با ۰۹ در آغاز"),
        ("mobile", "+1 555", "یازده‌رقمی و با ۰۹ در آغاز"),
        ("email", "not-an-email", "به شکل name@example.com"),
        ("national_id", "1234567890", "رقم کنترل"),
        ("national_id", "1111111111", "با کارت ملی مقایسه کنید"),
        ("national_id", "12345", "با ده رقم"),
        ("subject", "abc", "دست‌کم در ۵ نویسه"),
        ("subject", "س" * 201, "۲۰۰ نویسه یا کمتر"),
        ("text", "کوتاه", "دست‌کم در ۲۰ نویسه"),
        ("text", "ب" * 5001, "۵٬۰۰۰ نویسه یا کمتر"),
        ("name", "", "نام و نام خانوادگی خود را وارد کنید"),
        ("kind", "praise", "معتبر"),
        ("department", "999999", "یکی از واحدهای فهرست"),
    ],
)
def test_each_validation_rule_gives_a_persian_error(client, valid_data, field, value, message):
    data = dict(valid_data, **{field: value})
    response = submit(client, data)
    assert response.status_code == 400
    errors = field_errors(response, field)
    assert errors, f"no error shown for {field}"
    assert any(message in error for error in errors), errors
    assert not CitizenRequest.objects.filter(subject=data["subject"]).exists()


def test_valid_national_id_is_stored(client, valid_data):
    response = submit(client, dict(valid_data, national_id="۰۰۱۰۳۵۰۸۲۹"))
    assert response.status_code == 302
    assert CitizenRequest.objects.get(subject=valid_data["subject"]).national_id == "0010350829"
    assert normalise_national_id("0010350829") == "0010350829"


def test_attachments_pdf_jpeg_png_are_stored_privately(client, valid_data, private_media, settings):
    files = [
        SimpleUploadedFile("scan.pdf", PDF_BYTES, content_type="application/pdf"),
        SimpleUploadedFile("photo.JPG", JPEG_BYTES, content_type="image/jpeg"),
        SimpleUploadedFile("no-extension", PNG_BYTES, content_type="application/octet-stream"),
    ]
    assert submit(client, valid_data, files).status_code == 302
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    kinds = sorted(stored.attachments.values_list("content_type", flat=True))
    assert kinds == ["application/pdf", "image/jpeg", "image/png"]
    for attachment in stored.attachments.all():
        path = private_media / attachment.file.name
        assert path.exists()
        assert str(settings.MEDIA_ROOT) not in str(path)
        with pytest.raises(ValueError):
            attachment.file.url  # noqa: B018  no public URL exists


@pytest.mark.parametrize(
    "upload,message",
    [
        (SimpleUploadedFile("evil.pdf", b"MZ\x90\x00 this is an exe", content_type="application/pdf"), "PDF، JPEG"),
        (SimpleUploadedFile("page.png", b"<html>not an image</html>", content_type="image/png"), "PDF، JPEG"),
        (
            SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * (5 * 1024 * 1024), content_type="application/pdf"),
            "۵ مگابایت",
        ),
    ],
)
def test_attachment_refused_by_content_or_size(client, valid_data, upload, message):
    response = submit(client, valid_data, [upload])
    assert response.status_code == 400
    assert any(message in error for error in field_errors(response, "attachments"))
    assert not CitizenRequest.objects.filter(subject=valid_data["subject"]).exists()


def test_more_than_three_attachments_refused(client, valid_data):
    files = [SimpleUploadedFile(f"f{i}.pdf", PDF_BYTES) for i in range(4)]
    response = submit(client, valid_data, files)
    assert response.status_code == 400
    assert any("۳" in error for error in field_errors(response, "attachments"))


def test_honeypot_keeps_nothing(client, valid_data, run_outbox):
    response = submit(client, dict(valid_data, website="http://spam.example"))
    assert response.status_code == 302
    assert not CitizenRequest.objects.filter(subject=valid_data["subject"]).exists()
    run_outbox()
    assert mail.outbox == []


def test_csrf_is_enforced(valid_data):
    response = Client(enforce_csrf_checks=True).post("/contact/", valid_data)
    assert response.status_code == 403
    assert not CitizenRequest.objects.filter(subject=valid_data["subject"]).exists()


def test_rate_limit_gives_a_persian_429(client, valid_data, settings):
    settings.FORMS_RATE_LIMITS = {"request": (2, 3600)}
    assert submit(client, valid_data).status_code == 302
    assert submit(client, valid_data).status_code == 302
    response = submit(client, valid_data)
    assert response.status_code == 429
    assert "آنچه نوشته‌اید همین‌جا مانده" in soup(response).get_text()
    assert CitizenRequest.objects.filter(subject=valid_data["subject"]).count() == 2
    # Another client is not affected.
    assert submit(client, valid_data, REMOTE_ADDR="10.9.9.9").status_code == 302


class BrokenBackend:
    """A mail backend whose server is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def test_mail_failure_loses_nothing_and_shows_no_error(client, valid_data, settings, run_outbox):
    settings.EMAIL_BACKEND = "tests.forms_pages.test_requests.BrokenBackend"
    response = submit(client, valid_data, follow=True)
    assert response.status_code == 200
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    text = soup(response).get_text()
    assert stored.code_display_fa in text
    assert "خطا" not in text
    run_outbox()
    failed = stored.messages.filter(channel="email")
    assert failed.count() == 2  # acknowledgement and department notice
    assert all(m.state == "pending" and m.attempts == 1 and "mail server down" in m.last_error for m in failed)


def test_requests_never_reach_search_or_sitemap(client, valid_data):
    submit(client, valid_data)
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    assert "بیمه بیکاری" in stored.subject
    for query in ("مریم احمدی", stored.code, "09123456789"):
        search = client.get("/search/", {"q": query})
        assert not soup(search).select("ol.listing li"), query
    sitemap = sitemap_paths(client_getter(client))
    assert not [path for path in sitemap if stored.code in path or "/track/" in path]


def test_english_submission_gets_english_pages_and_mail(client, valid_data, run_outbox):
    response = client.post("/en/contact/", valid_data)
    assert response.status_code == 302 and response["Location"] == "/en/contact/thanks/"
    thanks = client.get(response["Location"])
    assert "Your request was received" in soup(thanks).select_one("h1").get_text()
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    assert stored.language == "en"
    # The department named as English names it, with its article.
    english_name = stored.department.in_language("en").name
    assert f"Your request was sent to the {english_name}." in " ".join(soup(thanks).get_text().split())
    run_outbox()
    ack = [m for m in mail.outbox if m.to == ["maryam@example.ir"]][0]
    assert "Your request was received" in ack.subject and "/en/track/" in ack.body
    assert stored.code_display in ack.subject  # Latin digits on English mail
