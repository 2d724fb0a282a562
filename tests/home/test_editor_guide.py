"""The admin's Help menu leads Persian staff to the portal's own guide (home/pages/editor_guide.py).

Wagtail's Help menu held "What's new in Wagtail 8.0" and "Editor Guide", links to Wagtail's
English site, with a «۲» badge over «راهنما» until both were clicked, and the dashboard linked
the same English guide. Persian staff now find «راهنمای ویراستاران درگاه» there, in Persian;
English staff keep Wagtail's English guides beside the portal's.
"""

import json

import pytest
from django.contrib.auth import get_user_model

from tests.home.admin_text import english_runs
from tests.soup import soup

pytestmark = pytest.mark.django_db

WAGTAIL_SITE = "guide.wagtail.org"


def help_menu(client):
    """The help menu's items as the sidebar's props give them, [(label, url, marked new)], and
    the dashboard's HTML."""
    response = client.get("/admin/")
    assert response.status_code == 200
    props = json.loads(soup(response).select_one("#wagtail-sidebar-props").string)
    found = []

    def walk(value):
        if isinstance(value, dict):
            args = value.get("_args") or [{}]
            if isinstance(args[0], dict) and args[0].get("name") == "help":
                found.extend(item["_args"][0] for item in args[1])
                return
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(props)
    assert found, "no help menu in the sidebar"
    items = [(item["label"], item.get("url"), is_marked_new(item["attrs"])) for item in found]
    return items, response.content.decode()


def is_marked_new(attrs):
    """Wagtail's sidebar counts an item in the badge until the user has opened it."""
    return "data-w-dismissible-id-value" in attrs and "data-w-dismissible-dismissed-value" not in attrs


def signed_in(client, username, language):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.get(username=username)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user


@pytest.mark.parametrize("username", ["editor-cooperatives", "head-employment"])
def test_persian_staff_find_the_portals_guide_not_wagtails_english_one(client, demo_users, username):
    signed_in(client, username, "fa")
    items, dashboard = help_menu(client)
    labels = [label for label, _url, _new in items]
    assert labels[0] == "راهنمای ویراستاران درگاه", labels
    assert not [url for _label, url, _new in items if url and WAGTAIL_SITE in url], items
    # Nothing in the menu is marked new, so «راهنما» carries no badge.
    assert not [label for label, _url, new in items if new], items
    assert WAGTAIL_SITE not in dashboard
    assert 'href="/admin/editor-guide/"' in dashboard


def test_english_staff_keep_wagtails_guides_beside_the_portals(client, demo_users):
    signed_in(client, "editor-cooperatives", "en")
    items, dashboard = help_menu(client)
    labels = [label for label, _url, _new in items]
    assert labels[0] == "Portal editors' guide", labels
    assert [url for _label, url, _new in items if url and WAGTAIL_SITE in url], items
    assert 'href="/admin/editor-guide/"' in dashboard


def test_the_guide_reads_in_the_editors_language(client, demo_users):
    signed_in(client, "editor-cooperatives", "fa")
    response = client.get("/admin/editor-guide/")
    assert response.status_code == 200
    page = soup(response)
    headings = [h.get_text(strip=True) for h in page.select("main h2")]
    assert headings[:2] == ["سهم شما", "نوشتن یک صفحه"], headings
    assert "ویراستاران حوزه تعاون" in page.select_one("main").get_text()
    assert english_runs(response.content.decode(), ["ویراستاران حوزه تعاون"]) == []
    assert "۱۴۰۵/۰۹/۲۵" in page.select_one("main").get_text()

    signed_in(client, "editor-cooperatives", "en")
    response = client.get("/admin/editor-guide/")
    text = soup(response).select_one("main").get_text()
    assert "Sending for review" in text and "2026-12-16" in text


def test_the_guides_header_names_it(client, demo_users):
    signed_in(client, "editor-cooperatives", "fa")
    crumbs = [li.get_text(strip=True) for li in soup(client.get("/admin/editor-guide/")).select(".w-breadcrumbs li")]
    assert crumbs == ["خانه", "راهنمای ویراستاران درگاه"], crumbs


@pytest.mark.parametrize(
    ("username", "held_to_a_section"),
    [("editor-cooperatives", True), ("head-cooperatives", True), ("editor-news", False), ("director", False)],
)
def test_only_section_staff_are_told_they_are_held_to_their_domain(client, demo_users, username, held_to_a_section):
    """The director and the content editors were told they edit only their section's domain."""
    client.force_login(demo_users[username])
    text = soup(client.get("/admin/editor-guide/")).select_one(".editor-guide").get_text(" ", strip=True)
    assert ("صفحه‌های حوزهٔ خودتان" in text) is held_to_a_section, text[:300]
    assert ("در سراسر درگاه" in text) is not held_to_a_section
