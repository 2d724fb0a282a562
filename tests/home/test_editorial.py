"""Separate management: each section's editors stay in their section; moderation workflows."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import PageLogEntry

from home.models import SectionPage

pytestmark = pytest.mark.django_db

# The groups, permissions and workflows are those `seed_editorial` made in the seeded database.


def member_of(django_user_model, username, *group_names):
    user = django_user_model.objects.create_user(username=username, password="x-unused-123")
    user.groups.add(*Group.objects.filter(name__in=group_names))
    assert user.groups.count() == len(group_names)
    return user


def section(slug):
    return SectionPage.objects.get(slug=slug, locale__language_code="fa")


def submit_for_moderation(page, editor):
    """Save the editor's change as a revision and start the page's workflow on it, as the
    editor's "Submit for moderation" does; returns the workflow and its state."""
    page.save_revision(user=editor)
    workflow = page.get_workflow()
    return workflow, workflow.start(page, editor)


def test_section_editor_can_edit_only_their_own_section(client, django_user_model):
    editor = member_of(django_user_model, "coop-editor", "ویراستاران حوزه تعاون")
    client.force_login(editor)
    assert client.get(f"/admin/pages/{section('cooperatives').pk}/edit/").status_code == 200
    child = section("cooperatives").get_children().first()
    assert client.get(f"/admin/pages/{child.pk}/edit/").status_code == 200
    other = section("labour-inspection")
    # Wagtail refuses with a redirect to the dashboard and a "no permission" message.
    response = client.get(f"/admin/pages/{other.pk}/edit/", follow=True)
    assert response.redirect_chain == [("/admin/", 302)]
    assert "اجازهٔ دسترسی به این بخش را ندارید" in response.content.decode()
    client.post(f"/admin/pages/{other.pk}/edit/", {"title": "تغییر غیرمجاز", "slug": other.slug, "action-publish": "1"})
    other.refresh_from_db()
    assert other.title == "بازرسی کار"
    assert not other.permissions_for_user(editor).can_edit()
    assert section("cooperatives").permissions_for_user(editor).can_edit()
    assert not section("cooperatives").permissions_for_user(editor).can_publish()


def test_section_head_may_publish_in_their_section_only(django_user_model):
    head = member_of(django_user_model, "coop-head", "سرپرست حوزه تعاون")
    assert section("cooperatives").permissions_for_user(head).can_publish()
    assert not section("employment").permissions_for_user(head).can_edit()


def test_news_editor_cannot_touch_sections_or_tenders(django_user_model):
    from newsroom.models import NewsIndexPage
    from tenders.models import TenderIndexPage

    editor = member_of(django_user_model, "news-editor", "ویراستاران اخبار")
    news_index = NewsIndexPage.objects.get(locale__language_code="fa")
    assert news_index.permissions_for_user(editor).can_add_subpage()
    assert not news_index.permissions_for_user(editor).can_publish_subpage()
    assert not TenderIndexPage.objects.get(locale__language_code="fa").permissions_for_user(editor).can_edit()
    assert not section("labour-relations").permissions_for_user(editor).can_edit()


def test_news_of_no_domain_goes_through_one_review_step(django_user_model, client):
    from newsroom.models import NewsPage

    editor = member_of(django_user_model, "news-writer", "ویراستاران اخبار")
    reviewer = member_of(django_user_model, "news-reviewer", "بازبینان اخبار (روابط عمومی)")
    outsider = member_of(django_user_model, "coop-only", "ویراستاران حوزه تعاون")
    news = NewsPage.objects.live().filter(locale__language_code="fa").first()
    news.domain = ""  # news of the whole directorate; a domain's news waits for its section head
    news.save(update_fields=["domain"])
    news.title = "نشست هیئت‌های حل اختلاف (بازبینی‌شده)"
    workflow, state = submit_for_moderation(news, editor)
    assert workflow.name == "بازبینی خبر"
    task = state.current_task_state.task.specific
    assert task.get_actions(news, outsider) == []
    assert task.get_actions(news, reviewer)

    client.force_login(reviewer)
    dashboard = client.get("/admin/").content.decode()
    assert "نشست هیئت‌های حل اختلاف (بازبینی‌شده)" in dashboard  # the reviewer's task is on the dashboard

    state.current_task_state.approve(user=reviewer)
    news.refresh_from_db()
    assert news.title == "نشست هیئت‌های حل اختلاف (بازبینی‌شده)" and news.live
    actions = set(PageLogEntry.objects.filter(page=news).values_list("action", flat=True))
    assert {"wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= actions


def test_scheduled_publishing_and_expiry(home_fa):
    import datetime

    from django.utils import timezone

    from home.factories import StandardPageFactory

    page = StandardPageFactory(parent=home_fa, slug="scheduled", title="اطلاعیه زمان‌بندی‌شده", live=False)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live
    # An hour later (moved back in time instead of waiting):
    past = timezone.now() - datetime.timedelta(seconds=1)
    revision.refresh_from_db()
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert page.live
    page.expire_at = timezone.now() - datetime.timedelta(seconds=1)
    page.save()
    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert not page.live and page.expired


def test_service_changes_go_to_their_section_head_then_the_director(django_user_model, client):
    from services.models import ServicePage

    editor = member_of(django_user_model, "services-editor", "ویراستاران میز خدمات")
    coop_head = member_of(django_user_model, "coop-head-2", "سرپرست حوزه تعاون")
    inspection_head = member_of(django_user_model, "inspection-head", "سرپرست حوزه بازرسی کار")
    director = member_of(django_user_model, "director-2", "مدیر کل (تأیید نهایی)")
    service = ServicePage.objects.live().get(locale__language_code="fa", title="صدور مجوز تأسیس و ثبت تعاونی")
    assert service.domain == "cooperatives"
    assert service.permissions_for_user(editor).can_edit()
    assert not service.permissions_for_user(editor).can_publish()

    service.summary = "خلاصه تازه شناسنامه خدمت برای تأیید"
    workflow, state = submit_for_moderation(service, editor)
    assert workflow.name == "تأیید شناسنامه خدمت"

    first = state.current_task_state.task.specific
    assert first.name == "تأیید سرپرست حوزه"
    assert first.get_actions(service, inspection_head) == []  # another domain's head
    assert first.get_actions(service, director) == []
    assert first.get_actions(service, coop_head)
    client.force_login(coop_head)
    assert "صدور مجوز تأسیس و ثبت تعاونی" in client.get("/admin/").content.decode()
    client.force_login(inspection_head)
    assert "صدور مجوز تأسیس و ثبت تعاونی" not in client.get("/admin/").content.decode()

    state.current_task_state.approve(user=coop_head)
    state.refresh_from_db()
    second = state.current_task_state.task.specific
    assert second.name == "تأیید مدیر کل"
    service.refresh_from_db()
    assert service.summary != "خلاصه تازه شناسنامه خدمت برای تأیید"  # not published yet
    assert second.get_actions(service, coop_head) == []
    state.current_task_state.approve(user=director)
    service.refresh_from_db()
    assert service.summary == "خلاصه تازه شناسنامه خدمت برای تأیید"
    assert service.live


@pytest.mark.usefixtures("rendered_context")
def test_an_editor_of_some_news_items_finds_them_in_the_shared_index(client, django_user_model):
    """A user granted two news items (not through a section) explores the news index, their
    common parent, and finds them there: only section staff are narrowed to their domains. The
    domain narrowing once took anyone without a grant on the index itself for section staff of
    no domain, and listed nothing."""
    from django.contrib.auth.models import Permission
    from django.urls import reverse
    from wagtail.models import GroupPagePermission

    from newsroom.factories import NewsPageFactory
    from newsroom.models import NewsIndexPage

    index = NewsIndexPage.objects.get(locale__language_code="fa")
    titles = ["خبر واگذارشده یکم", "خبر واگذارشده دوم", "خبر دیگر"]
    items = [
        NewsPageFactory(parent=index, slug=f"some-items-{i}", title=title, domain="cooperatives")
        for i, title in enumerate(titles)
    ]
    group = Group.objects.create(name="some-news-items")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for item in items[:2]:
        GroupPagePermission.objects.create(
            group=group, page=item, permission=Permission.objects.get(codename="change_page")
        )
    client.force_login(member_of(django_user_model, "some-news-items-editor", "some-news-items"))

    response = client.get(reverse("wagtailadmin_explore", args=[index.pk]))
    assert response.status_code == 200
    assert response.context["items_count"] == 2
    rows = response.content.decode()
    assert [title in rows for title in titles] == [True, True, False]
    assert client.get(reverse("wagtailadmin_pages:edit", args=[items[0].pk])).status_code == 200


def test_section_staff_search_finds_only_their_domain_in_the_shared_indexes(client, django_user_model):
    """The explorer hides other domains' news from section staff; the page search did not."""
    from newsroom.models import NewsPage

    client.force_login(member_of(django_user_model, "coop-searcher", "ویراستاران حوزه تعاون"))
    news = NewsPage.objects.filter(locale__language_code="fa")
    own = news.filter(domain="cooperatives").first()
    other = news.exclude(domain__in=["cooperatives", ""]).first()
    for page, shown in ((own, True), (other, False)):
        html = client.get("/admin/pages/search/", {"q": page.title}).content.decode()
        assert (f"/admin/pages/{page.pk}/edit/" in html) is shown, page.title


def test_wagtails_own_tree_wide_groups_go_unless_someone_is_in_them(django_user_model):
    """Wagtail's migrations make «Editors» and «Moderators», English names in the Persian admin,
    with add and edit (moderators: publish) on the whole tree: someone put in one would edit every
    section past its head. The seed removes them, but not one an administrator has put people in,
    nor one an active review step waits on for its reviewers."""
    from wagtail.models import GroupApprovalTask

    names = ["Editors", "Moderators"]
    assert not Group.objects.filter(name__in=names).exists()
    in_use = Group.objects.create(name="Editors")
    django_user_model.objects.create_user(username="earlier-editor").groups.add(in_use)
    Group.objects.create(name="Moderators")

    call_command("seed_editorial", stdout=io.StringIO())
    assert list(Group.objects.filter(name__in=names).values_list("name", flat=True)) == ["Editors"]

    moderators = Group.objects.create(name="Moderators")
    GroupApprovalTask.objects.create(name="بازبینی ناظران سایت").groups.add(moderators)
    call_command("seed_editorial", stdout=io.StringIO())
    assert sorted(Group.objects.filter(name__in=names).values_list("name", flat=True)) == names


def test_section_staff_read_only_their_domains_history_in_the_site_history(client, django_user_model):
    """Wagtail's site history listed other domains' news to section staff, drafts' titles too;
    the explorer and the page search hide those from them."""
    from wagtail.models import PageLogEntry

    from newsroom.factories import NewsPageFactory
    from newsroom.models import NewsIndexPage

    index = NewsIndexPage.objects.get(locale__language_code="fa")
    own = NewsPageFactory(parent=index, slug="history-own", title="پیش‌نویس خبر تعاونی", domain="cooperatives")
    other = NewsPageFactory(parent=index, slug="history-other", title="پیش‌نویس خبر بازرسی", domain="labour-inspection")
    for page in (own, other):
        PageLogEntry.objects.log_action(page, "wagtail.edit")
    client.force_login(member_of(django_user_model, "coop-historian", "ویراستاران حوزه تعاون"))

    html = client.get("/admin/reports/site-history/").content.decode()
    assert (own.title in html, other.title in html) == (True, False)


def test_the_pages_hidden_from_section_staff_read_their_groups_once(django_user_model):
    """The dashboard, the page search and the site history ask which pages are other domains'
    (`other_domains_pages`): for each page a section's staff hold a permission on (their section,
    the news, notices and services indexes) it read the user's groups and every section's staff
    groups again, about twenty queries of a section head's dashboard. They are read once; what is
    hidden stays the same."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    from home.pages.editorial import other_domains_pages
    from newsroom.models import NewsPage

    editor = member_of(django_user_model, "coop-reader", "ویراستاران حوزه تعاون")
    with CaptureQueriesContext(connection) as queries:
        hidden = set(Page.objects.filter(pk__in=other_domains_pages(editor)).values_list("pk", flat=True))
    staff_reads = [query for query in queries if '"home_sectionpage"."editors_group_id"' in query["sql"]]
    group_reads = [query for query in queries if 'FROM "auth_group" INNER JOIN "auth_user_groups"' in query["sql"]]
    assert (len(staff_reads), len(group_reads)) == (1, 1), [query["sql"][:80] for query in queries]

    news = NewsPage.objects.filter(locale__language_code="fa")
    assert news.filter(domain="cooperatives").first().pk not in hidden
    assert news.exclude(domain__in=["cooperatives", ""]).first().pk in hidden
