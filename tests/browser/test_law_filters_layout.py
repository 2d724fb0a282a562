"""The law index's filters sit side by side on a wide screen, each list no wider than its
choices need (they were each as wide as the page, 1,120 px at 1366), and fit a phone."""

import pytest

from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db

BOXES = """() => [...document.querySelectorAll("form.filters select, form.filters button")]
    .map((element) => element.getBoundingClientRect().toJSON())"""


@pytest.mark.parametrize("path", ["/laws/", "/en/laws/"])
def test_law_filters_share_a_row_on_a_wide_screen_and_fit_a_phone(browser, server, path):
    with open_page(browser, 1366, 900) as page:
        page.goto(server.url + path)
        kind, status, button = page.evaluate(BOXES)
        assert kind["bottom"] == status["bottom"] and abs(button["bottom"] - kind["bottom"]) <= 2
        assert kind["width"] <= 320 and status["width"] <= 320
        page.set_viewport_size({"width": 390, "height": 844})
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert all(box["left"] >= 0 and box["right"] <= 390 for box in page.evaluate(BOXES))
