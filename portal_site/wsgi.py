"""WSGI entry point: gunicorn portal_site.wsgi:application."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal_site.settings.production")

application = get_wsgi_application()
