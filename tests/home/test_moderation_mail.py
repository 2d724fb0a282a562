"""Wagtail's moderation mails as their readers get them: a subject with no leading space, and the
address of a page with a Persian slug in its letters.

A long Persian subject was folded after an empty «Subject:» line (home/operations/mail_headers.py),
which mail read with today's rules took for a leading space; the approval mail's link to a
Persian page was a long run of «%D9%85…».
"""

import email
import email.policy

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings

from tenders.models import TenderPage
from tests.admin_language import prefers_english

pytestmark = pytest.mark.django_db

SLUG = "مناقصه-آزمایشی-نامه"


def as_received(message):
    """The message as a mail reader parses what was sent."""
    return email.message_from_bytes(message.message().as_bytes(), policy=email.policy.default)


def moderate(client, page, editor, action):
    """The editor submits a change to `page`; the director approves or rejects it from the admin."""
    page.title = f"{page.title} — ویرایش"
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    submitted = list(mail.outbox)
    mail.outbox.clear()
    client.force_login(get_user_model().objects.get(username="director"))
    state = page.current_workflow_state.current_task_state
    response = client.post(f"/admin/pages/workflow/action/{page.pk}/{action}/{state.pk}/", {"comment": "بسیار خوب"})
    assert response.status_code == 302
    return submitted, [message for message in mail.outbox if editor.email in message.to]


@pytest.fixture
def persian_tender(demo_users):
    page = TenderPage.objects.filter(locale__language_code="fa").live().order_by("path").first()
    page.slug = SLUG
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_moderation_mail_subjects_read_as_written(client, demo_users, persian_tender, action):
    editor = demo_users["editor-tenders"]
    submitted, to_editor = moderate(client, persian_tender, editor, action)
    assert submitted and len(to_editor) == 1
    for message in [*submitted, *to_editor]:
        assert len(message.subject) > 60 and not message.subject.isascii(), message.subject
        assert as_received(message)["subject"] == message.subject
        assert not message.subject.endswith("."), message.subject


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_an_english_editors_subject_has_no_full_stop(client, demo_users, persian_tender, action):
    """Wagtail's English subjects («The page "…" has been approved in "…".») ended with a full
    stop, as their Persian translations did; a subject is a title."""
    editor = prefers_english(demo_users["editor-tenders"])
    _submitted, [message] = moderate(client, persian_tender, editor, action)
    assert message.subject.startswith("The page") and message.subject.endswith('"'), message.subject


@override_settings(WAGTAILADMIN_NOTIFICATION_USE_HTML=True)
def test_the_approval_mail_gives_the_pages_address_in_its_letters(client, demo_users, persian_tender):
    _submitted, [approved] = moderate(client, persian_tender, demo_users["editor-tenders"], "approve")
    url = persian_tender.full_url
    assert "%D9" in url  # the address itself is encoded
    readable = url.replace(url.split("/tenders/")[1], f"{SLUG}/")
    assert readable in approved.body and url not in approved.body
    html = approved.alternatives[0][0]
    assert f'<a href="{url}">{readable}</a>' in html
