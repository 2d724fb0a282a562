"""The dashboard's "N pages" (home/pages/dashboard.py): Wagtail's number, counted once per
content change instead of on every visit."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from newsroom.factories import NewsIndexPageFactory
from tests.soup import soup

pytestmark = pytest.mark.django_db


def pages_summary(client):
    """The number and the link of the dashboard's pages item, and the queries of the visit."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/admin/")
    assert response.status_code == 200
    dom = soup(response)
    link = dom.select_one("use[href='#icon-doc-empty']").find_parent("li").a
    counts = [
        query["sql"]
        for query in captured
        if query["sql"].startswith('SELECT COUNT(*) AS "__count" FROM "wagtailcore_page"')
    ]
    return int(link.get_text(" ", strip=True).split()[0]), link["href"], counts


def test_the_dashboard_counts_pages_as_wagtail_and_follows_changes(admin_client, home_fa):
    """A superuser reads every page but the tree's root, linked to the site's home page (as
    Wagtail's own item); a page created or deleted shows at the next visit; in between the
    number is not counted again."""
    number, href, counts = pages_summary(admin_client)
    assert number == Page.objects.count() - 1
    assert href == f"/admin/pages/{home_fa.pk}/"
    assert len(counts) == 1

    assert pages_summary(admin_client)[::2] == (number, [])  # kept: no COUNT over the tree

    index = NewsIndexPageFactory(parent=home_fa, slug="dashboard-count")
    assert pages_summary(admin_client)[0] == number + 1
    index.delete()
    assert pages_summary(admin_client)[0] == number


def test_an_editor_reads_the_pages_under_their_own_root(client, django_user_model, home_fa):
    """A user whose page permission starts lower in the tree counts that subtree only (their own
    explorable root, kept under its own key)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    index = NewsIndexPageFactory(parent=home_fa, slug="dashboard-own-root")
    for i in range(2):
        NewsIndexPageFactory(parent=index, slug=f"dashboard-own-root-{i}")
    group = Group.objects.create(name="dashboard-own-root")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=index, permission=Permission.objects.get(codename="change_page")
    )
    editor = django_user_model.objects.create_user(username="dashboard-own-root")
    editor.groups.add(group)
    client.force_login(editor)
    number, href, _ = pages_summary(client)
    assert (number, href) == (3, f"/admin/pages/{index.pk}/")


def test_section_staff_count_the_pages_of_their_own_domain(client, django_user_model):
    """A section head's permissions reach the shared indexes of every domain; their dashboard
    said the whole site's number («۲۲۹ صفحه»). It counts what they may work on: another
    domain's news item changes nothing, one of their own adds one."""
    from django.contrib.auth.models import Group

    from newsroom.factories import NewsPageFactory
    from newsroom.models import NewsIndexPage

    head = django_user_model.objects.create_user(username="dashboard-coop-head")
    head.groups.add(Group.objects.get(name="سرپرست حوزه تعاون"))
    client.force_login(head)
    number = pages_summary(client)[0]
    assert 0 < number < Page.objects.count() - 1

    index = NewsIndexPage.objects.get(locale__language_code="fa")
    NewsPageFactory(parent=index, slug="dashboard-other-domain", domain="labour-inspection")
    assert pages_summary(client)[0] == number
    NewsPageFactory(parent=index, slug="dashboard-own-domain", domain="cooperatives")
    assert pages_summary(client)[0] == number + 1
