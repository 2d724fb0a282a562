"""Export everything held about every applicant, before the service ends (orderly termination).

Writes one ZIP archive: per request a folder named by its tracking code with `request.json`
(the same data the applicant can download from the tracking page) and the original
attachments, plus `index.csv` (UTF-8 with BOM) listing every request. The archive holds
personal data: it is written with owner-only permissions.
"""

import csv
import io
import json
import os
import zipfile

from django.core.management.base import BaseCommand

from forms_pages.models import CitizenRequest
from home.language.csv_export import with_bom
from home.operations.backups import add_output_argument, stamped_path


class Command(BaseCommand):
    help = "Write a ZIP of all applicants' requests, answers and attachments."

    def add_arguments(self, parser):
        add_output_argument(parser)

    def handle(self, *args, output, **options):
        path = stamped_path(output, "applicant-data", ".zip")
        requests = CitizenRequest.objects.select_related("department").prefetch_related("attachments", "events")
        index = io.StringIO()
        writer = csv.writer(index)
        writer.writerow(["tracking_code", "received_at", "kind", "department", "status", "name", "mobile", "email"])
        count = 0
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for request in requests.iterator(chunk_size=500):
                data = request.as_data()
                archive.writestr(f"{request.code}/request.json", json.dumps(data, ensure_ascii=False, indent=2))
                for number, attachment in enumerate(request.attachments.all(), start=1):
                    try:
                        with attachment.file.open("rb") as handle:
                            archive.writestr(
                                f"{request.code}/attachment-{number}-{attachment.original_name}", handle.read()
                            )
                    except FileNotFoundError:
                        self.stderr.write(f"attachment missing for request {request.code}")
                writer.writerow(
                    [
                        request.code,
                        data["received_at"],
                        request.kind,
                        request.department.name,
                        request.status,
                        request.name,
                        request.mobile,
                        request.email,
                    ]
                )
                count += 1
            archive.writestr("index.csv", with_bom(index.getvalue()))
        os.chmod(path, 0o600)
        self.stdout.write(f"{path} ({count} requests)")
