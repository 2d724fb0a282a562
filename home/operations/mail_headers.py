"""Long non-ASCII mail subjects without a leading space.

Django 5.2 encodes a header it cannot send as ASCII with ``email.header.Header`` before it knows
the header's name; the generator then folds it again with the name in front, and a first encoded
word too long to follow «Subject: » goes to the next line. A long Persian subject (every
moderation mail's: «صفحه «…» در گردش کار «…» تأیید شد.») left «Subject:» empty, and mail read
with today's rules (Python's ``email.policy.default``, mail clients that keep folding space)
gave it a leading space. Encoded with its name, the first word fits beside it.
"""

from email.header import Header

from django.conf import settings
from django.core.mail import message


def _encode_with_name(original):
    def forbid_multi_line_headers(name, val, encoding):
        name, encoded = original(name, val, encoding)
        text = str(val)
        if not text.isascii() and name.lower() not in message.ADDRESS_HEADERS:
            encoded = Header(text, encoding or settings.DEFAULT_CHARSET, header_name=name).encode()
        return name, encoded

    forbid_multi_line_headers.names_header = True
    return forbid_multi_line_headers


def install():
    """Encode non-ASCII headers knowing their names (called once from HomeConfig.ready)."""
    original = getattr(message, "forbid_multi_line_headers", None)
    if original is None or getattr(original, "names_header", False):
        return  # Django 6 builds messages with the modern email API, which folds correctly.
    message.forbid_multi_line_headers = _encode_with_name(original)
