"""The pages nginx serves by itself when the application cannot answer (deploy/errors/).

nginx sends them as static files, so they are committed; they are made from the templates in
templates/errors/ (one per page, rendered once per language) by `manage.py build_offline_pages`,
and tests/home/test_offline_pages.py fails when a committed file differs from its template.
"""

from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

PAGES = ("busy", "unavailable")
OUTPUT_DIR = Path(settings.BASE_DIR) / "deploy" / "errors"


def render_offline_pages():
    """{path of the committed file: its text} for every page in every language."""
    pages = {}
    for name in PAGES:
        for language, _label in settings.LANGUAGES:
            with translation.override(language):
                pages[OUTPUT_DIR / f"{name}.{language}.html"] = render_to_string(f"errors/{name}.html")
    return pages
