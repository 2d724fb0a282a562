"""English content listed in the Persian (RTL) admin reads in its own direction.

The FAQ listing of the service desk showed an English question as "?How long is a foreign
national's work permit valid": its title link took the cell's right-to-left direction, and the
question mark went to the wrong end. Titles in listings now take their direction from their
first letter (static/css/admin.css), as the admin's text fields already did.
"""

import pytest

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser

# For each English title that ends in "?": whether its first letter stands left of its "?".
QUESTION_MARK_AT_THE_END = """() => {
  const found = [];
  for (const link of document.querySelectorAll("td.title .title-wrapper > a")) {
    const text = link.textContent.trim();
    if (!/^[A-Za-z]/.test(text) || !text.endsWith("?")) continue;
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue.trim()) nodes.push(node);
    const first = nodes[0], last = nodes[nodes.length - 1];
    const start = document.createRange();
    start.setStart(first, first.nodeValue.search(/\\S/));
    start.setEnd(first, first.nodeValue.search(/\\S/) + 1);
    const mark = document.createRange();
    mark.setStart(last, last.nodeValue.lastIndexOf("?"));
    mark.setEnd(last, last.nodeValue.lastIndexOf("?") + 1);
    found.push([text, start.getBoundingClientRect().left < mark.getBoundingClientRect().left]);
  }
  return found;
}"""


def test_an_english_question_in_the_persian_faq_listing_ends_with_its_question_mark(browser, server, persian_admin):
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(f"{server.url}/admin/snippets/services/faqitem/")
        page.wait_for_load_state("networkidle")
        questions = page.evaluate(QUESTION_MARK_AT_THE_END)
        assert questions, "no English question listed"
        assert [text for text, in_order in questions if not in_order] == []
    finally:
        page.context.close()


# For each Persian title in a listing that ends in a full stop or another neutral mark: whether
# its first letter stands right of its last character, as in a right-to-left line.
PERSIAN_TITLE_ENDS_ON_THE_LEFT = """() => {
  const found = [];
  for (const link of document.querySelectorAll("td.title .title-wrapper > a")) {
    const text = link.textContent.trim();
    if (!/^[\u0600-\u06ff]/.test(text) || !/[).!?:]$/.test(text)) continue;
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
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
    found.push([text, start.getBoundingClientRect().left > end.getBoundingClientRect().left]);
  }
  return found;
}"""


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
        titles = page.evaluate(PERSIAN_TITLE_ENDS_ON_THE_LEFT)
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


# Whether the Persian comment quoted in a history listing reads right to left: its first letter
# right of its closing full stop.
PERSIAN_COMMENT_IN_ORDER = """() => {
  const found = [];
  for (const quoted of document.querySelectorAll("table.listing td em")) {
    const node = quoted.firstChild;
    const text = node.nodeValue;
    if (!/^[\u0600-\u06ff]/.test(text)) continue;
    const start = document.createRange();
    start.setStart(node, 0);
    start.setEnd(node, 1);
    const end = document.createRange();
    end.setStart(node, text.length - 1);
    end.setEnd(node, text.length);
    found.push([text, start.getBoundingClientRect().left > end.getBoundingClientRect().left]);
  }
  return found;
}"""


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
        assert page.evaluate(PERSIAN_COMMENT_IN_ORDER) == [[comment, True]]
    finally:
        page.context.close()
        with django_db_blocker.unblock():
            entry.delete()
