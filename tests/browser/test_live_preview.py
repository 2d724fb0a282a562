"""The editor's live preview shows the page beside the form.

Wagtail renders the preview through the whole middleware stack, so the framed response came back
with the public page's `frame-ancestors 'none'` already written: the browser refused to frame
it and the panel stayed blank for every editor (home.security.admin_csp)."""

import pytest
from playwright.sync_api import expect

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser


def test_the_preview_panel_shows_the_page_being_edited(browser, server, persian_admin, django_db_blocker):
    from services.models import ServicePage

    with django_db_blocker.unblock():
        service = ServicePage.objects.live().filter(locale__language_code="fa").first()
    page = sign_in(browser, server, persian_admin.username)
    refused = []
    page.on("console", lambda message: refused.append(message.text) if "frame-ancestors" in message.text else None)
    try:
        page.goto(f"{server.url}/admin/pages/{service.pk}/edit/")
        page.locator("button[data-side-panel-toggle='preview']").first.click()
        # Wagtail loads the preview in a second frame and swaps it in once loaded.
        expect(page.locator("iframe[data-w-preview-target=iframe]")).to_have_count(1, timeout=15000)
        heading = page.frame_locator("#w-preview-iframe").locator("main h1")
        heading.wait_for(timeout=15000)
        assert heading.inner_text() == service.title
        assert refused == []
    finally:
        page.context.close()
