"""Poll results on a phone: the narrow columns keep their headings and figures whole, next to
the long option names of the next-e-service poll, and each share's bar runs across the table
(in the share's column it was about 50 px wide, and 16.7% a dot)."""

import pytest

from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db

# How many lines the text of an element takes (its own text, not a progress bar beside it).
TEXT_LINES = """element => {
  const tops = new Set();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width) tops.add(Math.round(rect.top));
  }
  return tops.size;
}"""


@pytest.mark.parametrize("path", ["/en/forms/next-e-service/", "/forms/next-e-service/"])
def test_poll_results_headings_and_shares_do_not_split_on_a_phone(browser, server, path):
    with open_page(browser, 390, 844) as page:
        page.goto(server.url + path)
        page.locator("input[name=option]").first.check()
        with page.expect_navigation():
            page.click("main form button[type=submit]")
        page.evaluate("document.fonts.ready.then(() => true)")
        headings = page.locator(".poll-results thead th")
        assert headings.count() == 3
        for cell in headings.all() + page.locator(".poll-results__votes, .poll-results__percent").all():
            assert cell.evaluate(TEXT_LINES) == 1, f"{cell.inner_text()!r} wraps at 390 px"
        table = page.locator(".poll-results").bounding_box()
        bars = [bar.bounding_box() for bar in page.locator(".poll-bar").all()]
        assert len(bars) == 3 and all(bar["width"] >= 0.9 * table["width"] for bar in bars), (table, bars)
