"""A new news item whose address another page already holds: the editor is told which page,
where to change the slug, and given a link to that page, at the top of the form.

Wagtail 8's autosave creates a new page as a draft once its title is typed. An editor who left
and started the same item again could not save it: Wagtail's "the slug is in use" sat on the
Promote tab, out of sight on a phone, and nothing said that their first attempt was saved.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.users.models import UserProfile

from home.pages.editor_groups import editor_groups
from newsroom.models import NewsPage
from tests.page_forms import page_form_data

pytestmark = pytest.mark.django_db

TITLE = "نشست هماهنگی بازرسان کار"
SLUG = "نشست-هماهنگی-بازرسان-کار"


def news_editor(client, language):
    """Sign in a member of the news editors' group, whose admin is in `language`."""
    group_name = next(group.name for group in editor_groups() if group.demo_user == "editor-news")
    user = get_user_model().objects.create_user(f"news-{language}", f"news-{language}@example.ir", "unused")
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


def add_news(client, news_index, date="1405/09/15 10:30"):
    """Save a new news item as a draft; `date` as the staff member types it (Jalali in Persian)."""
    data = page_form_data(NewsPage, title=TITLE, slug=SLUG, date=date, lead="متن.")
    return client.post(f"/admin/pages/add/newsroom/newspage/{news_index.pk}/", data)


def summary(response):
    """The error message at the top of the editor, as HTML."""
    return re.search(r'<ul class="errorlist">(.*?)</ul>', response.content.decode(), re.S).group(1)


def test_starting_again_names_the_autosaved_draft_and_links_to_it(client, news_index):
    editor = news_editor(client, "fa")
    assert add_news(editor, news_index).status_code == 302  # the first attempt, saved as a draft
    draft = NewsPage.objects.get(slug=SLUG)
    assert draft.first_published_at is None

    response = add_news(editor, news_index)
    assert response.status_code == 200
    assert NewsPage.objects.filter(slug__startswith="نشست").count() == 1
    top = summary(response)
    assert f'پیش‌نویس «<a href="/admin/pages/{draft.pk}/edit/">{TITLE}</a>»' in top
    assert "در زبانهٔ «ترویج» نامک دیگری" in top
    assert "&lt;a" not in top


def test_a_published_page_holding_the_address_is_named_in_english_for_english_staff(client, news_index):
    editor = news_editor(client, "en")
    assert add_news(editor, news_index, date="2026-12-06 10:30").status_code == 302
    NewsPage.objects.filter(slug=SLUG).update(live=True, first_published_at=timezone.now())
    response = add_news(editor, news_index, date="2026-12-06 10:30")
    assert response.status_code == 200
    top = summary(response)
    assert "already has this address: give this page another slug on the Promote tab." in top
    assert "draft" not in top
    assert re.search(r"The page “<a href=\"/admin/pages/\d+/edit/\">" + TITLE + "</a>”", top), top
