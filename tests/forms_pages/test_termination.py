"""Orderly termination: every applicant's data exported before the service ends."""

import csv
import io
import json
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command

from forms_pages.factories import CitizenRequestFactory
from forms_pages.models import CitizenRequest, RequestAttachment

pytestmark = pytest.mark.django_db


def test_export_holds_every_request_with_its_data_and_files(tmp_path):
    request = CitizenRequestFactory(subject="درخواست برای آزمون خروجی پایانی", name="زهرا موسوی")
    attachment = RequestAttachment(
        request=request, original_name="نامه.pdf", content_type="application/pdf", extension="pdf", size=9
    )
    attachment.file.save("letter.pdf", ContentFile(b"%PDF-1.4 x"), save=False)
    attachment.save()

    out = io.StringIO()
    call_command("export_applicant_data", "--output", str(tmp_path), stdout=out)
    path = out.getvalue().split(" (")[0].strip()
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        data = json.loads(archive.read(f"{request.code}/request.json"))
        index = archive.read("index.csv").decode("utf-8")
        attached = archive.read(f"{request.code}/attachment-1-نامه.pdf")
    assert data["subject"] == "درخواست برای آزمون خروجی پایانی"
    assert data["name"] == "زهرا موسوی"
    assert attached == b"%PDF-1.4 x"
    assert index.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(index.lstrip("\ufeff"))))
    assert len(rows) == CitizenRequest.objects.count()
    assert {row["tracking_code"] for row in rows} == set(CitizenRequest.objects.values_list("code", flat=True))
    assert sum(1 for name in names if name.endswith("/request.json")) == CitizenRequest.objects.count()
