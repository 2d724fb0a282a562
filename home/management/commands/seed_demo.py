"""Build the whole demo site by running each app's own seeder, in the order of settings."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from home.demo.seeding import default_site


def host_and_port(url):
    """(host name, port) of an address such as http://127.0.0.1:8000."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise CommandError(f"--site-url must be an address such as http://127.0.0.1:8000, not {url!r}")
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def serve_site_at(hostname, port):
    """Point the default site at `hostname`:`port`: Wagtail builds the absolute links of the
    sitemap and of feed entries from the site's host name and port, not from the request.
    Returns the site's root URL, or None when there is no site yet."""
    site = default_site()
    if site is None:
        return None
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()
    return site.root_url


class Command(BaseCommand):
    help = "Create (or complete) the demo content of every app. Safe to run again."

    def add_arguments(self, parser):
        # `make run` passes the address it serves on (HOST and PORT may be changed there).
        parser.add_argument("--site-url", help="the address the demo is served on, e.g. http://127.0.0.1:8000")

    def handle(self, *args, site_url=None, **options):
        address = host_and_port(site_url) if site_url else None
        for name in settings.DEMO_SEEDERS:
            self.stdout.write(f"» {name}")
            call_command(name, stdout=self.stdout, stderr=self.stderr)
        if address:
            root_url = serve_site_at(*address)
            if root_url:
                self.stdout.write(f"  site: links in the sitemap and feeds point at {root_url}/")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
