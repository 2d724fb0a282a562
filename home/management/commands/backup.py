"""manage.py backup: a timestamped archive of the database and all uploaded files."""

from django.core.management.base import BaseCommand

from home.operations.backups import add_output_argument, create_backup


class Command(BaseCommand):
    help = "Write a backup archive (database + media + private attachments)."

    def add_arguments(self, parser):
        add_output_argument(parser)

    def handle(self, *args, output, **options):
        path = create_backup(output)
        self.stdout.write(str(path))
