"""The title at the top of a page's edit form wraps onto as many lines as it needs.

It was a one-line input: a long Persian title was cut at the box's end, the rest out of sight
while it was edited, on a phone and on a desktop. It is now Wagtail's auto-height text area (one
the page form gives every portal page, home/forms.py), kept to one line of text: Enter and
Shift+Enter add no break. Read here in the box's sizes: all of its text inside it, in Persian
(RTL) and in English (LTR), at 390 and 1366 px.
"""

import pytest

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser

LONG = {
    "fa": "راهنمای کامل ثبت‌نام و پیگیری درخواست بیمهٔ بیکاری برای کارگران قراردادی و فصلی "
    "در شهرستان‌های استان تهران در سال ۱۴۰۵",
    "en": "A complete guide to registering and tracking an unemployment insurance claim for contract "
    "and seasonal workers in the counties of Tehran province in 1405",
}

SIZES = """e => ({tag: e.tagName, width: e.clientWidth, scrollWidth: e.scrollWidth, height: e.clientHeight,
  scrollHeight: e.scrollHeight, line: parseFloat(getComputedStyle(e).lineHeight)})"""


@pytest.fixture(scope="module")
def editors(persian_admin, django_db_blocker):
    """A Persian and an English admin, each with a news item of its own in its language."""
    from newsroom.models import NewsIndexPage, NewsPage
    from tests.admin_language import prefers_english
    from tests.browser.accounts import persian_superuser

    with django_db_blocker.unblock():
        english_admin = prefers_english(persian_superuser("title-wraps-en-admin"))
        made = {}
        for language, user in (("fa", persian_admin), ("en", english_admin)):
            index = NewsIndexPage.objects.get(locale__language_code=language)
            news = index.add_child(instance=NewsPage(title="Title check", slug=f"title-wraps-{language}", lead="."))
            news.save_revision(user=user).publish()
            made[language] = (user.username, news.pk)
    yield made
    with django_db_blocker.unblock():
        NewsPage.objects.filter(slug__startswith="title-wraps-").delete()
        english_admin.delete()


@pytest.mark.parametrize("language", ["fa", "en"])
def test_a_long_title_wraps_in_the_editor_and_stays_one_line_of_text(browser, server, editors, language):
    username, news = editors[language]
    for width in (390, 1366):
        page = sign_in(browser, server, username, viewport={"width": width, "height": 900})
        try:
            page.goto(f"{server.url}/admin/pages/{news}/edit/")
            title = page.locator("#id_title")
            title.fill(LONG[language])
            title.press("End")
            title.press("Enter")
            title.press("Shift+Enter")
            assert title.input_value() == LONG[language], f"{language} at {width}px: Enter broke the title's line"
            box = title.evaluate(SIZES)
            where = f"{language} at {width}px: {box}"
            assert box["scrollWidth"] <= box["width"], f"the title runs past its box sideways, {where}"
            assert box["scrollHeight"] <= box["height"] + 1, f"the title is cut at the box's foot, {where}"
            assert box["height"] > 1.8 * box["line"], f"a long title shown on one line, {where}"
        finally:
            page.context.close()
