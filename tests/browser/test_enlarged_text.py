"""Text enlarged to 200% on a phone (WCAG 1.4.4, 1.4.10): the page still fits the screen; only a
data table may scroll, inside its own box."""

import pytest

from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/en/",
    "/services/labour-dispute/",
    "/en/services/labour-dispute/",
    "/tenders/labour-inspection-office-renovation/",
    "/en/tenders/labour-inspection-office-renovation/",
    "/contact/",
    "/en/contact/",
]

# What sticks out of the screen sideways, outside a table's own scrolling box and the bot trap
# (placed far off the page on purpose): the innermost elements, so a report names the culprit.
STICKING_OUT = """() => {
    const outside = e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5); };
    return [...document.body.querySelectorAll('*')]
        .filter(e => outside(e) && !e.closest('.hp-field') && !e.parentElement.closest('.table-scroll'))
        .filter(e => ![...e.children].some(outside))
        .slice(0, 5)
        .map(e => `${e.tagName.toLowerCase()}.${e.className} «${e.textContent.trim().slice(0, 30)}»`);
}"""


def test_text_at_200_percent_on_a_phone_scrolls_no_page_sideways(browser, server):
    too_wide = []
    with open_page(browser, 390, 844) as page:
        for path in PAGES:
            page.goto(server.url + path, wait_until="load")
            page.evaluate("document.documentElement.style.fontSize = '200%'")
            page.evaluate("document.fonts.ready.then(() => true)")
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            if scroll_width > page.evaluate("innerWidth"):
                too_wide.append((path, scroll_width, page.evaluate(STICKING_OUT)))
    assert too_wide == []
