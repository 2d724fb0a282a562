"""`make messages`: Django's makemessages and compilemessages for Persian, keeping the portal's
translations of other packages' strings.

locale/fa/LC_MESSAGES/django.po holds, beside the portal's own strings, about 1,100 translations of
msgids from Wagtail, wagtail-localize, wagtailmenus, taggit and Django (docs/admin-persian.md):
strings no source of ours holds. `makemessages --no-obsolete` dropped every one of them, and the
Persian admin went back to English and to Wagtail's own wording. They are read before and written
back after, as they were; an entry of ours whose string has left our sources goes, as before.

A string makemessages finds in our sources for the first time is one of two kinds. Either another
package's catalogue already translates it (Django's «پنجشنبه» for "Thursday" in a date rule,
Wagtail's for a string of its templates we override): it is left out, as it was, so theirs shows.
Or it is new and needs our translation: it stays, empty (makemessages' "fuzzy" guess from a
similar string, «نام (فارسی)» for "Persian", is cleared), and the command lists it.
"""

import os
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import translation


def _of_other_packages(entry, root):
    """An entry whose references name no file of ours (`wagtail (fa catalogue)`,
    `wagtail/locks.py`): a translation of another package's string."""
    return not any((root / path).is_file() for path, _line in entry.occurrences)


def _translated_elsewhere(entry):
    """Whether the catalogues Django reads (ours as it was compiled, which does not hold this
    string, and every installed package's) already give the string in Persian."""
    with translation.override("fa"):
        if entry.msgid_plural:
            if entry.msgctxt:
                shown = translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 1)
            else:
                shown = translation.ngettext(entry.msgid, entry.msgid_plural, 1)
        elif entry.msgctxt:
            shown = translation.pgettext(entry.msgctxt, entry.msgid)
        else:
            shown = translation.gettext(entry.msgid)
    return shown != entry.msgid


def _untranslated(entry):
    """The entry without makemessages' fuzzy guess: empty, to be translated."""
    return polib.POEntry(
        msgctxt=entry.msgctxt,
        msgid=entry.msgid,
        msgid_plural=entry.msgid_plural,
        msgstr="",
        msgstr_plural=dict.fromkeys(entry.msgstr_plural, ""),
        occurrences=entry.occurrences,
        flags=[flag for flag in entry.flags if flag != "fuzzy"],
    )


def _key(entry):
    return entry.msgctxt, entry.msgid


class Command(BaseCommand):
    help = "Refresh and compile the Persian catalogue, keeping the translations of other packages' strings."

    def handle(self, *args, **options):
        root = Path(settings.BASE_DIR)
        catalogue = Path(settings.LOCALE_PATHS[0]) / "fa" / "LC_MESSAGES" / "django.po"
        before = polib.pofile(str(catalogue))
        known = {_key(entry) for entry in before}
        kept = [entry for entry in before if not entry.obsolete and _of_other_packages(entry, root)]
        os.chdir(root)  # makemessages reads the sources below the current folder
        call_command(
            "makemessages", locale=["fa"], ignore_patterns=[".venv", "staticfiles"], no_obsolete=True, verbosity=0
        )
        po = polib.pofile(str(catalogue), wrapwidth=79)
        for entry in [entry for entry in po if _key(entry) not in known]:
            if _translated_elsewhere(entry):
                po.remove(entry)
            elif entry.fuzzy:
                po[po.index(entry)] = _untranslated(entry)
        present = {_key(entry) for entry in po}
        restored = [entry for entry in kept if _key(entry) not in present]
        po.extend(restored)
        po.save()
        call_command("compilemessages", locale=["fa"], ignore_patterns=[".venv"], verbosity=0)
        untranslated = [entry.msgid for entry in po.untranslated_entries()]
        self.stdout.write(
            f"{catalogue}: {len(restored)} translations of other packages' strings kept, "
            f"{len(untranslated)} strings to translate"
        )
        for msgid in untranslated:
            self.stdout.write(f"  {msgid}")
