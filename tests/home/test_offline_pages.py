"""The static pages nginx serves when the application cannot answer are built from templates/errors/."""

import io
import re

from django.core.management import call_command

from tests.html_checks import validate_html
from tests.soup import parse

PERSIAN = re.compile(r"[\u0600-\u06FF]")
# The Nu checker's CSS part predates CSS logical properties (margin-inline, border-block-start...),
# which every current browser supports and the RTL pages rely on: only those reports are let through.
LOGICAL_PROPERTY = re.compile(r'^Error: CSS: "([a-z-]+)": Property "\1" doesn\'t exist\.$')
NOT_A_PROBLEM = re.compile(r"^((From|At) line \d+.*|Document checking completed\.)$")


def build(folder):
    call_command("build_offline_pages", output=folder / "errors", stdout=io.StringIO())
    return {path.name: path.read_text(encoding="utf-8") for path in (folder / "errors").iterdir()}


def test_the_command_builds_every_page_in_each_language_as_valid_html(tmp_path):
    pages = build(tmp_path)
    assert set(pages) == {"busy.fa.html", "busy.en.html", "unavailable.fa.html", "unavailable.en.html"}
    report = validate_html({name.removesuffix(".html"): text for name, text in pages.items()})
    problems = [line for line in report if not NOT_A_PROBLEM.match(line) and not logical_property_report(line)]
    assert problems == []


def logical_property_report(line):
    match = LOGICAL_PROPERTY.match(line)
    return bool(match) and ("-inline" in match.group(1) or "-block" in match.group(1))


def test_each_language_gets_its_own_words_direction_and_links(tmp_path):
    pages = build(tmp_path)
    fa, en = pages["unavailable.fa.html"], pages["unavailable.en.html"]
    assert '<html lang="fa" dir="rtl">' in fa and "سامانه چند لحظه در دسترس نیست" in fa
    assert '<a href="/track/">پیگیری درخواست</a>' in fa and '<a href="/">' in fa
    assert '<html lang="en" dir="ltr">' in en and not PERSIAN.search(en)
    assert '<a href="/en/track/">request tracking</a>' in en and '<a href="/en/">' in en
    assert "بیش از اندازه" in pages["busy.fa.html"] and "Vazirmatn" in pages["busy.fa.html"]
    assert '<html lang="en" dir="ltr">' in pages["busy.en.html"] and not PERSIAN.search(pages["busy.en.html"])


def test_each_page_stands_alone_when_the_application_is_down(tmp_path):
    # nginx serves them with no app server behind it: no stylesheet, script, image or font
    # to fetch (its style is inline), no template syntax left, and only the site's own links.
    for name, text in build(tmp_path).items():
        soup = parse(text)
        assert not soup.select("link, script, img, iframe, [src]"), name
        assert soup.style and "url(" not in soup.style.text and "@import" not in soup.style.text, name
        assert "{%" not in text and "{{" not in text, name
        assert soup.title.text.strip() and soup.h1.text.strip(), name
        links = [a["href"] for a in soup.select("a[href]")]
        assert links and all(href.startswith("/") and not href.startswith("//") for href in links), name
