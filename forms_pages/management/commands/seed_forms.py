"""`manage.py seed_forms`: the demo content of forms_pages (see forms_pages/demo/)."""

from django.core.management.base import BaseCommand

from forms_pages.demo.seeder import Seeder


class Command(BaseCommand):
    help = "Demo content of the forms_pages app. Safe to run again."

    def handle(self, *args, **options):
        Seeder(self.stdout).run()
