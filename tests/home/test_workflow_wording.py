"""A workflow is «گردش کار» throughout the Persian admin, and «پیش‌فرض» keeps its non-joiner.

Wagtail's own Persian put «بازنشانی رویه» (restart workflow) next to our «لغو گردش کار» in the
page's action menu, and «[پیشفرض]» after the default site in the site history."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import ModelLogEntry, Site

from home.models import SectionPage
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db


def test_page_action_menu_says_workflow(client, demo_users):
    editor = demo_users["editor-cooperatives"]
    page = SectionPage.objects.get(slug="cooperatives", locale__language_code="fa")
    page.save_revision(user=editor)
    state = page.get_workflow().start(page, editor)
    # The section's head asks for changes: the editor may now restart or cancel the workflow.
    client.force_login(demo_users["head-cooperatives"])
    url = f"/admin/pages/workflow/action/{page.pk}/reject/{state.current_task_state.pk}/"
    assert client.post(url, {"comment": "عنوان را کوتاه‌تر کنید."}).status_code == 302
    client.force_login(editor)
    menu = ok_soup(client.get(f"/admin/pages/{page.pk}/edit/")).select_one("footer")
    labels = [" ".join(item.get_text(" ").split()) for item in menu.select("button, a")]
    assert "شروع دوبارهٔ گردش کار" in labels and "لغو گردش کار" in labels, labels
    assert "رویه" not in menu.get_text()


def test_site_history_names_the_default_site(client):
    site = Site.objects.get(is_default_site=True)
    admin = get_user_model().objects.create_superuser("history-admin", "history@example.ir", "x-unused-123")
    ModelLogEntry.objects.log_action(site, "wagtail.edit", user=admin)
    client.force_login(admin)
    text = ok_soup(client.get("/admin/reports/site-history/")).get_text()
    assert f"{site.site_name} [پیش‌فرض]" in text
    assert "پیشفرض" not in text
