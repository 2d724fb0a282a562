"""In the admin, a Persian title typed with a zero-width non-joiner fills the slug field with a
hyphen where the ZWNJ was («می‌خواهیم» → «می-خواهیم»), not with the two parts glued into another
word; the page saves with it. The server half is tests/home/test_persian_slugs.py."""

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.accounts import sign_in, submit

pytestmark = pytest.mark.browser

TITLE = "ما می\u200cخواهیم درخواست\u200cها را ببینیم"
SLUG = "ما-می-خواهیم-درخواست-ها-را-ببینیم"


def test_the_slug_field_keeps_the_words_of_a_persian_title_apart(browser, server, persian_admin, django_db_blocker):
    from newsroom.models import NewsIndexPage, NewsPage

    with django_db_blocker.unblock():
        index = NewsIndexPage.objects.get(locale__language_code="fa")
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(f"{server.url}/admin/pages/add/newsroom/newspage/{index.pk}/")
        page.wait_for_load_state("networkidle")
        page.click("#id_title")
        page.keyboard.type(TITLE)
        # Wagtail syncs the slug a moment after each key (longer on a busy machine): wait for the
        # whole title, and fail with the slug it made if it never comes.
        try:
            page.wait_for_function("slug => document.querySelector('#id_slug').value === slug", arg=SLUG, timeout=5000)
        except PlaywrightTimeout:
            pass
        assert page.input_value("#id_slug") == SLUG
        # Typed into the slug field itself (on the promote tab), the ZWNJ turns into a hyphen when
        # the field is left.
        panel = page.locator("#id_slug").evaluate("field => field.closest('[role=tabpanel]').id")
        page.click(f"[role=tab][href='#{panel}']")
        page.wait_for_timeout(500)  # the title's last sync into the slug field
        page.fill("#id_slug", "می\u200cخواهیم")
        page.locator("#id_slug").blur()
        assert page.input_value("#id_slug") == "می-خواهیم"
        page.fill("#id_slug", SLUG)
        panel = page.locator("#id_lead").evaluate("field => field.closest('[role=tabpanel]').id")
        page.click(f"[role=tab][href='#{panel}']")
        page.fill("#id_lead", "متن آزمایشی.")
        submit(page, "button.action-save")
        with django_db_blocker.unblock():
            saved = NewsPage.objects.filter(slug=SLUG).first()
            assert saved is not None, page.inner_text(".messages") if page.locator(".messages").count() else page.url
            saved.delete()
    finally:
        page.context.close()
