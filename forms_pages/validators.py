"""Checks for what citizens type and upload: mobile numbers (Iranian, or abroad in E.164), national
IDs, file contents."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from home.language.text import to_ascii_digits

MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
MAX_ATTACHMENTS = 3

# The first bytes of each accepted file type; the name and the browser's claim are ignored.
FILE_SIGNATURES = (
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
)

MOBILE_INVALID = _("Enter the mobile number as 09xxxxxxxxx (11 digits).")
PHONE_INVALID = _(
    "Enter an Iranian mobile number as 09xxxxxxxxx, or a number abroad as + and the country code, e.g. +44 7700 900123."
)
NATIONAL_ID_LENGTH = _("Enter the national ID as its 10 digits.")

_SEPARATORS = re.compile(r"[\s\-–‐()\.]+")
_MOBILE = re.compile(r"^09\d{9}$")
# E.164: «+», a country code that does not start with 0, at most 15 digits in all.
_INTERNATIONAL = re.compile(r"^\+[1-9]\d{7,14}$")


def normalise_mobile(value):
    """Return an Iranian mobile number as 09xxxxxxxxx, or raise ValidationError.

    Accepts Persian, Arabic-Indic and ASCII digits, spaces and dashes, and the +98, 0098
    and 98 prefixes (with or without the leading zero of the national form).
    """
    text = _SEPARATORS.sub("", to_ascii_digits(value or "").strip())
    if text.startswith("+98"):
        text = "0" + text[3:]
    elif text.startswith("0098"):
        text = "0" + text[4:]
    elif text.startswith("98") and len(text) == 12:
        text = "0" + text[2:]
    elif text.startswith("9") and len(text) == 10:
        text = "0" + text
    if text.startswith("00"):
        text = text[1:]
    if not _MOBILE.match(text):
        raise ValidationError(MOBILE_INVALID, code="mobile")
    return text


def normalise_phone(value):
    """Return an Iranian mobile number as 09xxxxxxxxx (as `normalise_mobile`) or a number abroad
    as E.164 («+447700900123», from «+44 7700 900123» or «0044 …»), or raise ValidationError.

    Only Iranian mobiles get text messages (`is_iranian_mobile`); a number abroad is kept for
    staff to call and for the applicant to track the request with.
    """
    text = _SEPARATORS.sub("", to_ascii_digits(value or "").strip())
    international = "+" + text[2:] if text.startswith("00") else text
    if international.startswith("+") and not international.startswith("+98"):
        if _INTERNATIONAL.match(international):
            return international
        raise ValidationError(PHONE_INVALID, code="phone")
    try:
        return normalise_mobile(text)
    except ValidationError:
        raise ValidationError(PHONE_INVALID, code="phone") from None


def is_iranian_mobile(value):
    """True for a number `normalise_phone` kept as an Iranian mobile: one a text message reaches."""
    return bool(_MOBILE.match(value or ""))


def normalise_national_id(value):
    """Return a 10-digit Iranian national ID after checking its check digit."""
    text = _SEPARATORS.sub("", to_ascii_digits(value or "").strip())
    if not re.fullmatch(r"\d{8,10}", text):
        raise ValidationError(NATIONAL_ID_LENGTH, code="national_id_length")
    text = text.zfill(10)
    if len(set(text)) == 1:
        raise ValidationError(
            _("This national ID is not valid: check it against the national ID card."), code="national_id_check"
        )
    total = sum(int(text[i]) * (10 - i) for i in range(9)) % 11
    check = int(text[9])
    expected = total if total < 2 else 11 - total
    if check != expected:
        raise ValidationError(
            _("This national ID is not valid (its check digit does not match): check it against the card."),
            code="national_id_check",
        )
    return text


def detect_file_type(uploaded):
    """(content_type, extension) of an upload judged by its first bytes, or None."""
    uploaded.seek(0)
    head = uploaded.read(16)
    uploaded.seek(0)
    for signature, content_type, extension in FILE_SIGNATURES:
        if head.startswith(signature):
            return content_type, extension
    return None


def check_attachment(uploaded):
    """Raise ValidationError unless the upload is a PDF, JPEG or PNG of at most 5 MB."""
    name = uploaded.name
    if uploaded.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("“%(name)s” is larger than 5 MB.") % {"name": name},
            code="attachment_size",
        )
    if uploaded.size == 0:
        # Django's own «The submitted file is empty.» named no file (MultipleFileField lets it here).
        raise ValidationError(
            _("“%(name)s” is empty: choose the file again, or another one.") % {"name": name},
            code="attachment_empty",
        )
    if detect_file_type(uploaded) is None:
        raise ValidationError(
            _("“%(name)s” is not a PDF, JPEG or PNG file.") % {"name": name},
            code="attachment_type",
        )
