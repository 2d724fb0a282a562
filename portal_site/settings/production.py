"""Production: refuses to start half-configured; HTTPS on unless DJANGO_HTTPS=0."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False


def _missing_settings(environ):
    """One line per thing production cannot run without, saying what to set (empty: all set).

    The base settings fall back to SQLite, localhost, a loopback admin URL and an example
    sender so a newcomer can run the site; in production each of those is a quiet failure
    (a lost database, a 400 for every visitor, links in e-mails to 127.0.0.1, mail refused).
    """
    problems = []
    if not environ.get("DJANGO_SECRET_KEY"):
        problems.append("Set DJANGO_SECRET_KEY to a long random string (50+ characters).")
    if not environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://", "postgis://")):
        problems.append("Set DATABASE_URL to the PostgreSQL database (postgres://user:password@host:5432/portal).")
    if not environ.get("DJANGO_ALLOWED_HOSTS", "").strip(", "):
        problems.append("Set DJANGO_ALLOWED_HOSTS to the site's host names, comma-separated (portal.example.ir).")
    if not environ.get("WAGTAILADMIN_BASE_URL", "").startswith(("http://", "https://")):
        problems.append("Set WAGTAILADMIN_BASE_URL to the public address of the site (https://portal.example.ir).")
    if "@" not in environ.get("DEFAULT_FROM_EMAIL", ""):
        problems.append("Set DEFAULT_FROM_EMAIL to the sender address of the portal's e-mails (portal@example.ir).")
    # An applicant who gave only a mobile number hears of their request by SMS alone; the base
    # default writes texts to the worker's log, where nobody reads them.
    sms = environ.get("SMS_BACKEND", "")
    if not sms:
        problems.append(
            "Set SMS_BACKEND to the gateway that texts applicants about their requests "
            "(kavenegar; console only where the portal sends no SMS)."
        )
    elif sms == "kavenegar" and not environ.get("KAVENEGAR_API_KEY"):
        problems.append("Set KAVENEGAR_API_KEY for SMS_BACKEND=kavenegar (the API key from Kavenegar's panel).")
    return problems


_problems = _missing_settings(os.environ)
if _problems:
    raise ImproperlyConfigured("Production settings are incomplete:\n" + "\n".join(_problems))

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

# Hashed, compressed static files served by WhiteNoise: no separate static server needed.
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405

if not REDIS_URL:  # noqa: F405
    # Without Redis, the gunicorn workers of one machine share a cache in files: a per-process
    # cache would let a publish purge one worker's pages only, and give each worker its own
    # rate limits. Several machines need REDIS_URL (docs/deploy.md).
    CACHES = {
        "default": {
            "BACKEND": "portal_site.file_cache.FileCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),  # noqa: F405
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "5000"))},
        }
    }

HTTPS = env_bool("DJANGO_HTTPS", default=True)
if HTTPS:
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

SESSION_COOKIE_HTTPONLY = True
