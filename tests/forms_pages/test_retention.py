"""Retention: old requests lose their personal data and files; recent ones are untouched."""

import datetime
import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from forms_pages.factories import CitizenRequestFactory
from forms_pages.models import CitizenRequest, RequestAttachment

from .conftest import PDF_BYTES

pytestmark = pytest.mark.django_db


def test_anonymise_old_requests(settings, private_media, django_capture_on_commit_callbacks):
    settings.REQUEST_RETENTION_DAYS = 365
    old = CitizenRequestFactory(
        created_at=timezone.now() - datetime.timedelta(days=400), national_id="0010350829", rating_comment="خوب"
    )
    recent = CitizenRequestFactory(created_at=timezone.now() - datetime.timedelta(days=10))
    attachment = RequestAttachment(
        request=old, original_name="a.pdf", content_type="application/pdf", extension="pdf", size=10
    )
    attachment.file.save("a", ContentFile(PDF_BYTES), save=False)
    attachment.save()
    path = private_media / attachment.file.name
    assert path.exists()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("anonymise_requests", stdout=io.StringIO())
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.mobile, old.email, old.national_id, old.rating_comment) == ("", "", "", "", "")
    assert old.text == "—" and old.anonymised_at is not None
    assert old.subject and old.kind and old.department_id  # statistics survive
    # The desk's folded search column keeps nothing of the applicant either.
    assert old.search_folded == f"{old.code}\n{old.subject.replace(' ', '')}\n\n\n"
    assert not RequestAttachment.objects.filter(request=old).exists()
    assert not path.exists()
    assert recent.name and recent.mobile and recent.anonymised_at is None

    # Safe to run again: nothing changes.
    stamp = old.anonymised_at
    out = io.StringIO()
    call_command("anonymise_requests", stdout=out)
    assert "Anonymised 0" in out.getvalue()
    old.refresh_from_db()
    assert old.anonymised_at == stamp


def test_anonymised_requests_cannot_be_tracked(client):
    old = CitizenRequestFactory(created_at=timezone.now() - datetime.timedelta(days=1000))
    code = old.code
    call_command("anonymise_requests", stdout=io.StringIO())
    assert client.post("/track/", {"code": code, "contact": "09121234567"}).status_code == 404
    assert CitizenRequest.objects.filter(code=code).exists()


def test_old_form_answers_are_deleted_and_recent_ones_kept(settings):
    from forms_pages.models import FormPage, FormPageSubmission

    settings.REQUEST_RETENTION_DAYS = 365
    form = FormPage.objects.filter(locale__language_code="fa").first()
    old = FormPageSubmission.objects.create(page=form, form_data={"name": "مریم احمدی"})
    FormPageSubmission.objects.filter(pk=old.pk).update(submit_time=timezone.now() - datetime.timedelta(days=400))
    recent = FormPageSubmission.objects.create(page=form, form_data={"name": "علی رضایی"})

    dry = io.StringIO()
    call_command("anonymise_requests", "--dry-run", stdout=dry)
    assert FormPageSubmission.objects.filter(pk=old.pk).exists()
    out = io.StringIO()
    call_command("anonymise_requests", stdout=out)
    assert not FormPageSubmission.objects.filter(pk=old.pk).exists()
    assert FormPageSubmission.objects.filter(pk=recent.pk).exists()
    assert "Deleted" in out.getvalue()
