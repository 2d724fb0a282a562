"""Demo content of the forms_pages app (filled in as the app's models land)."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Demo content of the forms_pages app. Safe to run again."

    def handle(self, *args, **options):
        self.stdout.write("  forms_pages: nothing to seed yet")
