"""Section staff read only their own domain's pages in Wagtail's page reports.

The explorer, the page search and the site history hide other domains' news, notices and
services from section staff (home.pages.editorial.other_domains_pages); the aging pages, locked
pages and workflow reports listed them, drafts in review included, by Wagtail's own page policy.
"""

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_domains_news():
    from newsroom.factories import NewsPageFactory
    from newsroom.models import NewsIndexPage

    index = NewsIndexPage.objects.get(locale__language_code="fa")
    own = NewsPageFactory(parent=index, slug="report-own", title="خبر گزارش تعاونی", domain="cooperatives")
    other = NewsPageFactory(parent=index, slug="report-other", title="خبر گزارش بازرسی", domain="labour-inspection")
    return own, other


def staff(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username=username, password="x-unused-123")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def shown(client, path, *pages):
    html = client.get(path).content.decode()
    return tuple(page.title in html for page in pages)


def test_a_section_head_ages_only_their_domains_pages(client, django_user_model, two_domains_news):
    own, other = two_domains_news
    for page in two_domains_news:
        page.last_published_at = timezone.now() - timezone.timedelta(days=400)
        page.save(update_fields=["last_published_at"])
    client.force_login(staff(django_user_model, "coop-head-ages", "سرپرست حوزه تعاون"))
    assert shown(client, "/admin/reports/aging-pages/", own, other) == (True, False)


def test_a_section_editor_meets_only_their_domains_locks_and_reviews(client, django_user_model, two_domains_news):
    own, other = two_domains_news
    editor = staff(django_user_model, "coop-editor-reports", "ویراستاران حوزه تعاون")
    someone = django_user_model.objects.create_superuser(username="report-locker", password="x-unused-123")
    for page in two_domains_news:
        page.save_revision(user=someone)
        page.get_workflow().start(page, someone)
    Page.objects.filter(pk__in=[own.pk, other.pk]).update(locked=True, locked_by=someone, locked_at=timezone.now())
    client.force_login(editor)
    assert shown(client, "/admin/reports/locked/", own, other) == (True, False)
    assert shown(client, "/admin/reports/workflow/", own, other) == (True, False)
    assert shown(client, "/admin/reports/workflow_tasks/", own, other) == (True, False)


def test_a_section_editor_cannot_open_another_domains_draft_history_or_usage(
    client, django_user_model, two_domains_news
):
    """The editor refuses another domain's page; its draft, revisions, history, usage and
    workflow history were open to anyone who typed its number."""
    own, other = two_domains_news
    for page in two_domains_news:
        page.title = f"{page.title} (پیش‌نویس)"
        page.save_revision()
    client.force_login(staff(django_user_model, "coop-editor-drafts", "ویراستاران حوزه تعاون"))
    for page, allowed in ((own, True), (other, False)):
        revision = page.get_latest_revision().pk
        for path in (
            f"/admin/pages/{page.pk}/view_draft/",
            f"/admin/pages/{page.pk}/revisions/{revision}/view/",
            f"/admin/pages/{page.pk}/revisions/compare/live...latest/",
            f"/admin/pages/{page.pk}/history/",
            f"/admin/pages/{page.pk}/usage/",
            f"/admin/pages/{page.pk}/workflow_history/",
        ):
            response = client.get(path)
            assert (response.status_code == 200) is allowed, path
            assert ("(پیش‌نویس)" in response.content.decode()) is allowed, path
    response = client.post(f"/admin/pages/{other.pk}/lock/")
    other.refresh_from_db()
    assert not other.locked
