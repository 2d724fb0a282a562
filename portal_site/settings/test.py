"""Settings for the test suite: real PostgreSQL from DATABASE_URL, mail kept in memory."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
    raise RuntimeError("Tests run against PostgreSQL: set DATABASE_URL (make test does this).")

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Text messages kept in memory (home.operations.sms.LocmemBackend.outbox); the outbox worker sends them.
SMS_BACKEND = "locmem"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Tests log in with client.login(), which django-axes cannot see a request for; the lockout
# test turns it back on.
AXES_ENABLED = False
# Tests of the page cache turn it on where they need it.
PAGE_CACHE_SECONDS = 0

# Uploads made by the demo seed and the tests go to a throw-away folder, shared with the
# production-like server the tests start (it reads MEDIA_ROOT from the environment).
_UPLOADS = Path(os.environ.get("TEST_UPLOADS_ROOT") or tempfile.mkdtemp(prefix="portal-test-uploads-"))
MEDIA_ROOT = _UPLOADS / "media"
PRIVATE_MEDIA_ROOT = _UPLOADS / "private"

# The tests never read a developer's `collectstatic` output (staticfiles/, made by `make run`):
# WhiteNoise scanned its files again for every test client (about 10 ms each, some 6 s of the
# unit layer's wall time in a checkout where the site had been run), and a stale copy could hide
# a missing static file. A clean clone has none either. The production-like server collects its
# own (tests/servers.py).
STATIC_ROOT = _UPLOADS / "static"
