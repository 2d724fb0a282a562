"""`manage.py seed_services`: the services desk's demo content (see services/demo/)."""

from django.core.management.base import BaseCommand

from services.demo.seeder import Seeder


class Command(BaseCommand):
    help = "Demo content of the services desk. Safe to run again."

    def handle(self, *args, **options):
        Seeder(self.stdout).run()
