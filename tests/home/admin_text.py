"""Find English interface text left on a Persian admin screen.

The detector reads what a person sees (text, and the labels of buttons, titles, placeholders
and aria-labels), drops what is not interface (scripts, code, user content such as page
titles, usernames and e-mail addresses, and text marked left-to-right) and reports the runs
of Latin letters that remain, apart from a few tokens that are the same in Persian.
"""

import json
import re

from tests.soup import parse

# Names and codes a Persian interface writes in Latin letters too.
ALLOWED = {
    "Wagtail",
    "PDF",
    "PO",  # the translation file format wagtail-localize offers for download
    "CSV",
    "XLSX",
    "TSV",
    "URL",
    "URLs",
    "SEO",
    "ID",
    "HTML",
    "JSON",
    "RSS",
    "Atom",
    "API",
    "TOTP",
    "QR",
    "OCDS",
    "SMS",
    "SVG",
    "PNG",
    "JPEG",
    "GIF",
    "WebP",
    "JPG",
    "WEBP",
    "AVIF",
    "HEIC",
    "OK",
    "CMS",
    "px",
    "KB",
    "Aegis",  # authenticator apps named on the two-factor screen
    "FreeOTP",
    "Google",
    "Authenticator",
    "Microsoft",
    "MB",
    "GB",
}
VISIBLE_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value")
HIDDEN_TAGS = ["script", "style", "code", "pre", "template", "noscript", "svg", "textarea", "select", "input", "head"]
LATIN_LETTER = re.compile(r"[A-Za-z]")
LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:[ \-][A-Za-z][A-Za-z'’]*)*")
NOT_WORDS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|https?://\S+|(?<!\w)/[\w\-/.?=&%]+"  # URLs and paths (not "Page/Snippet")
    r"|\b[\w-]+\.(?:pdf|docx?|xlsx?|csv|png|jpe?g|svg|webp|txt|zip|ir|com|org)\b"  # file and host names
    r"|\b[a-z0-9]+(?:-[a-z0-9]+)+\b"  # slugs and usernames such as editor-cooperatives
)


def json_labels(value):
    """The `label` strings of the JSON that React parts of the admin render (the sidebar menu)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("label", "footer_text") and isinstance(item, str):
                yield item
            else:
                yield from json_labels(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_labels(item)


def visible_texts(html):
    """The strings of an HTML page a person reads, without code and left-to-right content."""
    soup = parse(html)
    texts = []
    for script in soup.select('script[type="application/json"]'):
        try:
            texts.extend(json_labels(json.loads(script.string or "null")))
        except ValueError:
            pass
    # A link to the English site in a public page's language switcher (the lockout page) is
    # named in English, marked lang="en" hreflang="en"; the admin's own locale menus are not.
    for tag in soup.select(
        '[dir="ltr"], bdi, kbd, samp, [hidden], [aria-hidden="true"], script, style, template, [lang="en"][hreflang="en"]'
    ):
        tag.decompose()
    for tag in soup.find_all(True):
        for attribute in VISIBLE_ATTRIBUTES:
            value = tag.get(attribute)
            if isinstance(value, str) and value.strip():
                texts.append(value.strip())
        # An input button shows its value; a <button>'s value is only sent, never shown.
        if tag.name == "input" and tag.get("value") and tag.get("type") in ("submit", "button", "reset"):
            texts.append(tag["value"])
    for tag in soup(HIDDEN_TAGS):
        tag.decompose()
    texts.extend(soup.stripped_strings)
    return texts


def english_runs(html, content=()):
    """The runs of English interface words on `html`, apart from `content` strings and ALLOWED."""
    found = []
    content = sorted((c for c in content if c), key=len, reverse=True)
    for text in visible_texts(html):
        if not LATIN_LETTER.search(text):
            continue  # nothing to find (taking content out only removes letters)
        for known in content:
            text = text.replace(known, " ")
        text = NOT_WORDS.sub(" ", text)
        for run in LATIN_RUN.findall(text):
            words = [word for word in re.split(r"[ \-]", run) if word and word not in ALLOWED]
            if any(len(word) > 1 for word in words):
                found.append(run)
    return found
