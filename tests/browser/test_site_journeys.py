"""Citizen journeys through the base site in a real browser, plus accessibility and HTML validity."""

import urllib.request

import pytest

from tests.browser.conftest import run_axe
from tests.html_checks import validate_html

pytestmark = pytest.mark.django_db

BASE_PAGES = {
    "home-fa": "/",
    "home-en": "/en/",
    "section-fa": "/labour-relations/",
    "section-en": "/en/labour-relations/",
    "standard-fa": "/labour-relations/dispute-boards/",
    "about-en": "/en/about/",
    "search-fa": "/search/?q=%D8%B1%D9%88%D8%A7%D8%A8%D8%B7",
    "search-en": "/en/search/?q=labour",
    "notfound-fa": "/no-such-page/",
}


def test_language_switch_goes_to_the_translation(page, server):
    page.goto(server.url + "/labour-relations/")
    assert page.get_attribute("html", "dir") == "rtl"
    page.click(".lang-switch a[hreflang=en]")
    page.wait_for_load_state()
    assert page.url == server.url + "/en/labour-relations/"
    assert page.get_attribute("html", "lang") == "en"
    assert page.get_attribute("html", "dir") == "ltr"
    page.click(".lang-switch a[hreflang=fa]")
    assert page.url == server.url + "/labour-relations/"


def test_search_from_the_home_page_with_arabic_letters(page, server):
    page.goto(server.url + "/")
    page.fill("#hero-search", "روابط كار")  # Arabic kaf
    page.press("#hero-search", "Enter")
    page.wait_for_load_state()
    assert "روابط کار" in page.locator("ol.listing").inner_text()


def test_persian_text_renders_joined_and_right_to_left(page, server):
    page.goto(server.url + "/")
    heading = page.locator("h1")
    box = heading.bounding_box()
    # RTL: the heading hugs the right edge of its container.
    container = page.locator(".hero").bounding_box()
    assert abs((box["x"] + box["width"]) - (container["x"] + container["width"])) < 40
    font = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert "Vazirmatn" in font
    assert page.evaluate("document.fonts.check('16px Vazirmatn', 'کار')")
    assert page.console_errors == []


def test_print_view_hides_navigation(page, server):
    page.goto(server.url + "/labour-relations/dispute-boards/")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert page.locator("main h1").is_visible()


def test_skip_link_is_the_first_tab_stop(page, server):
    page.goto(server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main-content"


@pytest.mark.parametrize("name", sorted(BASE_PAGES))
def test_no_wcag_violations(axe_page, server, name):
    axe_page.goto(server.url + BASE_PAGES[name])
    assert run_axe(axe_page) == []


def test_html_of_every_base_page_type_is_valid(server):
    documents = {}
    for name, path in BASE_PAGES.items():
        try:
            with urllib.request.urlopen(server.url + path) as response:
                documents[name] = response.read().decode()
        except urllib.error.HTTPError as error:  # the 404 page is still a document to check
            documents[name] = error.read().decode()
    assert validate_html(documents) == []
