"""What a reviewer is told after acting in the page editor: Wagtail said only «صفحه «…» به‌روزرسانی
شد.», whether the page was published or sent back (home.wagtail_hooks.say_what_the_review_did)."""

import json

import jdatetime
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from tests.page_forms import edit_form_data

pytestmark = pytest.mark.django_db


def review_in_the_editor(client, news, action, comment=""):
    """The section head acts on `news` from its editor's footer, as the walk's reviewer did."""
    date = jdatetime.datetime.fromgregorian(datetime=timezone.localtime(news.date)).strftime("%Y/%m/%d %H:%M")
    data = edit_form_data(news, "summary", "domain", "lead", date=date)
    data |= {
        "action-workflow-action": "true",
        "workflow-action-name": action,
        "workflow-action-extra-data": json.dumps({"comment": comment} if comment else {}),
    }
    response = client.post(f"/admin/pages/{news.pk}/edit/", data, follow=True)
    assert response.status_code == 200
    return [
        " ".join(li.get_text(" ").split())
        for li in BeautifulSoup(response.content, "html.parser").select(".messages li")
    ]


@pytest.fixture
def news_in_review(client, demo_users):
    from newsroom.models import NewsPage

    head = get_user_model().objects.get(username="head-cooperatives")
    news = NewsPage.objects.live().filter(locale__language_code="fa", domain="cooperatives").first()
    news.save_revision(user=head)
    news.get_workflow().start(news, head)
    client.force_login(head)
    return Page.objects.get(pk=news.pk).specific


def test_approving_with_a_comment_says_the_page_was_approved_and_published(client, news_in_review):
    said = review_in_the_editor(client, news_in_review, "approve", comment="خبر خوبی است؛ تأیید شد.")
    title = news_in_review.get_admin_display_title()
    assert f"صفحه «{title}» تأیید و منتشر شد." in said, said
    assert not [message for message in said if "به‌روزرسانی شد" in message], said


def test_requesting_changes_says_the_page_was_sent_back(client, news_in_review):
    said = review_in_the_editor(client, news_in_review, "reject", comment="لطفاً بند دوم را کامل کنید.")
    title = news_in_review.get_admin_display_title()
    assert f"صفحه «{title}» برای اصلاح برگردانده شد." in said, said
    assert not [message for message in said if "به‌روزرسانی شد" in message], said
