"""Write deploy/errors/*.html (served by nginx when the application is down) from templates/errors/."""

from django.core.management.base import BaseCommand

from home.operations.offline_pages import render_offline_pages


class Command(BaseCommand):
    help = "Render templates/errors/ into the static pages nginx serves from deploy/errors/."

    def handle(self, *args, **options):
        for path, text in render_offline_pages().items():
            path.write_text(text, encoding="utf-8")
            self.stdout.write(f"wrote {path}")
