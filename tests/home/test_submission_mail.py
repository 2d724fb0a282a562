"""The mail that asks a reviewer to approve a page says who submitted which page, for which step,
since when (in the reader's calendar and digits) and where to review it, with no line of spaces.

Wagtail's own named only the recipient and began with a line holding one space."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from home.language.dates import format_date
from services.models import ServicePage
from tests.admin_language import prefers_english

pytestmark = pytest.mark.django_db


@pytest.fixture
def service():
    return ServicePage.objects.filter(locale__language_code="fa", domain="cooperatives").live().order_by("path").first()


def mails_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def assert_tidy(body):
    for line in body.splitlines():
        assert line == line.strip(), repr(line)


def test_reviewer_is_told_who_submitted_what_and_when(demo_users, service):
    editor, head = demo_users["editor-cooperatives"], demo_users["head-cooperatives"]
    mail.outbox.clear()
    service.save_revision(user=editor)
    state = service.get_workflow().start(service, editor)
    task_state = state.current_task_state
    (message,) = mails_to(head)
    body = message.body
    assert_tidy(body)
    assert f"{editor.get_full_name()} صفحهٔ «{service.title}» را برای تأیید فرستاد." in body
    since = format_date(task_state.started_at, "fa", with_time=True)
    assert f"از {since} در مرحلهٔ «{task_state.task.name}» گردش کار «{state.workflow.name}» منتظر بررسی است." in body
    assert f"/admin/pages/{service.pk}/edit/" in body
    assert "مرحلهٔ پیش را تأیید" not in body  # the editor submitted it to this step themself
    # The reviewer's button says «درخواست اصلاح»; the mail said «درخواست تغییر».
    assert "تأیید کنید یا برایش درخواست اصلاح بفرستید:" in body and "درخواست تغییر" not in body


def test_next_step_reviewer_reads_it_in_their_language(client, demo_users, service):
    editor, head = demo_users["editor-cooperatives"], demo_users["head-cooperatives"]
    director = get_user_model().objects.get(username="director")
    prefers_english(director)
    service.save_revision(user=editor)
    state = service.get_workflow().start(service, editor)
    mail.outbox.clear()
    client.force_login(head)
    url = f"/admin/pages/workflow/action/{service.pk}/approve/{state.current_task_state.pk}/"
    assert client.post(url, {"comment": ""}).status_code == 302
    state.refresh_from_db()
    task_state = state.current_task_state
    (message,) = mails_to(director)
    body = message.body
    assert_tidy(body)
    assert f'{editor.get_full_name()} submitted the page "{service.title}" for approval.' in body
    assert f"{head.get_full_name()} approved the step before and passed it on." in body
    since = format_date(task_state.started_at, "en", with_time=True)
    assert f'Since {since} it has been waiting at the step "Director general\'s approval"' in body
    assert since[-5:].isascii() and f"/admin/pages/{service.pk}/edit/" in body
