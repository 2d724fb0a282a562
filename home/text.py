"""Persian text normalisation, applied to every indexed text and every search query.

Persian is written with several visually identical code points (Arabic ي/ك against Persian
ی/ک), optional diacritics, a stretching tatweel, three digit sets and a zero-width non-joiner
(ZWNJ) whose use is inconsistent («می‌خواهم», «میخواهم», «می خواهم»). Search engines treat
all of these as different words, so both sides of a search go through `normalise`.
"""

import re

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
        # Persian and Arabic-Indic digits to ASCII
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
        "٫": ".",  # Arabic decimal separator
        "٬": ",",  # Arabic thousands separator
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

_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")


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
    «ایران», «دفتر»). Checked against every word of the demo corpus (tests/test_text.py).
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
    return str(text).translate(
        str.maketrans(
            {
                **{chr(0x06F0 + i): str(i) for i in range(10)},
                **{chr(0x0660 + i): str(i) for i in range(10)},
            }
        )
    )


def to_persian_digits(text):
    """Show ASCII and Arabic-Indic digits as Persian digits."""
    if text is None:
        return ""
    return str(text).translate(_PERSIAN_DIGITS).translate(_ARABIC_DIGITS)
