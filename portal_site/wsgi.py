"""WSGI entry point: gunicorn portal_site.wsgi:application.

Anonymous hits of the page cache are answered before Django's request handling
(home/caching/fast_hits.py); everything else goes to Django.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal_site.settings.production")

application = get_wsgi_application()

from home.caching.fast_hits import FastCachedPages  # noqa: E402 - needs the apps loaded above

application = FastCachedPages(application)
