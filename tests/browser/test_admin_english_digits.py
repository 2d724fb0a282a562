"""English text in the Persian admin keeps its Latin digits; Persian text gets Persian ones.

The Persian admin draws 0-9 as ۰-۹ (a digits-only font first in admin.css) and turns them into
۰-۹ in the text (admin-persian-digits.js). An English page's title went the same way: "Dispute
boards held ۲۱۴ sessions last week" in the editor's header, the explorer and the page search.
English text is now marked lang="en" and keeps the Latin digits, in the text and in the font.
"""

import re

import pytest

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser

# The title as shown in an element: its text, and the language and font of the element that
# holds its digits.
SHOWN = """(element) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let holder = element;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/[0-9۰-۹]/.test(node.nodeValue)) { holder = node.parentElement; break; }
  }
  return {
    text: element.textContent.trim(),
    lang: (holder.closest("[lang]") || {}).lang,
    font: getComputedStyle(holder).fontFamily,
  };
}"""


# The text of the screen's main part without English-marked text and rich text being edited
# (which keeps what was typed): what is left is Persian and must hold no ASCII digits.
def persian_text(page):
    text = page.inner_text("main")
    for english in sorted(
        page.locator("main :is([lang=en], [contenteditable])").all_inner_texts(), key=len, reverse=True
    ):
        text = text.replace(english, "")
    return text


@pytest.fixture
def english_news(django_db_blocker):
    from newsroom.models import NewsPage

    with django_db_blocker.unblock():
        news = NewsPage.objects.filter(locale__language_code="en", title__regex=r"[0-9]").live().first()
        assert news is not None, "the seed has an English news item with a number in its title"
        return news, news.get_parent().pk


def assert_english(shown, title, where):
    assert shown["text"] == title, where
    assert shown["lang"] == "en", f"{where}: {shown}"
    assert "Portal Persian Digits" not in shown["font"], f"{where}: {shown}"


def test_an_english_title_keeps_its_digits_in_the_persian_admin(browser, server, persian_admin, english_news):
    news, index = english_news
    assert re.search("[0-9]", news.title)
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(f"{server.url}/admin/pages/{news.pk}/edit/")
        page.wait_for_load_state("networkidle")
        header = page.locator("[data-w-breadcrumbs] li:last-child a").first
        assert_english(header.evaluate(SHOWN), news.title, "the editor's header")
        assert not re.search("[0-9]", persian_text(page)), persian_text(page)

        for url, where in (
            (f"/admin/pages/{index}/", "the explorer"),
            (f"/admin/pages/search/?q={news.title.split()[0]}", "search"),
        ):
            page.goto(server.url + url)
            page.wait_for_load_state("networkidle")
            link = page.locator(f"td.title a[href*='/admin/pages/{news.pk}/edit/']").first
            assert_english(link.evaluate(SHOWN), news.title, where)
            # Persian text on the same screen (the count) keeps its Persian digits.
            persian = persian_text(page)
            assert re.search("[۰-۹]", persian) and not re.search("[0-9]", persian), (where, persian)
    finally:
        page.context.close()


@pytest.fixture
def numbered_user(django_db_blocker):
    from django.contrib.auth import get_user_model

    with django_db_blocker.unblock():
        user = get_user_model().objects.create_user(
            username="clerk1360", email="clerk1360@example.ir", first_name="کارمند", last_name="آزمایشی"
        )
    yield user
    with django_db_blocker.unblock():
        user.delete()


def test_a_username_with_digits_reads_as_it_is_typed_in_the_persian_admin(
    browser, server, persian_admin, numbered_user
):
    """«clerk۱۳۶۰» in the users listing is not a name anyone can sign in with."""
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(f"{server.url}/admin/users/?q={numbered_user.username}")
        page.wait_for_load_state("networkidle")
        cell = page.locator("table.listing td", has_text="clerk").first
        assert_english(cell.evaluate(SHOWN), numbered_user.username, "the users listing")
        # The Persian name beside it is still Persian, and so is the listing's count.
        persian = persian_text(page)
        assert "کارمند آزمایشی" in persian and not re.search("[0-9]", persian), persian
    finally:
        page.context.close()
