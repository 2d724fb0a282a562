"""The pages nginx serves by itself when the application cannot answer (deploy/errors/).

They are made from the templates in templates/errors/ (one per page, rendered once per
language) by `manage.py build_offline_pages`, which a deploy runs beside collectstatic: the
output is not committed (deploy/errors/ is ignored by git), so it cannot go stale.
"""

from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

PAGES = ("busy", "unavailable")
OUTPUT_DIR = Path(settings.BASE_DIR) / "deploy" / "errors"


def render_offline_pages():
    """{file name: its text} for every page in every language."""
    pages = {}
    for name in PAGES:
        for language, _label in settings.LANGUAGES:
            with translation.override(language):
                pages[f"{name}.{language}.html"] = render_to_string(f"errors/{name}.html")
    return pages


def write_offline_pages(directory=OUTPUT_DIR):
    """Render every page into `directory` (made if missing); returns the paths written."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for file_name, text in render_offline_pages().items():
        path = directory / file_name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
