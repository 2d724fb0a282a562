"""The Persian admin's words and digits at their source: every upstream admin string has a
Persian translation (Wagtail's, wagtail-localize's, wagtailmenus', taggit's, from their own
catalogues or ours), and the admin's digit font draws Vazirmatn's Persian digits."""

import re
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

pytestmark = pytest.mark.django_db


def test_counts_read_in_persian_digits(admin_client):
    """The admin loads a font whose 0-9 are Vazirmatn's ۰-۹, limited to the digits, for Persian
    only: one variable file, drawn at the regular and the bold weight as Vazirmatn draws them."""
    html = admin_client.get("/admin/").content.decode()
    assert "/static/css/admin.css" in html
    css = (Path(settings.BASE_DIR) / "static/css/admin.css").read_text()
    assert "unicode-range: U+0030-0039" in css and 'html[lang="fa"]' in css and "font-weight: 100 900" in css
    digits_path = Path(settings.BASE_DIR) / "static/fonts/PersianDigits.woff2"
    assert sorted(TTFont(digits_path).getBestCmap()) == list(range(0x30, 0x3A))

    def bounds(font, codepoint):
        glyph = font["glyf"][font.getBestCmap()[codepoint]]
        glyph.recalcBounds(font["glyf"])
        return glyph.xMin, glyph.yMin, glyph.xMax, glyph.yMax

    for weight, style in ((400, "Regular"), (700, "Bold")):
        source = TTFont(Path(settings.BASE_DIR) / f"home/pages/pdf_fonts/Vazirmatn-{style}.ttf")
        digits = instancer.instantiateVariableFont(TTFont(digits_path), {"wght": weight})
        for i in range(10):  # the shape drawn for "3" is Vazirmatn's "۳", at this weight
            assert bounds(digits, 0x30 + i) == bounds(source, 0x06F0 + i)
            assert bounds(digits, 0x30 + i) != bounds(source, 0x30 + i)


def upstream_catalogues():
    """The English source catalogues of the installed apps whose screens staff use."""
    for config in apps.get_app_configs():
        if not config.name.startswith(("wagtail", "taggit")):
            continue
        for domain in ("django", "djangojs"):
            path = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                yield config.name, domain, path


def has_words(msgid):
    text = re.sub(r"%\(\w+\)[sd]|\{\w*\}|<[^>]+>|&\w+;", " ", msgid)
    return re.search(r"[A-Za-z]{2,}", text) is not None


def test_every_upstream_admin_string_has_persian():
    """Each msgid of Wagtail, wagtail-localize, wagtailmenus and taggit (installed parts) reads in
    Persian: from the app's own fa catalogue or, where that lacks it, from ours."""
    left = []
    catalogues = list(upstream_catalogues())
    assert {name for name, _domain, _path in catalogues} >= {"wagtail.admin", "wagtail_localize", "wagtailmenus"}
    with translation.override("fa"):
        js = DjangoTranslation("fa", domain="djangojs")
        for app, domain, path in catalogues:
            catalogue = translation if domain == "django" else js
            for entry in polib.pofile(str(path)):
                if entry.obsolete or not has_words(entry.msgid):
                    continue
                if entry.msgid_plural:
                    text = catalogue.ngettext(entry.msgid, entry.msgid_plural, 2)
                    source = entry.msgid_plural
                elif entry.msgctxt:
                    text = catalogue.pgettext(entry.msgctxt, entry.msgid)
                    source = entry.msgid
                else:
                    text = catalogue.gettext(entry.msgid)
                    source = entry.msgid
                if text == source:
                    left.append(f"{app} ({domain}): {entry.msgid}")
    assert left == [], f"{len(left)} upstream admin strings have no Persian:\n" + "\n".join(left[:50])
