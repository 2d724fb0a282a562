"""Reports of administrative violations go to the unit that receives them (the inspection,
performance and complaints unit), never to the unit they are about, which is kept as the unit
reported; other requests go to the unit chosen."""

import importlib
import logging

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import translation

from forms_pages.models import CitizenRequest, OutboundMessage
from home.models import Department
from tests.soup import soup

from .conftest import make_staff, staff_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def complaints(db):
    return Department.objects.in_default_language().get(slug="complaints")


@pytest.fixture
def labour(db):
    return Department.objects.in_default_language().get(slug="labour-relations")


@pytest.fixture
def no_unit_flagged(complaints):
    complaints.receives_violation_reports = False
    complaints.save()  # and its translation; the pages kept until content changes go


def violation(valid_data, department):
    return dict(valid_data, kind="violation", department=department.pk, subject="گرفتن وجه بدون رسید در باجه")


def desk_sees(user, citizen_request):
    """(Whether the desk listing shows the request, the answer screen's status code.)"""
    client = staff_client(user)
    listing = client.get("/admin/citizen-requests/").content.decode()
    detail = client.get(f"/admin/citizen-requests/edit/{citizen_request.pk}/")
    return f'/admin/citizen-requests/edit/{citizen_request.pk}/"' in listing, detail


def assert_only_the_complaints_desk_sees(citizen_request, complaints, labour):
    listed, detail = desk_sees(make_staff("desk_labour", labour), citizen_request)
    assert not listed and detail.status_code == 404
    listed, detail = desk_sees(make_staff("desk_complaints", complaints), citizen_request)
    assert listed and detail.status_code == 200
    row = soup(detail).select_one("td.unit-reported")
    assert row.get_text(strip=True) == labour.name


def test_the_demo_and_the_migration_give_violation_reports_to_the_complaints_unit(complaints):
    flagged = Department.objects.filter(receives_violation_reports=True)
    assert {(d.slug, d.locale.language_code) for d in flagged} == {("complaints", "fa"), ("complaints", "en")}
    assert Department.objects.receiving_violation_reports() == complaints


def test_a_named_violation_report_goes_to_the_complaints_unit_not_the_unit_reported(
    client, valid_data, complaints, labour
):
    response = client.post("/en/contact/", violation(valid_data, labour))
    assert response.status_code == 302
    stored = CitizenRequest.objects.get(subject="گرفتن وجه بدون رسید در باجه")
    assert (stored.department, stored.reported_department) == (complaints, labour)
    # The alert to staff goes to the unit handling it, naming the unit reported.
    alert = OutboundMessage.objects.get(request=stored, purpose="new_request")
    assert alert.recipient == complaints.email != labour.email
    assert labour.name in alert.body
    # The applicant is told, in English, which unit handles it and that the other does not see it.
    thanks = soup(client.get(response["Location"])).select_one("main").get_text(" ", strip=True)
    assert "sent to the Inspection, performance and complaints unit" in thanks
    assert "Labour relations deputy, does not receive it" in thanks
    assert_only_the_complaints_desk_sees(stored, complaints, labour)


def test_the_tracking_page_names_the_unit_reported(client, valid_data, complaints, labour):
    client.post("/contact/", violation(valid_data, labour))
    stored = CitizenRequest.objects.get(subject="گرفتن وجه بدون رسید در باجه")
    client.post("/track/", {"code": stored.code, "contact": "09123456789"})
    page = soup(client.get(f"/track/{stored.code}/"))
    facts = {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True) for dt in page.select("dt")}
    assert facts["واحد مورد گزارش"] == labour.name
    assert facts["واحد"] == complaints.name


def test_an_anonymous_report_goes_to_the_complaints_unit_too(client, anonymous_report, complaints, labour):
    response = client.post("/contact/anonymous/", dict(anonymous_report, department=labour.pk))
    assert response.status_code == 302
    sent = soup(client.get(response["Location"])).select_one(".violation-routing").get_text(" ", strip=True)
    assert complaints.name in sent and labour.name in sent
    stored = CitizenRequest.objects.get(subject=anonymous_report["subject"])
    assert (stored.department, stored.reported_department) == (complaints, labour)
    assert_only_the_complaints_desk_sees(stored, complaints, labour)


def test_the_forms_say_where_violation_reports_go(client):
    english = soup(client.get("/en/contact/")).select_one("#id_department_helptext").get_text(strip=True)
    assert "the report goes to the Inspection, performance and complaints unit, not to that unit" in english
    persian = soup(client.get("/contact/anonymous/"))
    assert persian.select_one("label[for=id_department]").get_text(strip=True).startswith("واحد مورد گزارش")
    assert "واحد بازرسی، ارزیابی عملکرد و پاسخگویی به شکایات" in persian.select_one("#id_department_helptext").text


def test_other_requests_still_go_to_the_unit_chosen(client, valid_data, labour):
    assert client.post("/contact/", dict(valid_data, department=labour.pk)).status_code == 302
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    assert (stored.department, stored.reported_department) == (labour, None)


@pytest.mark.usefixtures("no_unit_flagged")
def test_with_no_unit_flagged_a_report_goes_where_chosen_and_a_warning_is_logged(client, valid_data, labour, caplog):
    with caplog.at_level(logging.WARNING, logger="forms_pages.routing"):
        assert client.post("/contact/", violation(valid_data, labour)).status_code == 302
    stored = CitizenRequest.objects.get(subject="گرفتن وجه بدون رسید در باجه")
    assert (stored.department, stored.reported_department) == (labour, labour)
    assert "No department receives reports of administrative violations" in caplog.text
    help_text = soup(client.get("/en/contact/")).select_one("#id_department_helptext").get_text(strip=True)
    assert help_text == "Reports of administrative violations go to the unit you choose."


def test_only_one_unit_receives_violation_reports(complaints, labour):
    labour.receives_violation_reports = True
    with translation.override("fa"), pytest.raises(ValidationError) as refused:
        labour.full_clean()
    (message,) = refused.value.message_dict["receives_violation_reports"]
    assert message.startswith("تنها یک واحد") and complaints.name in message
    # The flag is the entry's: ticking it on one translation ticks every translation.
    complaints.receives_violation_reports = False
    complaints.save()
    labour.full_clean()
    labour.save()
    assert set(
        Department.objects.filter(slug="labour-relations").values_list("receives_violation_reports", flat=True)
    ) == {True}
    assert not Department.objects.filter(slug="complaints", receives_violation_reports=True).exists()


@pytest.mark.usefixtures("no_unit_flagged")
def test_the_data_migration_gives_the_reports_to_the_complaints_unit(complaints, labour):
    migration = importlib.import_module("home.migrations.0019_violation_reports_to_complaints_unit")
    migration.give_reports_to_complaints_unit(apps, None)
    assert Department.objects.receiving_violation_reports() == complaints
    assert Department.objects.filter(slug="complaints", receives_violation_reports=True).count() == 2
    # An operator's choice is left alone.
    Department.objects.update(receives_violation_reports=False)
    Department.objects.filter(slug="labour-relations").update(receives_violation_reports=True)
    migration.give_reports_to_complaints_unit(apps, None)
    assert Department.objects.receiving_violation_reports() == labour
