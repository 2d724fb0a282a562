"""`manage.py seed_newsroom`: the newsroom's demo content (see newsroom/demo/)."""

from django.core.management.base import BaseCommand

from newsroom.demo.seeder import Seeder


class Command(BaseCommand):
    help = "Demo content of the newsroom app: news, notices and their English versions. Safe to run again."

    def handle(self, *args, **options):
        Seeder(self.stdout).run()
