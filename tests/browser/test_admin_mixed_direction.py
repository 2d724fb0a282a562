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
