"""The revision comparison a reviewer reads before approving: choices show their labels in the
staff member's language, never the codes stored for them."""

import json

import pytest

from services.factories import make_service
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db


def documents(*forms):
    return json.dumps([{"type": "document", "value": {"name": "مدرک", "form": form, "notes": ""}} for form in forms])


def compared(client, page):
    """The comparison of the live page with its latest revision: the diff's text."""
    revision = page.revisions.order_by("-id").first()
    response = client.get(f"/admin/pages/{page.pk}/revisions/compare/live...{revision.pk}/")
    return ok_soup(response).select_one("main").get_text(" ", strip=True)


def test_a_documents_form_reads_as_its_persian_label(admin_client, catalogue):
    """A changed document, an added one and an unchanged one: all three read as labels."""
    page = make_service(catalogue, slug="compared", required_documents=documents("copy", "original"))
    edited = page.get_latest_revision_as_object()
    stream = json.loads(documents("both", "original", "electronic"))
    for live, new in zip(page.required_documents.raw_data, stream, strict=False):
        new["id"] = live["id"]  # the same blocks, edited; the third one is added
    edited.required_documents = json.dumps(stream)
    edited.save_revision()

    text = compared(admin_client, page)
    assert "اصل یا تصویر" in text  # the sub-block's label: the Persian admin
    for label in ("تصویر", "اصل و تصویر", "اصل", "فایل الکترونیکی"):
        assert label in text, label
    for code in ("copy", "both", "original", "electronic"):
        assert code not in text, code


def test_a_changed_trigger_and_plain_choice_fields_read_as_labels(admin_client, catalogue):
    page = make_service(catalogue, slug="compared-trigger")
    edited = page.get_latest_revision_as_object()
    edited.triggers = json.dumps(
        [{"type": "trigger", "value": {"kind": "law", "description": "درخواست متقاضی"}, "id": page.triggers[0].id}]
    )
    edited.delivery_level, edited.in_person_reasons = "electronic", ""
    edited.save_revision()

    text = compared(admin_client, page)
    for label in ("درخواست متقاضی", "قانون یا مقرره تازه", "نیمه‌الکترونیکی", "تمام‌الکترونیکی"):
        assert label in text, label
    for code in ("request", "semi-electronic"):
        assert code not in text, code


def test_a_laws_kind_and_status_read_as_labels(admin_client, law):
    edited = law.get_latest_revision_as_object()
    edited.kind, edited.status = "bylaw", "amended"
    edited.save_revision()

    text = compared(admin_client, law)
    for label in ("آیین‌نامه", "لازم‌الاجرا", "اصلاح‌شده"):
        assert label in text, label
    for code in ("bylaw", "amended", "in-force"):
        assert code not in text, code
