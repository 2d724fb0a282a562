"""Long non-ASCII mail subjects without a leading space.

Django 5.2 encodes a header it cannot send as ASCII with ``email.header.Header`` before it knows
the header's name; the generator then folds it again with the name in front, and a first encoded
word too long to follow «Subject: » goes to the next line. A long Persian subject (every
moderation mail's: «صفحه «…» در گردش کار «…» تأیید شد.») left «Subject:» empty, and mail read
with today's rules (Python's ``email.policy.default``, mail clients that keep folding space)
gave it a leading space. Encoded with its name, the first word fits beside it.

A subject is a title, with no full stop at its end; Wagtail's moderation subjects (approved,
rejected, and their Persian translations, «… تأیید شد.») ended with one. Every mail Wagtail's
admin sends (wagtailadmin/notifications/*_subject.txt, ours included) goes through
`wagtail.admin.mail.send_mail`, where the subject loses it, in either language.
"""

import functools
from email.header import Header

from django.conf import settings
from django.core.mail import message
from wagtail.admin import mail as admin_mail


def _encode_with_name(original):
    def forbid_multi_line_headers(name, val, encoding):
        name, encoded = original(name, val, encoding)
        text = str(val)
        if not text.isascii() and name.lower() not in message.ADDRESS_HEADERS:
            encoded = Header(text, encoding or settings.DEFAULT_CHARSET, header_name=name).encode()
        return name, encoded

    forbid_multi_line_headers.names_header = True
    return forbid_multi_line_headers


def subject_line(subject):
    """`subject` without the full stop at its end (an ellipsis stays)."""
    subject = subject.strip()
    if subject.endswith(".") and not subject.endswith(".."):
        return subject[:-1].rstrip()
    return subject


def _subjects_as_titles(send_mail):
    @functools.wraps(send_mail)
    def send(subject, *args, **kwargs):
        return send_mail(subject_line(subject), *args, **kwargs)

    send.subjects_as_titles = True
    return send


def install():
    """Subjects of the admin's mails without a closing full stop; non-ASCII headers encoded
    knowing their names (called once from HomeConfig.ready)."""
    if not getattr(admin_mail.send_mail, "subjects_as_titles", False):
        admin_mail.send_mail = _subjects_as_titles(admin_mail.send_mail)
    original = getattr(message, "forbid_multi_line_headers", None)
    if original is None or getattr(original, "names_header", False):
        return  # Django 6 builds messages with the modern email API, which folds correctly.
    message.forbid_multi_line_headers = _encode_with_name(original)
