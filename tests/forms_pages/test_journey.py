"""The whole journey over HTTP: submit → code → track → staff answer in the admin → the
applicant reads the answer and gets the e-mail; then closing, rating and downloads."""

import json

import pytest
from django.core import mail
from django.test import Client

from forms_pages.choices import RequestStatus
from forms_pages.models import CitizenRequest, RequestEvent
from tests.soup import soup

pytestmark = pytest.mark.django_db


def test_submit_track_answer_read(client, valid_data, staff_a, departments, run_outbox):
    # 1. The applicant sends a request and reads the code off the acknowledgement page.
    response = client.post("/contact/", valid_data, follow=True)
    ascii_code = soup(response).select_one(".tracking-code__ascii").get_text(strip=True)
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    assert ascii_code == stored.code_display

    # 2. Later, in another browser, they track it with the Persian-digit code and mobile number.
    applicant = Client()
    response = applicant.post("/track/", {"code": stored.code_display_fa, "contact": "+98 912 345 6789"}, follow=True)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("h1").get_text(strip=True) == valid_data["subject"]
    assert "دریافت شد" in page.select_one(".request-history").get_text()
    assert "private" in response["Cache-Control"]

    # 3. Staff of the department answer it in the admin.
    staff = Client()
    staff.force_login(staff_a)
    listing = staff.get("/admin/citizen-requests/")
    assert listing.status_code == 200
    assert valid_data["subject"] in listing.content.decode()
    answer = "مدارک لازم: کارت ملی، برگه پایان کار و شماره حساب بانکی."
    response = staff.post(
        f"/admin/citizen-requests/edit/{stored.pk}/",
        {"status": RequestStatus.ANSWERED, "answer": answer, "internal_note": "بررسی شد"},
    )
    assert response.status_code == 302
    event = RequestEvent.objects.filter(request=stored, action="answered").get()
    assert event.actor == staff_a and event.public_text == answer and event.status == RequestStatus.ANSWERED
    audit = soup(staff.get(f"/admin/citizen-requests/edit/{stored.pk}/")).select_one(".audit-trail").get_text()
    assert "staff_a" in audit and "بررسی شد" in audit

    # 4. The worker sends the e-mail; the applicant reads it and sees the answer on the tracking page.
    assert not [m for m in mail.outbox if answer in m.body]  # nothing is sent inside the web request
    run_outbox()
    answered_mail = [m for m in mail.outbox if m.to == ["maryam@example.ir"] and answer in m.body]
    assert len(answered_mail) == 1
    assert stored.code_display_fa in answered_mail[0].subject and stored.code_display not in answered_mail[0].subject
    page = soup(applicant.get(f"/track/{stored.code}/"))
    assert answer in page.select_one(".request-history").get_text()
    assert "پاسخ داده شد" in page.select_one(".status").get_text()
    assert "بررسی شد" not in page.get_text()  # internal notes stay internal

    # 5. An in-person visit is asked for; the date, place and documents are shown.
    staff.post(
        f"/admin/citizen-requests/edit/{stored.pk}/",
        {
            "status": RequestStatus.VISIT_REQUESTED,
            "answer": "لطفاً حضوری مراجعه کنید.",
            "visit_at": "1408/10/26 10:30",  # 15 January 2030, typed in Jalali as Persian staff do
            "visit_place": "طبقه دوم، اتاق ۲۱۴",
            "visit_documents": "اصل کارت ملی",
        },
    )
    page = soup(applicant.get(f"/track/{stored.code}/"))
    assert "اتاق ۲۱۴" in page.select_one(".visit__place").get_text()
    assert "۱۴۰۸" in page.select_one(".visit__date").get_text()  # Jalali year of January 2030
    assert "اصل کارت ملی" in page.select_one(".visit__documents").get_text()

    # 6. Closed: the applicant rates it once.
    staff.post(f"/admin/citizen-requests/edit/{stored.pk}/", {"status": RequestStatus.CLOSED})
    page = soup(applicant.get(f"/track/{stored.code}/"))
    assert page.select("input[name=rating]")
    response = applicant.post(f"/track/{stored.code}/", {"rating": "5", "comment": "عالی"})
    assert response.status_code == 302
    stored.refresh_from_db()
    assert stored.rating == 5 and stored.rating_comment == "عالی"
    assert applicant.post(f"/track/{stored.code}/", {"rating": "1"}).status_code == 409
    stored.refresh_from_db()
    assert stored.rating == 5

    # 7. Downloads: receipt PDF, all data as JSON and PDF.
    receipt = applicant.get(f"/track/{stored.code}/receipt.pdf")
    assert receipt.status_code == 200 and receipt["Content-Type"] == "application/pdf"
    assert receipt.content.startswith(b"%PDF")
    data = json.loads(applicant.get(f"/track/{stored.code}/data.json").content)
    assert data["mobile"] == "09123456789" and data["tracking_code"] == stored.code_display
    assert [step["status"] for step in data["history"]][:2] == ["received", "answered"]
    assert answer in [step["answer"] for step in data["history"]]
    data_pdf = applicant.get(f"/track/{stored.code}/data.pdf")
    assert data_pdf.status_code == 200 and data_pdf.content.startswith(b"%PDF")


def test_pdf_receipt_text_is_persian(client, valid_data):
    import subprocess

    client.post("/contact/", valid_data)
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    client.post("/track/", {"code": stored.code, "contact": "maryam@example.ir"})
    pdf = client.get(f"/track/{stored.code}/receipt.pdf").content
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert "کد پیگیری" in text.replace("\u200c", "") or stored.code_display in text
