"""The staff's e-mail about an online form's response, through the desk's outbox.

`FormPage.process_form_submission` stores the response and calls `queue_response_mail` in one
transaction: one outbox message per address in the form's `to_address`, sent later by the
outbox worker and retried while the mail server fails (never lost, never sent from the web
request). The text is in Persian, the staff's language, whichever copy of the form was
answered: the form, the response's number and time, and a link to the form's responses in the
admin. Like the requests desk's mail to staff it carries none of the answers: what a person
gives in a form is read in the admin, behind its sign-in, not in mailboxes.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.language.dates import format_date

from .choices import Channel, MessagePurpose
from .outbox import queue_message

# Staff type addresses separated by commas, Persian commas, semicolons or lines. Not by spaces:
# "head at example" is named whole as the address that is wrong.
ADDRESS_SEPARATORS = re.compile(r"[,،;؛\n]")


def staff_addresses(value):
    """The addresses in `value`, in order, each once (whatever separates them)."""
    seen = {}
    for address in (part.strip() for part in ADDRESS_SEPARATORS.split(value or "")):
        if address:
            seen.setdefault(address.lower(), address)
    return list(seen.values())


def validate_staff_addresses(value):
    """Every address of a form's `to_address` is an e-mail address; the first that is not is named."""
    for address in staff_addresses(value):
        try:
            validate_email(address)
        except ValidationError:
            raise ValidationError(
                _("“%(address)s” is not an e-mail address. Separate the addresses with commas, as in %(example)s."),
                code="invalid",
                # Isolated, so a Latin address reads whole inside the Persian sentence.
                params={"address": f"\u2068{address}\u2069", "example": "\u2066unit@example.ir, head@example.ir\u2069"},
            ) from None


def _persian_page(page):
    """The Persian form an English copy was translated from (None for a Persian form, or a copy
    without one)."""
    source = page.get_translation_or_none(Locale.get_default())
    return source.specific if source is not None else None


def response_admin_url(page):
    """The form's responses in the admin (Wagtail lists them by page; none has a page of its own)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailforms:list_submissions", args=[page.pk])


def response_mail(page, submission):
    """(subject, body) of the staff's e-mail about `submission` of `page`, in Persian."""
    is_copy = page.locale_id != Locale.get_default().pk
    source = _persian_page(page) if is_copy else None
    # Staff know the form by its Persian title; an English copy's own subject is for its own staff.
    title = (source or page).title
    with translation.override("fa"):
        # Staff find the response in the admin's list by its time (the list numbers none).
        sent = format_date(submission.submit_time, "fa", with_time=True)
        if page.subject:
            subject = _("%(subject)s (sent %(time)s)") % {"subject": page.subject, "time": sent}
        else:
            subject = _("New response to the form “%(form)s” (%(time)s)") % {"form": title, "time": sent}
        heading = _("A new response to the online form “%(form)s” was received.") % {"form": title}
        if is_copy:
            heading += " " + _("It was sent in the English copy of the form.")
        lines = [
            heading,
            _("Sent at") + ": " + sent,
            "",
            _("All responses to this form in the admin (this one by the time it was sent):"),
            response_admin_url(page),
        ]
    return subject, "\n".join(lines) + "\n"


def queue_response_mail(page, submission):
    """One outbox message per staff address of `page` about `submission` (call inside the
    transaction that stores it); none when the form names no address."""
    addresses = staff_addresses(page.to_address)
    if not addresses:
        return []
    subject, body = response_mail(page, submission)
    return [
        queue_message(
            channel=Channel.EMAIL,
            purpose=MessagePurpose.FORM_RESPONSE,
            recipient=address,
            subject=subject,
            body=body,
            submission=submission,
        )
        for address in addresses
    ]
