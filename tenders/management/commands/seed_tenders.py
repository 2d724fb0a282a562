"""`manage.py seed_tenders`: the tenders' demo content (see tenders/demo/)."""

from django.core.management.base import BaseCommand

from tenders.demo.seeder import Seeder


class Command(BaseCommand):
    help = "Demo content of the tenders app: the notices index and 14 notices. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--refresh-dates",
            action="store_true",
            help="Republish existing demo notices with dates relative to now.",
        )

    def handle(self, *args, **options):
        Seeder(self.stdout, refresh=options.get("refresh_dates", False)).run()
