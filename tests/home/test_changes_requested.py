"""A page its reviewer sent back for changes reads as sent back, not «رد شد», wherever its editor
looks, and the edit screen opens with who asked, when and what they wrote
(home/pages/changes_requested.py).

The director pressed «درخواست اصلاح» on a tender notice and was told «برای اصلاح برگردانده شد»;
the editor's mail said «… در «تأیید مدیر کل» رد شد», the workflow history «رد شد به وسیله …», and
the comment was three screens away from the page's edit screen."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from wagtail.models import Page
from wagtail.users.models import UserProfile

from home.language.dates import format_date
from tests.admin_language import prefers_english
from tests.soup import parse, soup

pytestmark = pytest.mark.django_db

COMMENT = "لطفاً مهلت تحویل پاکت‌ها را اصلاح کنید."


def request_changes(client, page, editor):
    """`editor` submits a change to `page`; the director asks for changes with COMMENT from the
    dashboard's dialog. Returns the mails the editor got and the task state."""
    page.title = f"{page.title} — ویرایش"
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    mail.outbox.clear()
    client.force_login(get_user_model().objects.get(username="director"))
    state = page.current_workflow_state.current_task_state
    response = client.post(f"/admin/pages/workflow/action/{page.pk}/reject/{state.pk}/", {"comment": COMMENT})
    assert response.status_code == 302
    state.refresh_from_db()
    return [message for message in mail.outbox if editor.email in message.to], state


def director_name():
    director = get_user_model().objects.get(username="director")
    return director.get_full_name() or director.get_username()


@override_settings(WAGTAILADMIN_NOTIFICATION_USE_HTML=True)
def test_the_editors_mail_says_the_page_was_returned_for_changes_with_the_comment(client, tender, editor):
    [message], state = request_changes(client, tender, editor)
    workflow = tender.get_workflow().name
    title = Page.objects.get(pk=tender.pk).get_admin_display_title()
    assert message.subject == f"صفحه «{title}» در «{workflow}» برای اصلاح برگردانده شد"
    html = message.alternatives[0][0]
    for body in (message.body, html):
        assert "رد شد" not in body
        assert f"{director_name()} صفحه «{title}» را در مرحله «{state.task.name}»" in body
        assert "برای اصلاح برگرداند." in body
        assert f"نظر بازبین: «{COMMENT}»" in body
        assert f"/admin/pages/{tender.pk}/edit/" in body


def test_an_english_editor_reads_that_changes_were_requested(client, tender, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    [message], _state = request_changes(client, tender, editor)
    assert "has been returned for changes in" in message.subject
    assert f"{director_name()} requested changes to the page" in message.body
    assert "rejected" not in (message.subject + message.body).lower()


def notices(response):
    return [" ".join(li.get_text().split()) for li in soup(response).select(".messages > ul > li.warning")]


def test_the_edit_screen_opens_with_the_requested_changes_until_resubmitted(client, tender, editor):
    _mails, state = request_changes(client, tender, editor)
    client.force_login(editor)
    response = client.get(f"/admin/pages/{tender.pk}/edit/")
    assert response.status_code == 200
    [notice] = notices(response)
    when = format_date(state.finished_at, "fa", with_time=True)
    assert f"{director_name()} این صفحه را در مرحله «{state.task.name}» در {when} برای اصلاح برگرداند." in notice
    assert f"نظر بازبین: «{COMMENT}»" in notice
    assert "دیدن جزئیات" in notice
    link = soup(response).select_one(".messages > ul > li.warning a")["href"]
    assert link == f"/admin/pages/{tender.pk}/workflow_history/detail/{state.workflow_state_id}/"

    page = Page.objects.get(pk=tender.pk).specific
    page.current_workflow_state.resume(editor)
    resubmitted = notices(client.get(f"/admin/pages/{tender.pk}/edit/"))
    assert not [notice for notice in resubmitted if COMMENT in notice or "برای اصلاح" in notice], resubmitted


def test_the_history_and_the_dashboard_say_changes_were_requested(client, tender, editor):
    _mails, state = request_changes(client, tender, editor)
    client.force_login(editor)
    detail = client.get(f"/admin/pages/{tender.pk}/workflow_history/detail/{state.workflow_state_id}/")
    text = " ".join(soup(detail).get_text(" ").split())
    assert f"درخواست اصلاح به وسیله {director_name()}" in text
    assert "رد شد" not in text
    listing = " ".join(soup(client.get(f"/admin/pages/{tender.pk}/workflow_history/")).get_text(" ").split())
    assert "رد شد" not in listing
    history = " ".join(soup(client.get(f"/admin/pages/{tender.pk}/history/")).get_text(" ").split())
    assert f"درخواست اصلاح در «{state.task.name}»" in history and "رد شد" not in history
    dashboard = " ".join(soup(client.get("/admin/")).get_text(" ").split())
    assert f"درخواست اصلاح در {state.task.name}" in dashboard


def test_the_english_history_says_changes_requested_by_the_reviewer(client, tender, editor):
    _mails, state = request_changes(client, tender, editor)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)
    detail = client.get(f"/admin/pages/{tender.pk}/workflow_history/detail/{state.workflow_state_id}/")
    text = " ".join(soup(detail).get_text(" ").split())
    assert f"Changes requested by {director_name()}" in text and "Rejected" not in text
    history = " ".join(soup(client.get(f"/admin/pages/{tender.pk}/history/")).get_text(" ").split())
    assert "Changes requested at 'Director general's approval'" in history and "Rejected" not in history


def test_a_persian_comment_is_set_apart_in_the_english_admin(client, tender, editor):
    """In the English admin the bidi algorithm moved a Persian comment's full stop to the far
    end of its line ("Comment: لطفاً … کنید." read with the stop on the right): where Wagtail
    quotes the reviewer in the workflow's details and status, the comment sits in a <bdi> of
    its own (in the page history, a style does it: tests/browser/test_admin_mixed_direction.py)."""
    from django.template.loader import render_to_string
    from django.utils import translation

    _mails, state = request_changes(client, tender, editor)
    client.force_login(prefers_english(editor))
    detail = soup(client.get(f"/admin/pages/{tender.pk}/workflow_history/detail/{state.workflow_state_id}/"))
    assert {bdi.get_text() for bdi in detail.select("b > bdi")} == {COMMENT}
    with translation.override("en"):
        status = parse(
            render_to_string("wagtailadmin/workflows/workflow_status.html", {"workflow_state": state.workflow_state})
        )
    assert [bdi.get_text() for bdi in status.select("em > bdi")] == [COMMENT]
