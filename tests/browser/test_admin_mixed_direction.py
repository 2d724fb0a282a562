"""English content listed in the Persian (RTL) admin reads in its own direction.

The FAQ listing of the service desk showed an English question as "?How long is a foreign
national's work permit valid": its title link took the cell's right-to-left direction, and the
question mark went to the wrong end. Titles in listings now take their direction from their
first letter (static/css/admin.css), as the admin's text fields already did.
"""

import pytest

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser

# For each element `selector` finds whose text starts as `starts` and ends as `ends` (regular
# expressions): [its text, whether its first character stands on the side its direction puts
# it, left of its last one for "ltr", right of it for "rtl"].
IN_ORDER = """([selector, starts, ends, direction]) => {
  const found = [];
  for (const element of document.querySelectorAll(selector)) {
    const text = element.textContent.trim();
    if (!new RegExp(starts).test(text) || !new RegExp(ends).test(text)) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue.trim()) nodes.push(node);
    const first = nodes[0], last = nodes[nodes.length - 1];
    const start = document.createRange();
    start.setStart(first, first.nodeValue.search(/\\S/));
    start.setEnd(first, first.nodeValue.search(/\\S/) + 1);
    const end = document.createRange();
    const at = last.nodeValue.trimEnd().length - 1;
    end.setStart(last, at);
    end.setEnd(last, at + 1);
    const left = start.getBoundingClientRect().left < end.getBoundingClientRect().left;
    found.push([text, direction === "ltr" ? left : !left]);
  }
  return found;
}"""
TITLES = "td.title .title-wrapper > a"
PERSIAN, LATIN = "^[\\u0600-\\u06ff]", "^[A-Za-z]"


def test_an_english_question_in_the_persian_faq_listing_ends_with_its_question_mark(browser, server, persian_admin):
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(f"{server.url}/admin/snippets/services/faqitem/")
        page.wait_for_load_state("networkidle")
        questions = page.evaluate(IN_ORDER, [TITLES, LATIN, "[?]$", "ltr"])
        assert questions, "no English question listed"
        assert [text for text, in_order in questions if not in_order] == []
    finally:
        page.context.close()


@pytest.fixture(scope="module")
def english_admin(django_db_setup, django_db_blocker):
    from tests.admin_language import prefers_english
    from tests.browser.accounts import persian_superuser

    with django_db_blocker.unblock():
        user = prefers_english(persian_superuser("mixed-direction-en-admin"))
    yield user
    with django_db_blocker.unblock():
        user.delete()


@pytest.fixture(scope="module")
def persian_news_with_a_full_stop(django_db_setup, django_db_blocker):
    """A Persian news item whose title ends in a full stop, first in its index's explorer."""
    from newsroom.factories import NewsPageFactory
    from newsroom.models import NewsIndexPage

    with django_db_blocker.unblock():
        index = NewsIndexPage.objects.get(locale__language_code="fa")
        news = NewsPageFactory(
            parent=index, slug="mixed-direction-full-stop", title="نشست هم‌اندیشی تعاونی‌ها برگزار شد."
        )
    yield news
    with django_db_blocker.unblock():
        news.delete()


def test_persian_text_in_the_english_admin_reads_right_to_left(
    browser, server, english_admin, persian_news_with_a_full_stop
):
    """English-reading staff read a Persian news title «… برگزار شد.» in the explorer, and a
    Persian summary in its text box, with the full stop on the right: the rules giving each
    title and field the direction of its first letter held in the Persian admin only."""
    page = sign_in(browser, server, english_admin.username, locale="en-GB")
    try:
        page.goto(f"{server.url}/admin/pages/{persian_news_with_a_full_stop.get_parent().pk}/")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.dir") == "ltr"
        titles = page.evaluate(IN_ORDER, [TITLES, PERSIAN, "[).!?:]$", "rtl"])
        assert titles, "no Persian title ending in a mark listed"
        assert [text for text, in_order in titles if not in_order] == []
        page.click("td.title .title-wrapper > a")
        page.wait_for_load_state("networkidle")
        fields = page.evaluate(
            "[...document.querySelectorAll('textarea, input[type=text]')]"
            ".filter(f => /^[\\u0600-\\u06FF]/.test(f.value)).map(f => getComputedStyle(f).unicodeBidi)"
        )
        assert fields and set(fields) == {"plaintext"}, fields
    finally:
        page.context.close()


def test_a_persian_comment_in_the_english_page_history_ends_with_its_full_stop(
    browser, server, english_admin, persian_news_with_a_full_stop, django_db_blocker
):
    """«Comment: لطفاً تاریخ را اصلاح کنید.» read in the English admin's page history with the
    full stop at the far right, beside the label."""
    from wagtail.models import PageLogEntry

    comment = "لطفاً تاریخ را اصلاح کنید."
    with django_db_blocker.unblock():
        entry = PageLogEntry.objects.log_action(
            persian_news_with_a_full_stop, "wagtail.workflow.reject", user=english_admin, data={"comment": comment}
        )
    page = sign_in(browser, server, english_admin.username, locale="en-GB")
    try:
        page.goto(f"{server.url}/admin/pages/{persian_news_with_a_full_stop.pk}/history/")
        page.wait_for_load_state("networkidle")
        assert page.evaluate(IN_ORDER, ["table.listing td em", PERSIAN, "[.]$", "rtl"]) == [[comment, True]]
    finally:
        page.context.close()
        with django_db_blocker.unblock():
            entry.delete()
