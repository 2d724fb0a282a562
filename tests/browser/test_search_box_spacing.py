"""A search box in the page stands apart from what it found: on the search page and the FAQ the
result count («۳ پرسش با «بیمه» جور است») and the «nothing matched» box sat flush against the
box's lower edge, on a phone and on a desktop, in both languages."""

import pytest

from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db

# The gap between the page's search box and the first thing shown under it, in pixels.
GAP_UNDER_THE_BOX = """() => {
    const form = document.querySelector('main .container > form.search-form');
    let next = form.nextElementSibling;
    while (next && next.offsetParent === null) next = next.nextElementSibling;
    return next.getBoundingClientRect().top - form.getBoundingClientRect().bottom;
}"""


@pytest.mark.parametrize("width, height", [(390, 844), (1366, 900)])
@pytest.mark.parametrize(
    "path, locale",
    [
        ("/search/?q=بیمه", "fa-IR"),
        ("/search/?q=qqqzzz", "fa-IR"),
        ("/faq/?q=بیمه", "fa-IR"),
        ("/en/search/?q=insurance", "en-GB"),
        ("/en/search/?q=qqqzzz", "en-GB"),
    ],
)
def test_what_the_search_found_stands_apart_from_the_box(browser, server, path, locale, width, height):
    with open_page(browser, width, height, locale=locale) as page:
        page.goto(server.url + path)
        assert page.evaluate(GAP_UNDER_THE_BOX) >= 12
