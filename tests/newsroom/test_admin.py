"""Editors can create news and notices where they belong, and nowhere else."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from newsroom.models import NewsIndexPage, NewsPage, NoticeIndexPage, NoticePage

pytestmark = pytest.mark.django_db


def test_page_tree_rules():
    assert NewsIndexPage in HomePage.allowed_subpage_models()
    assert NoticeIndexPage in HomePage.allowed_subpage_models()
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert NoticeIndexPage.allowed_subpage_models() == [NoticePage]
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsPage not in StandardPage.allowed_subpage_models()
    assert not NewsIndexPage.can_create_at(HomePage.objects.get(locale__language_code="fa", depth=2))


def test_editor_creates_a_tagged_news_item(admin_client, news_index):
    data = nested_form_data(
        {
            "title": "خبر تازه از پنل مدیریت",
            "slug": "admin-news",
            "summary": "",
            "date": "1405/08/29 10:30",  # 20 November 2026, typed in Jalali
            "domain": "cooperatives",
            "tags": "تعاونی, مجمع عمومی",
            "lead": "لید خبر تازه.",
            "body": streamfield([("paragraph", rich_text("<p>متن خبر.</p>"))]),
            "related_links": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/newsroom/newspage/{news_index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = NewsPage.objects.get(slug="admin-news")
    assert page.live
    assert sorted(tag.name for tag in page.tags.all()) == ["تعاونی", "مجمع عمومی"]


def test_editor_cannot_save_a_notice_that_expires_before_it_starts(admin_client, notice_index):
    data = nested_form_data(
        {
            "title": "اطلاعیه نادرست",
            "slug": "bad-notice",
            "summary": "",
            "starts_at": "1405/08/29 10:00",  # Jalali, as Persian staff type it
            "expires_at": "1405/08/28 10:00",
            "importance": "normal",
            "domain": "",
            "body": streamfield([]),
            "attachments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/newsroom/noticepage/{notice_index.pk}/", data)
    assert response.status_code == 200
    assert "پایان اعتبار اطلاعیه باید پس از آغاز نمایش آن باشد." in response.content.decode()
    assert not NoticePage.objects.filter(slug="bad-notice").exists()
