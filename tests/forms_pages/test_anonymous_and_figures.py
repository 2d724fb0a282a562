"""Anonymous violation reports (code + secret phrase shown once, nothing identifying kept) and
the public figures page of the desk."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from forms_pages.choices import RequestStatus
from forms_pages.models import CitizenRequest, OutboundMessage, RequestEvent
from home.models import Department
from tests.soup import soup

from .conftest import PDF_BYTES

pytestmark = pytest.mark.django_db


def test_the_form_says_nothing_identifying_is_stored(client):
    page = soup(client.get("/contact/anonymous/"))
    assert "هیچ" in page.select_one(".anonymous-note").get_text()
    names = {field["name"] for field in page.select("form.anonymous-form [name]")}
    assert not names & {"name", "mobile", "email", "national_id"}
    assert soup(client.get("/contact/")).select_one(".anonymous-link a")["href"] == "/contact/anonymous/"


def test_an_anonymous_report_is_tracked_with_code_and_phrase_shown_once(
    client, anonymous_report, run_outbox, sms_outbox
):
    response = client.post(
        "/contact/anonymous/",
        dict(anonymous_report, attachments=[SimpleUploadedFile("ali-ahmadi-shekayat.pdf", PDF_BYTES)]),
        REMOTE_ADDR="10.1.2.3",
    )
    assert response.status_code == 302 and response["Location"] == "/contact/anonymous/sent/"
    sent = soup(client.get(response["Location"]))
    phrase = sent.select_one(".secret-phrase").get_text(strip=True)
    assert re.fullmatch(r"[a-z0-9]{4}(-[a-z0-9]{4}){3}", phrase)
    # Shown once: a reload shows neither code nor phrase.
    assert not soup(client.get("/contact/anonymous/sent/")).select_one(".secret-phrase")

    stored = CitizenRequest.objects.get(subject=anonymous_report["subject"])
    assert stored.anonymous and stored.kind == "violation"
    assert (stored.name, stored.mobile, stored.email, stored.national_id) == ("", "", "", "")
    assert phrase not in stored.secret_hash and stored.secret_hash
    assert stored.attachments.get().original_name == "1.pdf"  # the file's own name could name the sender
    row = " ".join(str(value) for value in CitizenRequest.objects.filter(pk=stored.pk).values().get().values())
    assert "10.1.2.3" not in row and "ali-ahmadi" not in row
    run_outbox()
    assert sms_outbox == []
    assert set(OutboundMessage.objects.filter(request=stored).values_list("purpose", flat=True)) == {"new_request"}

    stranger = Client()
    wrong = stranger.post("/track/", {"code": stored.code, "contact": "abcd-efgh-jkmn-pqrs"})
    assert wrong.status_code == 404
    assert stranger.post("/track/", {"code": stored.code, "contact": "09123456789"}).status_code == 404
    right = stranger.post("/track/", {"code": stored.code_display_fa, "contact": phrase.upper()}, follow=True)
    assert right.status_code == 200
    assert anonymous_report["subject"] in soup(right).select_one("h1").get_text()


def test_anonymous_report_errors_are_persian_400(client, anonymous_report):
    response = client.post("/contact/anonymous/", dict(anonymous_report, text="کوتاه"))
    assert response.status_code == 400
    assert soup(response).select(".errorlist li")
    assert not CitizenRequest.objects.filter(subject=anonymous_report["subject"]).exists()


def make(department, kind, days_ago, answered_after_days=None, due_days=3):
    created = timezone.now() - datetime.timedelta(days=days_ago)
    request = CitizenRequest.objects.create(
        kind=kind,
        department=department,
        subject="آمار",
        text="متن درخواستی برای آمار",
        name="نام محرمانه",
        mobile="09120000000",
        created_at=created,
        due_at=created + datetime.timedelta(days=due_days),
    )
    if answered_after_days is not None:
        RequestEvent.objects.create(
            request=request,
            action="answered",
            status=RequestStatus.ANSWERED,
            public_text="پاسخ",
            created_at=created + datetime.timedelta(days=answered_after_days),
        )
    return request


def test_public_figures_per_department_and_kind_in_both_languages(client):
    CitizenRequest.objects.all().delete()
    department = Department.objects.in_default_language().order_by("sort_order")[1]
    make(department, "question", 10, answered_after_days=1)  # on time
    make(department, "question", 20, answered_after_days=2)  # on time
    make(department, "criticism", 30, answered_after_days=10)  # late
    make(department, "suggestion", 200)  # last year only, unanswered and past due

    page = soup(client.get("/contact/figures/"))
    recent, year = page.select(".desk-figures__period")
    row = recent.select_one(".figures-table--departments tbody tr")
    cells = [cell.get_text(strip=True) for cell in row.select("td")]
    assert row.select_one("th").get_text(strip=True) == department.name
    assert cells[0] == "۳" and cells[2] == "۶۷٪"
    year_cells = [c.get_text(strip=True) for c in year.select_one(".figures-table--departments tbody tr").select("td")]
    assert year_cells[0] == "۴" and year_cells[2] == "۵۰٪"
    kinds = {
        r.select_one("th").get_text(strip=True): r.select_one("td").get_text(strip=True)
        for r in year.select(".figures-table--kinds tbody tr")
    }
    assert kinds["پرسش"] == "۲"
    assert "نام محرمانه" not in page.get_text() and "09120000000" not in page.get_text()

    english = soup(client.get("/en/contact/figures/"))
    row = english.select_one(".figures-table--departments tbody tr")
    assert [c.get_text(strip=True) for c in row.select("td")][0] == "3"
    assert not re.search(r"[\u0600-\u06FF]", english.select_one("main").get_text())

    # Cached until requests change: a new request shows at once.
    make(department, "question", 1)
    again = soup(client.get("/contact/figures/")).select(".desk-figures__period")[0]
    assert again.select_one(".figures-table--departments tbody td").get_text(strip=True) == "۴"
