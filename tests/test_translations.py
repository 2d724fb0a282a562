"""The Persian catalogue is complete and the compiled .mo matches the .po."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
from django.conf import settings

from tests.project_files import project_files

PO = Path(settings.BASE_DIR) / "locale" / "fa" / "LC_MESSAGES" / "django.po"


def entry_key(entry):
    return (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")


def entry_value(entry):
    if entry.msgid_plural:
        return tuple(entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural))
    return entry.msgstr


def test_every_string_is_translated_and_none_is_fuzzy():
    po = polib.pofile(str(PO))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == [], f"untranslated: {untranslated}"
    assert fuzzy == [], f"fuzzy: {fuzzy}"


def test_compiled_catalogue_is_up_to_date():
    po = polib.pofile(str(PO))
    mo = polib.mofile(str(PO.with_suffix(".mo")))
    expected = {entry_key(e): entry_value(e) for e in po.translated_entries()}
    compiled = {entry_key(e): entry_value(e) for e in mo if e.msgid}
    assert compiled == expected, "run `make messages` to recompile locale/fa/LC_MESSAGES/django.mo"


def translations(path):
    return {entry_key(e): entry_value(e) for e in polib.pofile(str(path)) if not e.obsolete}


def test_make_messages_keeps_every_translation_and_finds_none_missing(tmp_path):
    """`make messages` (`manage.py refresh_messages`) on the tree as it is changes no translation.
    The translations of Wagtail's, Django's and the other packages' strings stay: makemessages
    alone dropped all 1,135 of them, the Persian admin's. And no string of ours lacks its Persian:
    one added to a template or module without a translation would be listed here, empty."""
    root = Path(settings.BASE_DIR)
    for name in project_files():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, tmp_path / name)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal_site.settings.dev", "PYTHONPATH": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "manage.py", "refresh_messages"], cwd=tmp_path, env=env, check=True, capture_output=True
    )

    refreshed = translations(tmp_path / PO.relative_to(root))
    assert refreshed[("", "Save draft", "")] == "ذخیره پیش‌نویس"  # one of Wagtail's, kept
    committed = translations(PO)
    assert {key: value for key, value in refreshed.items() if key not in committed} == {}, "new strings to translate"
    assert refreshed == committed
