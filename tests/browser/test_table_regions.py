"""A table that scrolls in its own box on a phone (WCAG 2.1.1, 4.1.2): the box is reached with the
keyboard, to scroll it, and is a region named by its heading."""

import pytest

from tests.browser.conftest import open_page, run_axe

pytestmark = pytest.mark.django_db

NAME_OF = """box => (box.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean)
    .map(id => document.getElementById(id)).map(e => e ? e.textContent.trim() : '').join(' ')"""


def test_a_service_cards_linked_systems_table_scrolls_in_a_named_region_the_keyboard_reaches(browser, server):
    with open_page(browser, 390, 844, locale="en-GB", bypass_csp=True) as page:
        page.goto(server.url + "/en/services/labour-dispute/")
        box = page.locator("section[aria-labelledby=systems-heading] .table-scroll")
        # The phone's table is wider than its box: the box scrolls.
        assert box.evaluate("e => e.scrollWidth > e.clientWidth")
        assert box.get_attribute("role") == "region"
        assert box.evaluate(NAME_OF) == "Links to other systems"
        box.focus()
        assert box.evaluate("e => e === document.activeElement && getComputedStyle(e).outlineStyle !== 'none'")
        violations = run_axe(page)
    assert [violation for violation in violations if violation[0] == "scrollable-region-focusable"] == []
    assert violations == []
