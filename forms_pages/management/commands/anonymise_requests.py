"""Remove the personal data of requests older than the retention period (safe to run daily).

Blanks the applicant's name, contact details, national ID, text and rating comment, deletes the
attached files, and keeps what statistics need (kind, department, status, dates, rating).
Answers to the online forms (the form builder's submissions) older than the same period are
deleted: their fields are whatever an editor asked, so nothing in them is known to be safe.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from forms_pages.models import CitizenRequest, FormPageSubmission, RequestEvent
from forms_pages.models.requests import REMOVED_TEXT

from ...choices import EventAction


class Command(BaseCommand):
    help = "Anonymise citizens' requests older than settings.REQUEST_RETENTION_DAYS (default 730)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention period in days.")
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be anonymised.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = days if days is not None else getattr(settings, "REQUEST_RETENTION_DAYS", 730)
        cutoff = timezone.now() - datetime.timedelta(days=days)
        due = CitizenRequest.objects.filter(created_at__lt=cutoff, anonymised_at__isnull=True)
        old_answers = FormPageSubmission.objects.filter(submit_time__lt=cutoff)
        if dry_run:
            self.stdout.write(f"{due.count()} requests older than {days} days would be anonymised.")
            self.stdout.write(f"{old_answers.count()} form answers older than {days} days would be deleted.")
            return
        count = 0
        files = 0
        for pk in due.values_list("pk", flat=True).iterator():
            with transaction.atomic():
                citizen_request = CitizenRequest.objects.select_for_update().get(pk=pk)
                for attachment in citizen_request.attachments.all():
                    # Delete the row first: if the transaction fails, an orphan file is the
                    # lesser harm, and it is gone from every view either way.
                    name = attachment.file.name
                    storage = attachment.file.storage
                    attachment.delete()
                    transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))
                    files += 1
                citizen_request.name = ""
                citizen_request.mobile = ""
                citizen_request.email = ""
                citizen_request.national_id = ""
                citizen_request.text = REMOVED_TEXT
                citizen_request.rating_comment = ""
                citizen_request.anonymised_at = timezone.now()
                citizen_request.save()
                # The outbox kept the addresses and texts sent; they go too (state stays for statistics).
                citizen_request.messages.update(recipient="", body=REMOVED_TEXT, subject="")
                RequestEvent.objects.create(request=citizen_request, action=EventAction.ANONYMISED)
                count += 1
        self.stdout.write(f"Anonymised {count} requests ({files} attachments deleted); retention {days} days.")
        deleted, _by_model = old_answers.delete()
        self.stdout.write(f"Deleted {deleted} form answers older than {days} days.")
