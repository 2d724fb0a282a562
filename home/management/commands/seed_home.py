"""`manage.py seed_home`: the shared base's demo content (see home/demo/)."""

from django.core.management.base import BaseCommand

from home.demo.seeder import Seeder


class Command(BaseCommand):
    help = "Demo content of the base: home pages, sections, standard pages, menus, settings."

    def handle(self, *args, **options):
        Seeder(self.stdout).run()
