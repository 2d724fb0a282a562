"""An admin that is Persian from the login page on.

Signs in as each demo role (a section editor, its head, the director, desk staff, and the
site administrator for the settings only they reach), opens the screens that role works in,
and fails on English interface words left in what a person sees (tests/admin_text.py).
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page

from tests.admin_text import english_runs

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def roles(django_db_setup, django_db_blocker):
    """The demo accounts of seed_editorial, a desk staff member and an administrator."""
    User = get_user_model()
    with django_db_blocker.unblock():
        before = set(User.objects.values_list("pk", flat=True))
        with override_settings(DEMO_USERS=True):
            call_command("seed_editorial", stdout=io.StringIO())
        if not User.objects.filter(username="admin-test").exists():
            User.objects.create_superuser("admin-test", "admin-test@example.ir", "x-unused-123")
        created = User.objects.exclude(pk__in=before)
    yield {user.username: user for user in User.objects.filter(pk__in=created.values("pk"))}
    with django_db_blocker.unblock():
        created.delete()


def content_strings():
    """What editors and citizens wrote (English page titles, names, ...): not interface text."""
    from home.models import Department

    strings = set(Page.objects.values_list("title", flat=True))
    strings |= set(Page.objects.values_list("draft_title", flat=True))
    strings |= set(get_user_model().objects.values_list("username", flat=True))
    strings |= set(Group.objects.values_list("name", flat=True))
    strings |= set(Department.objects.values_list("name_en", flat=True))
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    strings |= set(get_image_model().objects.values_list("title", flat=True))
    strings |= set(get_document_model().objects.values_list("title", flat=True))
    from wagtailmenus.models import FlatMenu

    strings |= set(FlatMenu.objects.values_list("title", flat=True))
    strings |= set(FlatMenu.objects.values_list("handle", flat=True))
    return strings


def persian(model, **filters):
    return model.objects.filter(locale__language_code="fa", **filters).first()


def screens(role):
    """The admin screens `role` works in, as URLs."""
    from forms_pages.models import CitizenRequest
    from home.models import SectionPage, StandardPage
    from newsroom.models import NewsIndexPage, NewsPage

    section = persian(SectionPage, slug="cooperatives")
    guide = StandardPage.objects.child_of(section).first()
    news_index = persian(NewsIndexPage)
    common = ["/admin/", "/admin/account/", "/admin/2fa/setup/", "/admin/pages/search/?q=تعاون"]
    pages = [
        f"/admin/pages/{section.pk}/",
        f"/admin/pages/{guide.pk}/edit/",
        f"/admin/pages/{guide.pk}/history/",
        f"/admin/pages/{section.pk}/add_subpage/",
        f"/admin/pages/add/home/standardpage/{section.pk}/",
        f"/admin/pages/{news_index.pk}/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/reports/locked/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
    ]
    coop_news = NewsPage.objects.filter(locale__language_code="fa", domain="cooperatives").first()
    if coop_news:
        pages.append(f"/admin/pages/{coop_news.pk}/edit/")
    if role == "desk-staff":
        request = CitizenRequest.objects.order_by("pk").first()
        return common + ["/admin/citizen-requests/", f"/admin/citizen-requests/edit/{request.pk}/"]
    if role == "director":
        return common + pages + ["/admin/reports/site-history/", "/admin/reports/aging-pages/", "/admin/snippets/"]
    if role == "admin-test":
        return common + [
            "/admin/workflows/list/",
            "/admin/workflows/tasks/index/",
            "/admin/users/",
            "/admin/groups/",
            "/admin/locales/",
            "/admin/wagtailmenus/mainmenu/",
            "/admin/wagtailmenus/flatmenu/",
            "/admin/settings/home/contactsettings/",
            "/admin/settings/home/sitebanner/",
            "/admin/redirects/",
            f"/admin/localize/submit/page/{guide.pk}/",
        ]
    return common + pages


ROLES = ["editor-cooperatives", "head-cooperatives", "director", "desk-staff", "admin-test"]


@pytest.mark.parametrize("role", ROLES)
def test_every_screen_a_role_uses_is_persian(roles, client, role):
    client.force_login(get_user_model().objects.get(username=role))
    content = content_strings()
    left = {}
    for url in screens(role):
        response = client.get(url, follow=True)
        assert response.status_code == 200, (role, url, response.status_code)
        for run in english_runs(response.content.decode(), content):
            left.setdefault(run, url)
    assert left == {}, f"English interface text for {role}: {left}"


def test_the_login_page_is_persian(client):
    html = client.get("/admin/login/").content.decode()
    assert "رمز عبور" in html
    assert english_runs(html) == []
