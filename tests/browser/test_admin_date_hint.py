"""An empty Jalali date box's hint reads in the order of a date typed in it: year on the left.

A date is typed left to right («1405/09/14 09:30», the field is dir="ltr"), and the hint
«سال/ماه/روز ساعت:دقیقه» (home/language/jalali_input.py, FORMAT_HINTS) must put its words in
the same places. Persian words with nothing between them but "/" and ":" are one right-to-left
run, which reads the other way round (year on the right); the hint's left-to-right marks hold
each word in its place. A placeholder is drawn in the browser's shadow DOM, out of reach of a
DOM measure, so the test reads the pixels: the hint is drawn as rendered and again with the
year's word made longer, and the columns that change are the year's. Checked in the schedule
dialog, a tender's dates and the site banner's dates, at 1366px and 390px; the same measure
of the hint without its marks finds the year on the right, so the measure can tell.
"""

import io

import pytest
from PIL import Image, ImageChops

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser

SCREENS = [{"width": 1366, "height": 900}, {"width": 390, "height": 844}]
YEAR = "سال"
LONGER_YEAR = "سالیانه"  # its left end differs from «سال»'s, so the change starts where the word does
UNMARKED = "سال/ماه/روز ساعت:دقیقه"

INSIDE = """s => {
  const e = document.querySelector(s);
  const r = e.getBoundingClientRect();
  const c = getComputedStyle(e);
  const x = parseFloat(c.borderLeftWidth) + 2, y = parseFloat(c.borderTopWidth) + 2;
  return {x: r.left + x, y: r.top + y, width: r.width - 2 * x, height: r.height - 2 * y};
}"""


def inside(page, selector):
    """The field's inside (no border), as a greyscale image."""
    return Image.open(io.BytesIO(page.screenshot(clip=page.evaluate(INSIDE, selector)))).convert("L")


def drawn(image):
    background = image.getpixel((1, 1))
    return image.point(lambda value: 255 if abs(value - background) > 40 else 0).getbbox()


def set_hint(page, selector, text):
    page.evaluate("([s, t]) => { document.querySelector(s).placeholder = t; }", [selector, text])


def year_side(page, selector):
    """'left' or 'right': where the year's word of the field's placeholder is drawn."""
    hint = page.get_attribute(selector, "placeholder")
    page.locator(selector).scroll_into_view_if_needed()
    shown = inside(page, selector)
    set_hint(page, selector, hint.replace(YEAR, LONGER_YEAR))
    longer = inside(page, selector)
    set_hint(page, selector, hint)
    ink, ink_longer = drawn(shown), drawn(longer)
    changed = ImageChops.difference(shown, longer).point(lambda value: 255 if value > 40 else 0).getbbox()
    assert ink and changed, f"no hint drawn in {selector}"
    if abs(ink[0] - ink_longer[0]) <= 1:  # drawn from the left: a year there changes it from its start
        return "left" if changed[0] - ink[0] <= 3 else "right"
    return "right" if ink[2] - changed[2] <= 3 else "left"


def empty(page, selector):
    page.evaluate("s => { document.querySelector(s).value = ''; }", selector)
    return selector


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    from newsroom.models import NewsPage
    from tenders.models import TenderPage

    with django_db_blocker.unblock():
        news = NewsPage.objects.filter(locale__language_code="fa").live().first()
        tender = TenderPage.objects.filter(locale__language_code="fa").live().first()
    return news.pk, tender.pk


@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: f"{screen['width']}px")
def test_the_date_hint_puts_the_year_on_the_left(browser, server, persian_admin, pages, screen):
    news, tender = pages
    page = sign_in(browser, server, persian_admin.username, viewport=screen)
    try:
        sides = {}
        page.goto(f"{server.url}/admin/settings/home/sitebanner/")
        page.wait_for_load_state("networkidle")
        sides["banner, shown from"] = year_side(page, empty(page, "input[name=starts_at]"))

        page.goto(f"{server.url}/admin/pages/{tender}/edit/")
        page.wait_for_load_state("networkidle")
        sides["tender, documents from"] = year_side(page, empty(page, "input[name=documents_from]"))

        page.goto(f"{server.url}/admin/pages/{news}/edit/")
        page.wait_for_load_state("networkidle")
        page.click("[data-side-panel-toggle=status]")
        page.click("[data-a11y-dialog-show=schedule-publishing-dialog]")
        field = empty(page, "#schedule-publishing-dialog input[name=go_live_at]")
        page.locator(field).wait_for(state="visible")
        sides["schedule dialog, go live"] = year_side(page, field)
        assert sides == dict.fromkeys(sides, "left")

        # The measure tells the two apart: the same words without their marks, one right-to-left
        # run, read with the year on the right.
        set_hint(page, field, UNMARKED)
        assert year_side(page, field) == "right"
    finally:
        page.context.close()
