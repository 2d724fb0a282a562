"""Demo content of the tenders app (filled in as the app's models land)."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Demo content of the tenders app. Safe to run again."

    def handle(self, *args, **options):
        self.stdout.write("  tenders: nothing to seed yet")
