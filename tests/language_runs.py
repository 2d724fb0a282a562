"""Finding text in the wrong script on a rendered page.

An English page may carry Persian only inside an element marked `lang="fa"`; a Persian page may
carry runs of Latin words only inside an element marked `lang="en"` or a `code`/`kbd`/`samp`
element. What a reader meets counts: text, and the alt, title, aria-label and placeholder
attributes. Script and style bodies do not; nor do the titles of `<link>` elements in the head
of a Persian page (feed names such as «اخبار (RSS)» shown only by feed readers, where no markup
can say which word is in which language).
"""

import re
from html.parser import HTMLParser

ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")
# A Latin word: two letters or digits or more with a letter among them ("PDF", "G2C"); a single
# letter, as in «بند الف» lists or "x", is not a run, nor is a number.
LATIN_WORD = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{2,}")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
READ_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}
CODE = {"code", "kbd", "samp"}
SKIP = {"script", "style", "template"}


class _Scanner(HTMLParser):
    def __init__(self, page_language):
        super().__init__(convert_charrefs=True)
        self.page_language = page_language
        self.stack = []  # (tag, lang attribute or None)
        self.found = []

    def _context(self, extra=None):
        lang, code, skip = None, False, False
        for tag, tag_lang in self.stack + ([extra] if extra else []):
            if tag_lang is not None:
                lang = tag_lang.lower()
            code = code or tag in CODE
            skip = skip or tag in SKIP
        return lang or "", code, skip

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        entry = (tag, attributes.get("lang"))
        lang, code, skip = self._context(entry)
        if tag not in VOID:
            self.stack.append(entry)
        if skip or (tag == "link" and self.page_language == "fa"):
            return
        for name, value in attrs:
            if name in READ_ATTRIBUTES and value:
                self._check(value, lang, code, f"{tag}@{name}")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        lang, code, skip = self._context()
        if not skip:
            self._check(data, lang, code, self.stack[-1][0] if self.stack else "")

    def _check(self, text, lang, code, where):
        if self.page_language == "en":
            if not lang.startswith("fa") and ARABIC_SCRIPT.search(text):
                self.found.append((where, " ".join(text.split())[:120]))
        elif not lang.startswith("en") and not code and LATIN_WORD.search(text):
            self.found.append((where, " ".join(text.split())[:120]))


def wrong_script_runs(html, page_language):
    """[(element, text)] of text in the other language's script outside an element marked for it."""
    scanner = _Scanner(page_language)
    scanner.feed(html)
    scanner.close()
    return scanner.found
