"""The header's Tab order follows what the screen shows (WCAG 2.4.3, 1.3.2): on a wide screen the
language links, the menu, then the search box at the end of the menu's row (Tab went from the
language links to the box, then back to the menu's first item); in a phone's open menu the box on
top, then the menu (Tab went through the whole menu before reaching the box drawn above it)."""

import pytest

from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db

FOCUSED = "document.activeElement.matches('.main-nav a') ? 'menu' : document.activeElement.id"


@pytest.mark.parametrize("path, locale", [("/", "fa-IR"), ("/en/", "en-GB")])
def test_on_a_wide_screen_tab_reaches_the_menu_before_the_search_box(browser, server, path, locale):
    with open_page(browser, 1366, 900, locale=locale) as page:
        page.goto(server.url + path)
        page.locator(".lang-switch a").last.focus()
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUSED) == "menu"
        visited = [page.evaluate(FOCUSED)]
        while visited[-1] == "menu":
            page.keyboard.press("Tab")
            visited.append(page.evaluate(FOCUSED))
        assert visited[-1] == "site-search-wide"
        assert visited.count("menu") == page.locator(".main-nav a").count()
        # On screen the box is on the menu's row, after it; the phone's box is not there to reach.
        assert not page.locator("#site-search").is_visible()
        box = page.locator("#site-search-wide").bounding_box()
        last_link = page.locator(".main-nav a").last.bounding_box()
        assert box["y"] < last_link["y"] + last_link["height"]


def test_a_phones_open_menu_still_shows_the_search_box_above_the_links(browser, server):
    with open_page(browser, 390, 844) as page:
        page.goto(server.url + "/")
        page.click(".site-menu__toggle")
        box = page.locator("#site-search").bounding_box()
        first_link = page.locator(".main-nav a").first.bounding_box()
        assert box["y"] + box["height"] <= first_link["y"]


@pytest.mark.parametrize("path, locale", [("/", "fa-IR"), ("/en/", "en-GB")])
def test_in_a_phones_open_menu_tab_reaches_the_search_box_before_the_menu(browser, server, path, locale):
    with open_page(browser, 390, 844, locale=locale) as page:
        page.goto(server.url + path)
        page.click(".site-menu__toggle")
        assert not page.locator("#site-search-wide").is_visible()
        page.locator(".site-menu__toggle").focus()
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUSED) == "site-search"
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('.search-form') !== null")
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUSED) == "menu"
        assert page.evaluate("document.activeElement.textContent") == page.locator(".main-nav a").first.text_content()
        # What Tab visits in the menu goes down the screen: each stop no higher than the one before.
        tops = []
        for _ in range(page.locator(".main-nav a").count() - 1):
            tops.append(page.evaluate("document.activeElement.getBoundingClientRect().top + window.scrollY"))
            page.keyboard.press("Tab")
        assert tops == sorted(tops)
