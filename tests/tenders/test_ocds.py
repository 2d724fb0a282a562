"""Open data: each notice and the whole list as OCDS release packages, checked field by field."""

import json

import pytest
from django.utils import timezone
from wagtail.models import Site

from home.models import ContactSettings, Department
from tenders.choices import Kind, Method, Outcome, Stages

from .conftest import DAY, HOUR

pytestmark = pytest.mark.django_db


def iso(value):
    return timezone.localtime(value).isoformat(timespec="seconds")


def get_json(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content)


def test_notice_release_field_by_field(client, make_notice, now):
    now = now.replace(microsecond=0)
    department = Department.objects.in_language("fa").get(slug="labour-inspection")
    notice = make_notice(
        title="مناقصه بازسازی دفتر بازرسی کار",
        subject="بازسازی و مقاوم‌سازی",
        slug="renovation",
        reference_number="t-۱۴۰۵-۰۹۹",  # Persian digits and lower case are normalised
        kind=Kind.TENDER,
        procurement_method=Method.LIMITED,
        stages=Stages.TWO,
        department=department,
        estimated_value=42_000_000_000,
        documents_from=now - 2 * DAY,
        documents_until=now + 3 * DAY,
        enquiry_deadline=now + 2 * DAY,
        submission_deadline=now + 5 * DAY,
        opening_at=now + 6 * DAY,
        opening_place="سالن جلسات",
        amendments=[
            {
                "issued_at": now - DAY,
                "text": "مهلت تمدید شد",
                "new_submission_deadline": now + 7 * DAY,
                "new_opening_at": now + 8 * DAY,
            }
        ],
        documents=1,
    )
    package = get_json(client, "/test-tenders/renovation/ocds/")
    assert package["version"] == "1.1"
    assert package["uri"] == "http://testserver/test-tenders/renovation/ocds/"
    assert package["publisher"]["name"]
    assert len(package["releases"]) == 1
    release = package["releases"][0]
    assert release["ocid"] == "ocds-tehranlabour-T-1405-099"
    assert release["id"].startswith("ocds-tehranlabour-T-1405-099-")
    assert release["tag"] == ["tender", "tenderAmendment"]
    assert release["initiationType"] == "tender"
    assert release["language"] == "fa"
    assert release["buyer"] == {"id": "labour-inspection", "name": department.name}
    assert release["parties"] == [
        {"id": "labour-inspection", "name": department.name, "roles": ["buyer", "procuringEntity"]}
    ]
    tender = release["tender"]
    assert tender["id"] == "T-1405-099"
    assert tender["title"] == "مناقصه بازسازی دفتر بازرسی کار"
    assert tender["description"] == "بازسازی و مقاوم‌سازی"
    assert tender["status"] == "active"
    assert tender["statusDetails"] == "باز"
    assert tender["procurementMethod"] == "selective"
    assert tender["value"] == {"amount": 42_000_000_000, "currency": "IRR"}
    assert tender["tenderPeriod"] == {"startDate": iso(now - 2 * DAY), "endDate": iso(now + 7 * DAY)}
    assert tender["enquiryPeriod"] == {"startDate": iso(now - 2 * DAY), "endDate": iso(now + 2 * DAY)}
    assert tender["documentAvailabilityPeriod"]["endDate"] == iso(now + 3 * DAY)
    assert tender["bidOpening"]["date"] == iso(now + 8 * DAY)
    assert tender["stages"] == 2
    [document] = tender["documents"]
    item = notice.notice_documents.get()
    assert document["id"] == f"doc-{item.pk}"
    assert document["documentType"] == "biddingDocuments"
    assert document["format"] == "application/pdf"
    assert document["url"] == f"http://testserver{item.document.url}"
    assert client.get(item.document.url).status_code == 200
    [amendment] = tender["amendments"]
    assert amendment["id"] == "ocds-tehranlabour-T-1405-099-amendment-1"
    assert amendment["date"] == iso(now - DAY)
    assert amendment["description"] == "مهلت تمدید شد"
    assert amendment["changedDates"] == [
        {"field": "tender.tenderPeriod.endDate", "value": iso(now + 7 * DAY)},
        {"field": "tender.bidOpening.date", "value": iso(now + 8 * DAY)},
    ]
    assert "awards" not in release


@pytest.mark.parametrize(
    ("fields", "status", "method"),
    [
        ({"documents_from": "+1d"}, "planned", "open"),
        ({"submission_deadline": "-1h"}, "active", "open"),
        ({"outcome": Outcome.CANCELLED, "cancellation_reason": "اعتبار تأمین نشد"}, "cancelled", "open"),
        ({"outcome": Outcome.UNSUCCESSFUL}, "unsuccessful", "open"),
        ({"procurement_method": Method.DIRECT}, "active", "limited"),
    ],
)
def test_status_and_method_codelists(client, make_notice, now, fields, status, method):
    fields = dict(fields)
    if fields.get("documents_from") == "+1d":
        fields["documents_from"] = now + DAY
    if fields.get("submission_deadline") == "-1h":
        fields.update(documents_from=now - 3 * DAY, submission_deadline=now - HOUR)
    make_notice(slug="coded", **fields)
    tender = get_json(client, "/test-tenders/coded/ocds/")["releases"][0]["tender"]
    assert tender["status"] == status
    assert tender["procurementMethod"] == method
    if status == "cancelled":
        assert "اعتبار تأمین نشد" in tender["statusDetails"]


def test_closed_notice_is_described_as_closed(client, make_notice, now):
    make_notice(slug="closed", documents_from=now - 3 * DAY, submission_deadline=now - HOUR, opening_at=now + DAY)
    release = get_json(client, "/test-tenders/closed/ocds/")["releases"][0]
    assert release["tender"]["statusDetails"] == "بسته‌شده"
    assert release["tender"]["tenderPeriod"]["endDate"] < iso(timezone.now())


def test_awarded_notice_has_an_award(client, make_notice):
    make_notice(slug="won", outcome=Outcome.AWARDED, winner="شرکت نمونه", awarded_amount=5_000_000)
    release = get_json(client, "/test-tenders/won/ocds/")["releases"][0]
    assert release["tender"]["status"] == "complete"
    assert "award" in release["tag"]
    [award] = release["awards"]
    assert award["suppliers"][0]["name"] == "شرکت نمونه"
    assert award["value"] == {"amount": 5_000_000, "currency": "IRR"}
    assert {"supplier"} in [set(p["roles"]) for p in release["parties"]]


def test_whole_list_package(client, make_notice, now):
    make_notice(reference_number="L-1", submission_deadline=now + 2 * DAY)
    make_notice(reference_number="L-2", submission_deadline=now + DAY)
    make_notice(reference_number="L-3", documents_from=now - 5 * DAY, submission_deadline=now - DAY)
    package = get_json(client, "/test-tenders/ocds/")
    assert [r["tender"]["id"] for r in package["releases"]] == ["L-2", "L-1", "L-3"]
    assert len({r["ocid"] for r in package["releases"]}) == 3
    assert "links" not in package


def test_seeded_list_is_valid_json_with_every_status(client):
    package = get_json(client, "/tenders/ocds/")
    assert len(package["releases"]) >= 12
    statuses = {r["tender"]["status"] for r in package["releases"]}
    assert statuses == {"planned", "active", "complete", "cancelled", "unsuccessful"}


def test_the_publisher_is_named_as_the_contact_settings_name_it_in_each_language(client):
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.organisation_name = "اداره کل تعاون، کار و رفاه اجتماعی استان تهران (آزمایشی)"
    contact.organisation_name_en = "Tehran Labour Directorate (test)"
    contact.save()
    assert get_json(client, "/tenders/ocds/")["publisher"]["name"] == contact.organisation_name
    assert get_json(client, "/en/tenders/ocds/")["publisher"]["name"] == "Tehran Labour Directorate (test)"


@pytest.mark.parametrize(
    ("prefix", "warned"),
    [
        ("ocds-tehranlabour", True),  # the placeholder default: not ocds- and six characters
        ("ocds-a1b2c3-", True),
        ("OCDS-A1B2C3", True),
        ("ocds-a1b2c", True),
        ("", True),
        ("ocds-a1b2c3", False),
    ],
)
def test_an_ocid_prefix_that_is_not_a_registered_one_s_shape_is_a_system_check_warning(settings, prefix, warned):
    from django.core import checks

    settings.TENDERS_OCID_PREFIX = prefix
    found = [message for message in checks.run_checks(include_deployment_checks=True) if message.id == "tenders.W001"]
    assert bool(found) == warned, prefix
    # A deployment check: `manage.py check` and `make run` say nothing of it.
    assert not [message for message in checks.run_checks() if message.id == "tenders.W001"]
    if warned:
        assert found[0].level == checks.WARNING
        assert "TENDERS_OCID_PREFIX" in found[0].msg and "ocds-" in found[0].hint


def test_the_ocid_is_the_configured_prefix_and_the_reference_number(client, make_notice, now, settings):
    settings.TENDERS_OCID_PREFIX = "ocds-a1b2c3"
    make_notice(slug="prefixed", reference_number="T/1405/077", submission_deadline=now + DAY)
    package = get_json(client, "/test-tenders/prefixed/ocds/")
    assert package["releases"][0]["ocid"] == "ocds-a1b2c3-T-1405-077"
