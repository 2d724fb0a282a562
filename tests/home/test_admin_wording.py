"""Wagtail's own Persian where a section head reviews and an editor follows a page: one word for a
published page, the workflow's tasks named as steps, plurals with the zero-width non-joiner."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def test_the_page_explorer_and_the_workflow_history_read_in_the_portal_words(client, demo_users):
    from newsroom.models import NewsPage

    head = get_user_model().objects.get(username="head-cooperatives")
    client.force_login(head)
    news = NewsPage.objects.live().filter(locale__language_code="fa", domain="cooperatives").first()
    listing = client.get(f"/admin/pages/{news.get_parent().pk}/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "منتشرشده" in html and "به‌روزرسانی" in html and "صفحه‌ها" in html
    for wagtail_wording in ("زنده", "صفحه ها", "بروزرسانی شده"):
        assert wagtail_wording not in html, wagtail_wording

    news.save_revision(user=head)
    workflow = news.get_workflow()
    workflow.start(news, head)
    history = client.get(f"/admin/pages/{news.pk}/workflow_history/").content.decode()
    assert "مرحله‌ها" in history and "دستورالعمل" not in history
    detail = client.get(f"/admin/pages/{news.pk}/workflow_history/detail/{news.current_workflow_state.pk}/")
    assert "نخستین نسخه" in detail.content.decode() and "اولین بازبینی" not in detail.content.decode()
    editor = client.get(f"/admin/pages/{news.pk}/edit/").content.decode()
    with translation.override("fa"):
        kind = str(NewsPage._meta.verbose_name)
    assert f"ویرایش {kind}" in editor and "می باشد" not in editor
    assert Page.objects.get(pk=news.pk).specific.current_workflow_state is not None


def test_the_approve_dialog_names_the_reviewers_note_as_its_button_does(client, demo_users):
    """The dialog's field is Wagtail's «نظر»; the action that opens it and the history and e-mail
    that quote it say the same word, not «یادداشت»."""
    from newsroom.models import NewsPage

    head = get_user_model().objects.get(username="head-cooperatives")
    news = NewsPage.objects.live().filter(locale__language_code="fa", domain="cooperatives").first()
    news.save_revision(user=head)
    news.get_workflow().start(news, head)
    task_state = Page.objects.get(pk=news.pk).specific.current_workflow_state.current_task_state
    client.force_login(head)

    editor = client.get(f"/admin/pages/{news.pk}/edit/").content.decode()
    assert "تأیید با نظر" in editor and "تأیید با یادداشت" not in editor
    dialog = client.get(f"/admin/pages/workflow/collect_action_data/{news.pk}/approve/{task_state.pk}/")
    assert dialog.status_code == 200
    label = re.search(r'<label[^>]*for="id_comment"[^>]*>(.*?)</label>', dialog.json()["html"], re.S)
    assert label and label.group(1).strip() == "نظر"
    with translation.override("fa"):
        assert translation.gettext("with comment:") == "با نظر:"
        assert translation.gettext('The following comment was left: "%(comment)s"').startswith("نظر بازبین")

    workflow_state = task_state.workflow_state
    task_state.specific.approve(user=head, comment="سند پیوست را هم ببینید")
    detail = client.get(f"/admin/pages/{news.pk}/workflow_history/detail/{workflow_state.pk}/").content.decode()
    text = " ".join(BeautifulSoup(detail, "html.parser").get_text(" ").split())
    assert "با نظر: «سند پیوست را هم ببینید»" in text
    assert '"سند پیوست را هم ببینید"' not in text


def test_a_documents_copy_and_the_copy_page_action_are_two_words():
    """A service's document may be brought as a «تصویر» (a photocopy); Wagtail's action that
    copies a page is «کپی». One msgid served both, so every page's action menu offered «تصویر»."""
    from services.blocks import RequiredDocumentBlock

    with translation.override("fa"):
        assert translation.gettext("Copy") == "کپی"
        assert str(dict(RequiredDocumentBlock.base_blocks["form"].field.choices)["copy"]) == "تصویر"
