"""The services catalogue's filters say beforehand that ticking a box updates the list (WCAG 3.2.2):
a note at the top of the form, read with each group of boxes; without JavaScript a box waits
for the Apply button, and the note is neither shown nor read."""

import pytest

from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db

NOTE = "#catalogue-autosubmit-note"
DESCRIPTIONS = (
    "[...document.querySelectorAll('form.facets fieldset')].map(group => group.getAttribute('aria-describedby'))"
)


@pytest.mark.parametrize(
    "path, locale, text",
    [
        ("/services/", "fa-IR", "با زدن هر گزینه، فهرست به\u200cروز می\u200cشود."),
        ("/en/services/", "en-GB", "The list updates when you tick a box."),
    ],
)
def test_the_filters_say_a_ticked_box_updates_the_list(browser, server, path, locale, text):
    with open_page(browser, 1366, 900, locale=locale) as page:
        page.goto(server.url + path)
        note = page.locator(NOTE)
        assert note.is_visible()
        assert note.inner_text() == text
        # Above the first box, inside the form.
        assert note.evaluate("n => n.parentElement.matches('form.facets')")
        assert note.bounding_box()["y"] < page.locator("form.facets fieldset").first.bounding_box()["y"]
        descriptions = page.evaluate(DESCRIPTIONS)
        assert descriptions and all("catalogue-autosubmit-note" in (d or "").split() for d in descriptions)
    with open_page(browser, 390, 844, locale=locale) as page:
        page.goto(server.url + path)
        page.click(".catalogue-filters__toggle")
        assert page.locator(NOTE).is_visible()


def test_without_javascript_the_note_is_neither_shown_nor_read(browser, server):
    with open_page(browser, 1366, 900, java_script_enabled=False) as page:
        page.goto(server.url + "/services/")
        assert page.locator(NOTE).count() == 1
        assert not page.locator(NOTE).is_visible()
        assert set(page.evaluate(DESCRIPTIONS)) == {None}
        assert page.locator("form.facets button[type=submit]").is_visible()
