"""A triple-click on a Jalali date field selects its whole value, as in any text box.

The first click focuses the field, which opens the calendar, and the page scrolled at once to
make room for it under the field: the next two clicks landed on what had moved under the
pointer (the tags' label, selected instead of the date, the calendar closed). The page now
makes room once the clicks are over (static/js/admin-jalali.js). Here on a news item's date,
low on the screen where the calendar lacks room, in a desktop window with a mouse.

Not at phone width: there the calendar is a sheet at the bottom of the screen, which covers a
field that low until the page has made room, so a mouse's second click can land on the sheet
(it did under a loaded machine's delays); a phone is tapped, and a tap makes room at once.
"""

import pytest

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser

FIELD = """e => ({focused: document.activeElement === e, start: e.selectionStart, end: e.selectionEnd,
  length: e.value.length, top: e.getBoundingClientRect().top,
  open: (c => !!c && c.style.visibility === "visible" && c.style.display !== "none")(document.querySelector("jdp-container"))})"""


def low_on_the_screen(page, field, height):
    """Scroll (with the wheel, whatever scrolls there) until the field is about 70% down the screen."""
    field.evaluate("e => e.scrollIntoView({block: 'center'})")
    box = field.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, box["y"] - 0.7 * height)
    page.wait_for_function(
        f"() => document.querySelector('input[name=date]').getBoundingClientRect().top > {0.6 * height}"
    )
    page.wait_for_timeout(200)
    return field.bounding_box()


@pytest.fixture
def news(django_db_blocker):
    from newsroom.models import NewsPage

    with django_db_blocker.unblock():
        return NewsPage.objects.filter(locale__language_code="fa").live().first()


def test_a_triple_click_selects_the_whole_date(browser, server, persian_admin, news):
    screen = {"width": 1366, "height": 900}
    page = sign_in(browser, server, persian_admin.username, viewport=screen)
    try:
        page.goto(f"{server.url}/admin/pages/{news.pk}/edit/")
        page.wait_for_load_state("networkidle")
        field = page.locator("input[name=date]")
        box = low_on_the_screen(page, field, screen["height"])
        assert box["y"] + box["height"] + 300 > screen["height"], f"the calendar has room under the date: {box}"
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, click_count=3, delay=20)
        now = field.evaluate(FIELD)
        assert now["focused"], f"the clicks left the date field: {now}"
        assert (now["start"], now["end"]) == (0, now["length"]) and now["length"], (
            f"not all the date is selected: {now}"
        )
        assert now["open"], f"no calendar: {now}"
        # Once the clicks are over, the page still makes room for the calendar, and the date stays selected.
        page.wait_for_function(
            f"() => document.querySelector('input[name=date]').getBoundingClientRect().top < {box['y'] - 20}"
        )
        later = field.evaluate(FIELD)
        assert later["focused"] and (later["start"], later["end"]) == (0, later["length"]), later
        assert later["open"], f"the calendar closed: {later}"
    finally:
        page.context.close()
