"""What a reviewer is told after acting on a page in review (home.pages.review_messages).

In the page editor Wagtail said only «صفحه «…» به‌روزرسانی شد.», whether the page was published
or sent back; from the dashboard's "awaiting your review" panel (its buttons and their comment
dialog) it said nothing at all. Both now say what the workflow did."""

import json

import jdatetime
import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from tests.page_forms import edit_form_data
from tests.soup import soup

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
    return [" ".join(li.get_text(" ").split()) for li in soup(response).select(".messages > ul > li")]


def in_review(client, page_type):
    """The first live Persian page of `page_type` in cooperatives, sent for review by its head,
    who is signed in to `client`."""
    head = get_user_model().objects.get(username="head-cooperatives")
    page = page_type.objects.live().filter(locale__language_code="fa", domain="cooperatives").first()
    page.save_revision(user=head)
    page.get_workflow().start(page, head)
    client.force_login(head)
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def news_in_review(client, demo_users):
    from newsroom.models import NewsPage

    return in_review(client, NewsPage)


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


def messages_on(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return [" ".join(li.get_text(" ").split()) for li in soup(response).select(".messages > ul > li")]


def act_from_the_dashboard(client, page, action, comment=None):
    """The dashboard's button for `action` on `page`: with a comment through its dialog (an XHR
    post answered with JSON, the browser then going to the dashboard), else a plain form post.
    Returns the messages the dashboard shows afterwards."""
    task_state = page.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
    data = {"next": "/admin/"}
    if comment is None:
        response = client.post(url, data)
        assert response.status_code == 302, response.status_code
        assert response["Location"] == "/admin/"
    else:
        data["comment"] = comment
        response = client.post(url, data, headers={"x-requested-with": "XMLHttpRequest"})
        assert response.status_code == 200
        assert json.loads(response.content)["step"] == "success", response.content
    return messages_on(client, "/admin/")


def test_the_dashboards_approve_says_the_page_was_approved_and_published(client, news_in_review):
    title = news_in_review.get_admin_display_title()
    said = act_from_the_dashboard(client, news_in_review, "approve")
    assert said == [f"صفحه «{title}» تأیید و منتشر شد."]
    assert not Page.objects.get(pk=news_in_review.pk).has_unpublished_changes


def test_the_dashboards_approve_with_a_comment_says_so_in_the_reviewers_english(client, news_in_review):
    from wagtail.users.models import UserProfile

    head = get_user_model().objects.get(username="head-cooperatives")
    profile = UserProfile.get_for_user(head)
    profile.preferred_language = "en"
    profile.save()
    title = news_in_review.get_admin_display_title()
    said = act_from_the_dashboard(client, news_in_review, "approve", comment="Fine, thanks.")
    assert said == [f"Page '{title}' has been approved and published."]


def test_the_dashboards_request_changes_says_the_page_was_sent_back(client, news_in_review):
    title = news_in_review.get_admin_display_title()
    said = act_from_the_dashboard(client, news_in_review, "reject", comment="لطفاً بند دوم را کامل کنید.")
    assert said == [f"صفحه «{title}» برای اصلاح برگردانده شد."]


def test_the_dashboards_approve_of_a_first_step_names_the_next_one(client, demo_users):
    from services.models import ServicePage

    service = in_review(client, ServicePage)
    title = service.get_admin_display_title()
    said = act_from_the_dashboard(client, service, "approve")
    next_step = Page.objects.get(pk=service.pk).current_workflow_task.name
    assert said == [f"صفحه «{title}» تأیید شد و اکنون در انتظار مرحله «{next_step}» است."]


def test_requesting_changes_without_saying_what_is_refused_in_both_dialogs(client, news_in_review):
    """Wagtail's comment is optional; a page sent back without one left its editor guessing. The
    dashboard's dialog and the page editor's both ask what to change and refuse an empty comment."""
    from wagtail.models import TaskState

    task_state = news_in_review.current_workflow_task_state
    xhr = {"x-requested-with": "XMLHttpRequest"}
    for kind in ("action", "collect_action_data"):
        url = f"/admin/pages/workflow/{kind}/{news_in_review.pk}/reject/{task_state.pk}/"
        dialog = client.get(url, headers=xhr).json()
        assert "ویراستار چه چیزی را باید اصلاح کند؟" in dialog["html"], kind
        refused = client.post(url, {"comment": "  "}, headers=xhr).json()
        assert refused["step"] == "action", kind
        assert "بنویسید چه چیزی باید اصلاح شود" in refused["html"], kind
        assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert messages_on(client, "/admin/") == []
    # Approving still needs no comment.
    approve = f"/admin/pages/workflow/collect_action_data/{news_in_review.pk}/approve/{task_state.pk}/"
    assert client.post(approve, {"comment": ""}, headers=xhr).json()["step"] == "success"
