"""Demo content of the services app (filled in as the app's models land)."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Demo content of the services app. Safe to run again."

    def handle(self, *args, **options):
        self.stdout.write("  services: nothing to seed yet")
