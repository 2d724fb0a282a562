"""Editors can create news and notices where they belong, and nowhere else."""

import pytest
from wagtail.test.utils.form_data import rich_text, streamfield

from home.models import HomePage, StandardPage
from newsroom.models import NewsIndexPage, NewsPage, NoticeIndexPage, NoticePage
from tests.page_forms import page_form_data

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
    data = page_form_data(
        NewsPage,
        publish=True,
        title="خبر تازه از پنل مدیریت",
        slug="admin-news",
        date="1405/08/29 10:30",  # 20 November 2026, typed in Jalali
        domain="cooperatives",
        tags="تعاونی, مجمع عمومی",
        lead="لید خبر تازه.",
        body=streamfield([("paragraph", rich_text("<p>متن خبر.</p>"))]),
    )
    response = admin_client.post(f"/admin/pages/add/newsroom/newspage/{news_index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = NewsPage.objects.get(slug="admin-news")
    assert page.live
    assert sorted(tag.name for tag in page.tags.all()) == ["تعاونی", "مجمع عمومی"]


def test_editor_cannot_save_a_notice_that_expires_before_it_starts(admin_client, notice_index):
    # Jalali dates, as Persian staff type them: the notice would end the day before it starts.
    dates = {"starts_at": "1405/08/29 10:00", "expires_at": "1405/08/28 10:00"}
    data = page_form_data(NoticePage, publish=True, title="اطلاعیه نادرست", slug="bad-notice", **dates)
    response = admin_client.post(f"/admin/pages/add/newsroom/noticepage/{notice_index.pk}/", data)
    assert response.status_code == 200
    assert "پایان اعتبار اطلاعیه باید پس از آغاز نمایش آن باشد." in response.content.decode()
    assert not NoticePage.objects.filter(slug="bad-notice").exists()
