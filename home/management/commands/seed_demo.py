"""Build the whole demo site by running each app's own seeder, in the order of settings."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create (or complete) the demo content of every app. Safe to run again."

    def handle(self, *args, **options):
        for name in settings.DEMO_SEEDERS:
            self.stdout.write(f"» {name}")
            call_command(name, stdout=self.stdout, stderr=self.stderr)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
