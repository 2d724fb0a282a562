"""Local development: DEBUG on, mail written to files, SQLite unless DATABASE_URL is set."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
# seed_demo creates one demo user per editorial role and prints their passwords once.
DEMO_USERS = True
