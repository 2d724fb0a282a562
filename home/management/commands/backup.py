"""manage.py backup: a timestamped archive of the database and all uploaded files."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from home.operations.backups import create_backup


class Command(BaseCommand):
    help = "Write a backup archive (database + media + private attachments)."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(Path(settings.BASE_DIR) / "backups"), help="folder for the archive")

    def handle(self, *args, output, **options):
        path = create_backup(output)
        self.stdout.write(str(path))
