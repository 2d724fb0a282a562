"""Persian text normalisation, applied to every indexed text and every search query.

Persian is written with several visually identical code points (Arabic ي/ك against Persian
ی/ک), optional diacritics, a stretching tatweel, three digit sets and a zero-width non-joiner
(ZWNJ) whose use is inconsistent («می‌خواهم», «میخواهم», «می خواهم»). Search engines treat
all of these as different words, so both sides of a search go through `normalise`.
"""

import re

from django.utils.translation import get_language, gettext, override

# Persian and Arabic-Indic digits to ASCII.
_ASCII_DIGITS = {
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    **{chr(0x0660 + i): str(i) for i in range(10)},
}
_CHAR_MAP = str.maketrans(
    {
        "ي": "ی",  # Arabic yeh
        "ى": "ی",  # Alef maksura
        "ئ": "ی",
        "ك": "ک",  # Arabic kaf
        "ة": "ه",  # teh marbuta
        "ۀ": "ه",  # heh with yeh above
        "أ": "ا",
        "إ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        **_ASCII_DIGITS,
        "٫": ".",  # Arabic decimal separator
        "٬": ",",  # Arabic thousands separator
        # No part of a word; SQLite's full-text search (`make run`) reads an unpaired one as
        # syntax and failed the whole search.
        '"': " ",
    }
)

# Diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and tatweel.
_STRIP = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Zero-width characters and marks that only steer rendering.
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
# The verbal prefixes (نمی/می/بی) and the suffixes are written with a ZWNJ, a space or nothing
# at all. A ZWNJ before a known suffix marks the word's end: the inflection is dropped (plural
# «ها», indefinite «ای», the personal endings) or joined (comparative «تر»). Any other ZWNJ
# separates the parts of a compound («بیمه‌بیکاری»), which then match the spaced spelling.
_END = "(?![\u0600-\u06ff])"
_ZWNJ_INFLECTION = re.compile("\u200c(?:هایی|های|ها|ای|ی|ام|اش|اند|ایم|اید|ات)" + _END)
_ZWNJ_COMPARATIVE = re.compile("\u200c(ترین|تر)" + _END)
_PREFIX = re.compile(r"(?<!\S)(ن?می|بی)\s+(?=[\u0600-\u06ff])")
_SUFFIX_PLURAL = re.compile(r"(?<=[\u0600-\u06ff])\s+(?:هایی|های|ها)" + _END)
_SUFFIX_COMPARATIVE = re.compile(r"(?<=[\u0600-\u06ff])\s+(ترین|تر)" + _END)
_WORD = re.compile("[\u0600-\u06ff]{4,}")
# Words a suffix rule would wrongly cut («تنها» is "only", not the plural of «تن»).
_NOT_INFLECTED = frozenset({"تنها", "آنها", "اینها"})
_SPACES = re.compile(r"\s+")
# Control characters (NUL above all, which PostgreSQL refuses in any string) mean nothing here.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_TO_ASCII = str.maketrans(_ASCII_DIGITS)
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")


# The letters an Arabic keyboard types for Persian «ی» and «ک»: the same word, typed elsewhere.
_KEYBOARD_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})


def persian_letters(text):
    """`text` with an Arabic keyboard's yeh and kaf as Persian letters, all else kept: for an
    address typed by hand (a tag's), where `normalise` would change too much."""
    return str(text).translate(_KEYBOARD_LETTERS)


def normalise(text):
    """Fold the spelling variants of Persian text into one form for matching.

    The result is meant for indexes and queries, not for display.
    """
    if not text:
        return ""
    text = _CONTROL.sub("", str(text)).translate(_CHAR_MAP)
    text = _STRIP.sub("", text)
    text = text.replace("\u200d", "")
    text = _ZWNJ_INFLECTION.sub("", text)
    text = _ZWNJ_COMPARATIVE.sub(r"\1", text)
    text = text.replace("\u200c", " ")
    text = _ZERO_WIDTH.sub("", text)
    text = _PREFIX.sub(r"\1", text)
    text = _SUFFIX_PLURAL.sub("", text)
    text = _SUFFIX_COMPARATIVE.sub(r"\1", text)
    text = _WORD.sub(lambda match: stem(match.group()), text)
    return _SPACES.sub(" ", text).strip()


def stem(word):
    """The common inflections of a Persian word folded to one form, conservatively.

    Only the plural endings are cut: «ها/های/هایی» («پرونده‌ها» → «پرونده»), the Arabic plural
    «ات» of a word in «ه» («معوقات» → «معوقه»), and «گان» («بازنشستگان» → «بازنشسته»). Other
    endings («ی», «ان», «تر») are left alone: cutting them joins unrelated words («گواهی»,
    «ایران», «دفتر»). Checked against every word of the demo corpus (tests/home/test_text.py).
    """
    if len(word) < 4 or word in _NOT_INFLECTED:
        return word
    for suffix in ("هایی", "های", "ها"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    if word.endswith("گان") and len(word) >= 7:
        return word[:-3] + "ه"
    if word.endswith("ات") and len(word) >= 5:
        return word[:-2] + "ه"
    return word


def to_ascii_digits(text):
    """Turn Persian and Arabic-Indic digits into ASCII digits, leaving everything else."""
    if text is None:
        return ""
    return str(text).translate(_TO_ASCII)


def to_persian_digits(text):
    """Show ASCII and Arabic-Indic digits as Persian digits."""
    if text is None:
        return ""
    return str(text).translate(_PERSIAN_DIGITS).translate(_ARABIC_DIGITS)


# A run of Latin-script tokens (a file type, an address, a code), with single spaces between
# tokens; a run must hold a letter, so bare numbers stay numbers.
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.@:/+_\-]*(?: [A-Za-z0-9][A-Za-z0-9.@:/+_\-]*)*")


def _runs(text, spans):
    """Split text into (part, is_run) pieces around the (start, end) spans, in order."""
    pieces, position = [], 0
    for start, end in spans:
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((text[start:end], True))
        position = end
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces


def latin_runs(text):
    """Split text into (part, is_latin) pieces, each Latin run (with a letter in it) on its own.

    Trailing full stops and colons stay outside the run: they end the Persian sentence.
    """
    spans = []
    for match in _LATIN_RUN.finditer(text):
        run = match.group().rstrip(".:")
        if any(c.isascii() and c.isalpha() for c in run):
            spans.append((match.start(), match.start() + len(run)))
    return _runs(text, spans)


# A run of Persian (Arabic-script) words: letters, the zero-width non-joiner, and the spaces
# between words; Persian digits and punctuation on their own are not a run.
_PERSIAN_RUN = re.compile(
    r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff](?:[\u0600-\u06ff\u200c\ufb50-\ufdff\ufe70-\ufeff ]*[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff])?"
)


# Any Arabic-script character: Persian and Arabic letters, digits and punctuation, and their
# presentation forms.
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic_script(text):
    """Whether the text holds any Persian or Arabic character (a letter, a digit, «،»)."""
    return bool(_ARABIC_SCRIPT.search(text or ""))


def persian_runs(text):
    """Split text into (part, is_persian) pieces, each run of Persian words on its own."""
    return _runs(
        text, [match.span() for match in _PERSIAN_RUN.finditer(text) if any(c.isalpha() for c in match.group())]
    )


# Digit groups split by spaces or hyphens («۰۹۱۲ ۳۴۵ ۶۷۸۹», «۰۷۶۴۸-۹۰۴۱۵», «+۹۸ ۲۱ ۸۸۰۰ ۰۰۰۰»): a
# right-to-left paragraph shows the groups in reverse order unless they are isolated left to right.
# Not the day and hour of a date and time («۱۴۰۵/۰۹/۱۵ ۱۴:۳۰»): isolated, «۱۵ ۱۴» tore it apart.
_DIGIT_GROUPS = re.compile(
    r"(?<![0-9\u06f0-\u06f9/:])\+?[0-9\u06f0-\u06f9]+(?:[ -][0-9\u06f0-\u06f9]+)+(?![0-9\u06f0-\u06f9/:])"
)


def digit_group_runs(text):
    """Split text into (part, is_digit_groups) pieces, each spaced or hyphenated number on its own."""
    return _runs(text, [match.span() for match in _DIGIT_GROUPS.finditer(text)])


# A value read as one left-to-right token, that a line must not break inside («021-88000000»
# broke at its hyphen on a phone): an e-mail, a web address, or a code or number joined by
# hyphens or slashes.
_LATIN_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.@_+:/?=&%#~\-]*[A-Za-z0-9/]")
_DIGIT_BESIDE_JOINER = re.compile(r"\d[-/]|[-/]\d")
# A longer one may wrap after all: about 32 Latin characters fill a 320 px phone's line (an
# e-mail or a web address counts each of its pieces apart, see `token_pieces`).
TOKEN_MAX_LENGTH = 32


def _is_address(run):
    return "://" in run or run.startswith("www.")


def is_token(run):
    """Whether a Latin run is one token: no space, and an e-mail, a web address, or holding a
    hyphen, a slash or a digit («CPSV-AP», «TLS-00005»)."""
    return " " not in run and ("@" in run or _is_address(run) or any(c in "-/" or c.isdigit() for c in run))


def token_runs(text):
    """Split a left-to-right text into (part, is_token) pieces, each spaced or hyphenated number,
    each e-mail and web address, and each code joined to a number («TLS-00005», «2026/12/04»)
    on its own; a hyphenated word («e-mail») is no token."""
    spans = []
    for match in _LATIN_TOKEN.finditer(text):
        run = match.group()
        if "@" in run or _is_address(run) or _DIGIT_BESIDE_JOINER.search(run):
            spans.append(match.span())
    for match in _DIGIT_GROUPS.finditer(text):
        if not any(start < match.end() and match.start() < end for start, end in spans):
            spans.append(match.span())
    return _runs(text, sorted(spans))


def token_pieces(token):
    """Where a token may break after all, as the pieces between: an e-mail before its «@», a web
    address after each slash («https://», «example.ir/», «forms-help»), never at a hyphen; any
    other token is one piece."""
    if _is_address(token):
        return re.findall(r"[^/]*/+|[^/]+", token)
    name, at, domain = token.partition("@")
    return [name, at + domain] if at and name and domain else [token]


# -- a fold for substring search inside the database (the requests desk) ----------------------
# One character-for-character mapping that PostgreSQL's translate() applies to a column and
# `fold_for_search` to the query, so a trigram index on the folded column serves
# `LIKE '%…%'` with every spelling: Arabic ي/ك and Persian ی/ک alike, Persian, Arabic-Indic
# and Latin digits alike, with or without diacritics and tatweel, and a word whether its parts
# are joined by a ZWNJ, a space or nothing («نوبت‌دهی», «نوبت دهی», «نوبتدهی»): ZWNJ and spaces
# are dropped on both sides. Upper case first, so Latin letters match in either case.
# The column side is stored (forms_pages' `search_folded`, a generated column): changing this
# mapping needs a migration that adds the column again, or stored rows keep the old fold.
_FOLD_PAIRS = {
    "ي": "ی",
    "ى": "ی",
    "ئ": "ی",
    "ك": "ک",
    "ة": "ه",
    "ۀ": "ه",
    "أ": "ا",
    "إ": "ا",
    "ٱ": "ا",
    "ؤ": "و",
    **_ASCII_DIGITS,
}
_FOLD_DROP = " \u00a0\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad\u0640\u0670" + "".join(
    chr(code) for code in range(0x064B, 0x0660)
)
# translate(text, FOLD_FROM, FOLD_TO): a character of FOLD_FROM beyond FOLD_TO's length is dropped.
FOLD_FROM = "".join(_FOLD_PAIRS) + _FOLD_DROP
FOLD_TO = "".join(_FOLD_PAIRS.values())
_FOLD_TABLE = str.maketrans("".join(_FOLD_PAIRS), FOLD_TO, _FOLD_DROP)
# A phone number or code typed in groups («۰۹۱۲ ۳۴۵ ۶۷۸۹», «0912-345»): its digits only.
_DIGITS_IN_GROUPS = re.compile(r"[0-9][0-9\-]*[0-9]")


def fold_for_search(text):
    """The query side of the desk's substring search (see FOLD_FROM): upper case, folded,
    spaces dropped; a number typed in groups («0912-345») loses its dashes as well."""
    text = _SPACES.sub("", _CONTROL.sub("", str(text or "")).upper().translate(_FOLD_TABLE))
    if _DIGITS_IN_GROUPS.fullmatch(text):
        text = text.replace("-", "")
    return text


# -- numbers for display: the one place that formats digits and separators per language --------

PERSIAN_DECIMAL = "\u066b"  # ٫
PERSIAN_THOUSANDS = "\u066c"  # ٬
_FILE_SIZE_UNITS = {
    "fa": ("بایت", "کیلوبایت", "مگابایت", "گیگابایت"),
    "en": ("bytes", "KB", "MB", "GB"),
}


def _language(language):
    return (language or get_language() or "fa")[:2]


def local_digits(value, language=None):
    """Persian digits on Persian pages, Latin digits elsewhere (whichever the value was typed in)."""
    if value is None:
        return ""
    return to_persian_digits(value) if _language(language) == "fa" else to_ascii_digits(str(value))


def format_number(value, language=None, decimals=None, grouping=True):
    """A number as a reader of `language` writes it.

    Persian: Persian digits, «٬» between thousands and «٫» before decimals («۱۲٬۵۰۰٫۵»);
    English: «12,500.5». `decimals` rounds to that many places (trailing zeros dropped);
    text that is not a number is returned with its digits localised.
    """
    if value in (None, ""):
        return ""
    try:
        number = float(value) if decimals is not None or not str(value).lstrip("-").isdigit() else int(value)
    except (TypeError, ValueError):
        return local_digits(value, language)
    if isinstance(number, float):
        places = decimals if decimals is not None else 2
        text = f"{number:,.{places}f}" if grouping else f"{number:.{places}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
        text = f"{number:,}" if grouping else str(number)
    if _language(language) != "fa":
        return text
    text = text.replace(",", "\x00").replace(".", PERSIAN_DECIMAL).replace("\x00", PERSIAN_THOUSANDS)
    return to_persian_digits(text)


def format_money(amount, language=None):
    """An amount in rials as a reader of `language` writes it: «۱٬۲۵۰٬۰۰۰ ریال» on Persian
    pages, «1,250,000 rials» on English ones; nothing for an empty or unreadable amount."""
    try:
        amount = int(to_ascii_digits(amount))
    except (TypeError, ValueError):
        return ""
    language = _language(language)
    with override(language):
        unit = gettext("rials")
    return f"{format_number(amount, language)} {unit}"


def format_file_size(size, language=None):
    """A file size in the reader's words: «۱۴٫۸ کیلوبایت» on Persian pages, «14.8 KB» on English."""
    if size in (None, ""):
        return ""
    language = _language(language)
    units = _FILE_SIZE_UNITS.get(language, _FILE_SIZE_UNITS["en"])
    size = float(size)
    step = 0
    while size >= 1024 and step < len(units) - 1:
        size /= 1024
        step += 1
    unit = "byte" if step == 0 and size == 1 and language == "en" else units[step]
    return f"{format_number(size, language, decimals=0 if step == 0 else 1)} {unit}"


def join_list(items, language=None):
    """Items as a reader of `language` lists them: «الف، ب» or "A, B"."""
    separator = "، " if _language(language) == "fa" else ", "
    return separator.join(str(item) for item in items)


def quoted(text):
    """`text` between the active language's quotation marks: «…» in Persian, “…” in English."""
    return gettext("“%(name)s”") % {"name": text}


_SIBILANT_PLURAL = ("ses", "xes", "zes", "ches", "shes")


def english_word_forms(word):
    """An English word, lower-cased, with its other number («permits»: «permit»; «wage»:
    «wages»; «taxes»: «tax»; «policies»: «policy»), so a search finds either; any other word
    (Persian, a number, a code) as it is."""
    if not (word.isascii() and word.isalpha() and len(word) > 2):
        return (word,)
    word = word.casefold()
    if word.endswith("ies") and len(word) > 4:
        return (word, word[:-3] + "y")
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return (word, word[:-1], word[:-2]) if word.endswith(_SIBILANT_PLURAL) else (word, word[:-1])
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return (word, word + "es")
    if word.endswith("y") and word[-2] not in "aeiou":
        return (word, word[:-1] + "ies")
    return (word, word + "s")
