"""Write deploy/errors/*.html (served by nginx when the application is down) from templates/errors/."""

from django.core.management.base import BaseCommand

from home.operations.offline_pages import OUTPUT_DIR, write_offline_pages


class Command(BaseCommand):
    help = "Render templates/errors/ into the static pages nginx serves from deploy/errors/."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=OUTPUT_DIR, help="folder to write them into (default: deploy/errors/)")

    def handle(self, *args, **options):
        for path in write_offline_pages(options["output"]):
            self.stdout.write(f"wrote {path}")
