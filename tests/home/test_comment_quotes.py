"""A reviewer's comment quoted in the workflow's status timeline (the page editor's status panel),
its history and the edit screen's notice: «…» in the Persian admin, “…” in the English one. The
timeline wrote straight quotes ("…") around a Persian comment, and the English history and
notice did too."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.admin_language import prefers_english
from tests.soup import parse, soup

from .test_changes_requested import COMMENT, request_changes

pytestmark = pytest.mark.django_db


def timeline_comment(state, language):
    with translation.override(language):
        html = render_to_string("wagtailadmin/workflows/workflow_status.html", {"workflow_state": state.workflow_state})
    return parse(html).select_one(".workflow-timeline em").get_text()


def test_the_status_timeline_quotes_the_comment_in_the_readers_marks(client, tender, editor):
    _mails, state = request_changes(client, tender, editor)
    assert timeline_comment(state, "fa") == f"«{COMMENT}»"
    assert timeline_comment(state, "en") == f"“{COMMENT}”"


def test_the_english_history_and_notice_use_curly_quotes(client, tender, editor):
    _mails, state = request_changes(client, tender, editor)
    client.force_login(prefers_english(editor))
    detail = soup(client.get(f"/admin/pages/{tender.pk}/workflow_history/detail/{state.workflow_state_id}/"))
    assert {b.get_text() for b in detail.select("b") if COMMENT in b.get_text()} == {f"“{COMMENT}”"}
    edit = soup(client.get(f"/admin/pages/{tender.pk}/edit/"))
    notice = " ".join(edit.select_one(".changes-requested-comment").get_text().split())
    assert notice == f"The following comment was left: “{COMMENT}”"


def test_the_persian_notice_keeps_its_guillemets(client, tender, editor):
    _mails, _state = request_changes(client, tender, editor)
    client.force_login(editor)
    edit = soup(client.get(f"/admin/pages/{tender.pk}/edit/"))
    assert " ".join(edit.select_one(".changes-requested-comment").get_text().split()) == f"نظر بازبین: «{COMMENT}»"
