"""The Jalali calendar never stands between an editor and the footer's Save button.

Left to the picker, the calendar opened under a date field down to the bottom of the screen,
over the editor's fixed footer: an editor who typed or picked a date and then pressed Save
pressed the calendar instead (nothing happened), until Escape or a click elsewhere closed it.
Here, on a tender's edit form (eight date and date-time fields) at 1366px and on a 390px
phone: the open calendar stays clear of the footer, picking a day closes it,
Tab closes it (or gives it to the next date field), Escape closes it, and right after each the
point at the centre of Save is Save.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser

SCREENS = [{"width": 1366, "height": 900}, {"width": 390, "height": 844}]

# What the calendar and the footer's Save button occupy on the screen, and what a click at the
# centre of Save would reach.
STATE = """() => {
  const save = document.querySelector("footer.footer button.action-save");
  const calendar = document.querySelector("jdp-container");
  const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const open = !!calendar && calendar.style.visibility === "visible" && calendar.style.display !== "none";
  const s = save.getBoundingClientRect();
  const onScreen = s.bottom > 0 && s.top < window.innerHeight;
  const hit = onScreen ? document.elementFromPoint(s.left + s.width / 2, s.top + s.height / 2) : null;
  return {
    open,
    calendar: open ? box(calendar) : null,
    footer: box(document.querySelector("footer.footer")),
    saveOnScreen: onScreen,
    saveReached: !!hit && save.contains(hit),
    hit: hit ? hit.outerHTML.slice(0, 80) : null,
  };
}"""


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# Resolves once the element and the page have not moved for a few frames, and the picker's
# opening (300 ms, after which it shows the calendar again) is over: on a phone the page
# scrolls to keep the field above the calendar's sheet, the sheet is lifted over the footer,
# and a day tapped while either was under way could be moved from under the pointer.
STILL = """(element) => new Promise((resolve) => {
  const opened = performance.now();
  let last = null;
  let still = 0;
  const look = () => {
    const box = element.getBoundingClientRect();
    const now = [box.x, box.y, box.width, box.height, document.scrollingElement.scrollTop].join();
    still = now === last ? still + 1 : 0;
    last = now;
    if (still >= 5 && performance.now() - opened > 350) resolve(true);
    else requestAnimationFrame(look);
  };
  look();
})"""


def tap_when_still(day, hold=0):
    """Click once the day stands still, holding the button `hold` milliseconds (a person's click
    holds it about a tenth of a second; Playwright's, not at all)."""
    day.evaluate(STILL)
    day.click(delay=hold)


def type_and_open_again(page, field, text):
    """Type `text` over the field's date, close the calendar with Escape and leave the field; then
    focus it again, once the closing calendar is hidden (under load it was still shown when the
    field took focus, and a day was tapped on it), and wait for the calendar of the typed date."""
    field.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
    page.keyboard.press("Escape")
    field.evaluate("e => e.blur()")
    expect(page.locator("jdp-container .jdp-day").first).to_be_hidden()
    field.focus()
    expect(page.locator("jdp-container .jdp-day").first).to_be_visible()


def calendar_of_typed_date(page, server, tender, text):
    """The tender's editor opened, `text` typed in its first date-time field and the calendar
    open on it; returns the field."""
    page.goto(f"{server.url}/admin/pages/{tender.pk}/edit/")
    page.wait_for_load_state("networkidle")
    field = page.locator("form input[data-jdp]:not([data-jdp-only-date]):visible").first
    type_and_open_again(page, field, text)
    return field


def state(page):
    return page.evaluate(STATE)


def assert_clear_of_footer(now, where):
    if now["open"] and now["footer"][3] > 0:
        assert not overlaps(now["calendar"], now["footer"]), f"the calendar covers the footer {where}: {now}"


def save_is_reachable(page, where):
    """Bring Save onto the screen the way a person scrolls to it, and check it is Save there."""
    page.locator("footer.footer button.action-save").scroll_into_view_if_needed()
    now = state(page)
    assert now["saveOnScreen"] and now["saveReached"], f"Save is covered {where}: {now}"


@pytest.fixture
def tender(django_db_blocker):
    from tenders.models import TenderPage

    with django_db_blocker.unblock():
        return TenderPage.objects.filter(locale__language_code="fa", opening_at__isnull=False).live().first()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: f"{screen['width']}px")
def test_the_calendar_closes_and_leaves_save_clickable(browser, server, persian_admin, tender, screen):
    page = sign_in(browser, server, persian_admin.username, viewport=screen)
    try:
        page.goto(f"{server.url}/admin/pages/{tender.pk}/edit/")
        page.wait_for_load_state("networkidle")
        fields = page.locator("form input[data-jdp]:visible")
        names = [fields.nth(i).get_attribute("name") for i in range(fields.count())]
        assert len(names) >= 4, names
        for name in names:
            field = f"input[name='{name}']"
            where = f"at {screen['width']}px, {name}"

            # Picked: the calendar opens clear of the footer and closes on the day.
            page.click(field)
            page.wait_for_timeout(350)  # the picker's opening animation
            now = state(page)
            assert now["open"], where
            assert_clear_of_footer(now, where)
            page.locator("jdp-container .jdp-day:not(.not-in-month):not(.disabled-day)").nth(9).click()
            page.wait_for_timeout(100)
            assert not state(page)["open"], f"the calendar stays open after a day was picked {where}"
            save_is_reachable(page, where)

            # Typed: the calendar stays open while typing, clear of the footer, so Save can be
            # pressed at once; Tab closes it.
            page.click(field)
            page.keyboard.press("Control+A")
            only_date = page.locator(field).evaluate("e => e.hasAttribute('data-jdp-only-date')")
            page.keyboard.type("1405/09/20" if only_date else "1405/09/20 10:30")
            page.wait_for_timeout(350)
            now = state(page)
            assert now["open"], where
            assert_clear_of_footer(now, where)
            if now["saveOnScreen"]:
                assert now["saveReached"], f"Save is covered after typing a date {where}: {now}"
            # Tab closes it, unless Tab lands on the next date field: the calendar is then that
            # field's, as when it is clicked.
            page.keyboard.press("Tab")
            page.wait_for_timeout(350)
            next_is_a_date = page.evaluate("() => document.activeElement.hasAttribute('data-jdp')")
            now = state(page)
            assert now["open"] == next_is_a_date, f"after Tab {where}: {now}"
            assert_clear_of_footer(now, where)
            page.keyboard.press("Escape")
            page.wait_for_timeout(350)
            assert not state(page)["open"], f"Escape leaves the calendar open {where}"
            save_is_reachable(page, where)
    finally:
        page.context.close()


def test_the_calendar_stands_on_the_phone_footer(browser, server, persian_admin, tender):
    """On a phone the calendar is a sheet at the bottom of the screen; with the footer on the
    screen (the form scrolled to its end) the sheet stands on it, not over Save."""
    page = sign_in(browser, server, persian_admin.username, viewport=SCREENS[1])
    try:
        page.goto(f"{server.url}/admin/pages/{tender.pk}/edit/")
        page.wait_for_load_state("networkidle")
        last = page.locator("form input[data-jdp]:visible").last
        last.scroll_into_view_if_needed()
        page.evaluate("() => document.querySelector('footer.footer').scrollIntoView({block: 'end'})")
        box = last.bounding_box()
        assert 0 < box["y"] < SCREENS[1]["height"], "the last date field is not on the screen with the footer"
        last.focus()
        page.wait_for_timeout(350)
        now = state(page)
        assert now["open"] and now["saveOnScreen"], now
        assert_clear_of_footer(now, "at 390px, the last date field")
        assert now["saveReached"], now
    finally:
        page.context.close()


# Within the picker's 300 ms opening animation, in one go, so even a fast machine is this quick:
# the field is focused (the calendar opens), then closed as a person closes it.
CLOSE_AT_ONCE = {
    "Escape": """(field) => {
        field.focus();
        field.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true}));
    }""",
    "leaving the field": """(field) => {
        field.focus();
        field.blur();
    }""",
}


@pytest.mark.parametrize("close", sorted(CLOSE_AT_ONCE))
def test_a_calendar_closed_while_it_opens_stays_closed(browser, server, persian_admin, tender, close):
    """The picker shows its calendar at once and again at the end of its 300 ms opening: a
    quick typist's Escape (or a quick Tab) in between closed it, and it came back by itself, over
    the footer's Save (seen in CI, where the walk's Escape after typing a date left it open)."""
    page = sign_in(browser, server, persian_admin.username, viewport=SCREENS[0])
    try:
        page.goto(f"{server.url}/admin/pages/{tender.pk}/edit/")
        page.wait_for_load_state("networkidle")
        fields = page.locator("form input[data-jdp]:visible")
        fields.first.evaluate(CLOSE_AT_ONCE[close])
        page.wait_for_timeout(500)
        assert not state(page)["open"], f"the calendar came back after {close}"
        # A click on the field opens it again (after Escape the field keeps the focus, and the
        # picker opens only on focus).
        fields.first.click()
        page.wait_for_timeout(350)
        assert state(page)["open"]
    finally:
        page.context.close()


def test_a_day_picked_for_an_empty_date_time_field_comes_at_a_round_time(browser, server, persian_admin, tender):
    """Tapping a day in an empty date-time field gave it the minute of the tap (۰۲:۵۲): a
    deadline picked by touch got an odd time. It gets 00:00, the time the server reads for a
    date typed without one; a field that has a time keeps it when another day is picked."""
    page = sign_in(browser, server, persian_admin.username, viewport=SCREENS[1])
    try:
        page.clock.set_fixed_time("2026-12-06T10:37:00Z")
        page.goto(f"{server.url}/admin/pages/{tender.pk}/edit/")
        page.wait_for_load_state("networkidle")
        field = page.locator("form input[data-jdp]:not([data-jdp-only-date]):visible").first
        day = page.locator("jdp-container .jdp-day:not(.not-in-month):not(.disabled-day)").nth(9)

        field.evaluate("e => { e.value = ''; }")
        # Opened by focus, not by a mouse press on the field: after a press the page waits half a
        # second before it makes room for the calendar (a triple-click's clicks land where they
        # were aimed, test_admin_date_triple_click.py), and under load a day tapped in that
        # moment could be moved away under the pointer. This test is about the time a picked
        # day gets, not about how the calendar was opened.
        field.focus()
        # The calendar opens on focus; under load a fixed 350 ms was not always enough, and the
        # tap reached no day (the field stayed empty).
        expect(page.locator("jdp-container .jdp-day").first).to_be_visible()
        tap_when_still(day)
        expect(field).not_to_have_value("")
        field.evaluate("e => e.blur()")  # left, the field shows Persian digits again
        picked = field.input_value()
        assert picked.endswith(" ۰۰:۰۰"), picked

        type_and_open_again(page, field, "1405/09/20 14:30")
        tap_when_still(page.locator("jdp-container .jdp-day:not(.not-in-month):not(.disabled-day)").nth(3))
        expect(field).not_to_have_value(re.compile("^(1405/09/20|۱۴۰۵/۰۹/۲۰) "))  # another day, in either digits
        field.evaluate("e => e.blur()")
        kept = field.input_value()
        assert kept.endswith(" ۱۴:۳۰") and kept != "۱۴۰۵/۰۹/۲۰ ۱۴:۳۰", kept
    finally:
        page.context.close()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: f"{screen['width']}px")
def test_a_day_held_as_long_as_a_persons_click_is_picked(browser, server, persian_admin, tender, screen):
    """A day pressed for a tenth of a second, as a person clicks with a mouse, was never picked:
    the press took the focus from the field, the field's leaving closed the calendar, and the
    release landed on the page behind it (Playwright's clicks, released at once, got through).
    The month's arrow, held as long, keeps the calendar open on the next month; the day picked
    there closes it, and the field keeps the focus."""
    page = sign_in(browser, server, persian_admin.username, viewport=screen)
    try:
        page.goto(f"{server.url}/admin/pages/{tender.pk}/edit/")
        page.wait_for_load_state("networkidle")
        field = page.locator("form input[data-jdp]:visible").first
        before = field.input_value()
        field.focus()
        month = page.locator("jdp-container .jdp-month select")
        expect(month).to_be_visible()
        shown_month = month.input_value()

        tap_when_still(page.locator("jdp-container .jdp-months .jdp-icon-plus"), hold=120)
        expect(month).not_to_have_value(shown_month)
        assert state(page)["open"], "the calendar closed when its month's arrow was clicked"

        tap_when_still(page.locator("jdp-container .jdp-day:not(.not-in-month):not(.disabled-day)").nth(3), hold=120)
        expect(page.locator("jdp-container .jdp-day").first).to_be_hidden()
        assert field.evaluate("e => e === document.activeElement"), "the field lost the focus to the calendar"
        field.evaluate("e => e.blur()")
        assert field.input_value() not in ("", before), field.input_value()

        # The day already chosen, clicked again, closes it too.
        field.focus()
        chosen = page.locator("jdp-container .jdp-day.selected")
        expect(chosen).to_be_visible()
        tap_when_still(chosen, hold=120)
        expect(page.locator("jdp-container .jdp-day").first).to_be_hidden()
    finally:
        page.context.close()


def test_the_months_arrow_after_esfand_goes_on_to_farvardin_of_the_next_year(browser, server, persian_admin, tender):
    """The picker's arrow after Esfand showed Farvardin of the same year: an editor in Esfand
    picking a deadline for Nowruz got a date a year in the past. Back from Farvardin, the arrow
    shows Esfand of the year before."""
    page = sign_in(browser, server, persian_admin.username, viewport=SCREENS[0])
    try:
        field = calendar_of_typed_date(page, server, tender, "1405/12/10 10:00")
        year = page.locator("jdp-container .jdp-years select")
        month = page.locator("jdp-container .jdp-month select")
        expect(month).to_have_value("12")
        tap_when_still(page.locator("jdp-container .jdp-months .jdp-icon-plus"), hold=120)
        expect(month).to_have_value("1")
        expect(year).to_have_value("1406")
        tap_when_still(page.locator("jdp-container .jdp-day:not(.not-in-month):not(.disabled-day)").nth(0), hold=120)
        field.evaluate("e => e.blur()")
        assert field.input_value().startswith("۱۴۰۶/۰۱/۰۱ "), field.input_value()

        field.focus()
        tap_when_still(page.locator("jdp-container .jdp-months .jdp-icon-minus"), hold=120)
        expect(month).to_have_value("12")
        expect(year).to_have_value("1405")
    finally:
        page.context.close()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: f"{screen['width']}px")
def test_a_picked_day_shows_in_persian_digits_and_the_calendar_opens_on_it_again(
    browser, server, persian_admin, tender, screen
):
    """After a pick the field keeps the focus, and it showed the picker's Latin digits until it
    was left. It shows Persian digits at once; a click on it, or Alt+ArrowDown, opens the
    calendar again on the picked day's month with that day chosen (the picker is given back the
    Latin digits it reads)."""
    page = sign_in(browser, server, persian_admin.username, viewport=screen)
    try:
        field = calendar_of_typed_date(page, server, tender, "1405/10/05 09:30")
        month = page.locator("jdp-container .jdp-month select")
        expect(month).to_have_value("10")
        tap_when_still(page.locator("jdp-container .jdp-day:not(.not-in-month):not(.disabled-day)").nth(11), hold=120)
        expect(page.locator("jdp-container .jdp-day").first).to_be_hidden()
        assert field.evaluate("e => e === document.activeElement"), "the field lost the focus"
        picked = field.input_value()
        assert re.fullmatch("۱۴۰۵/۱۰/[۰-۹]{2} ۰۹:۳۰", picked), picked
        day = picked[8:10].lstrip("۰")

        for open_again in (lambda: field.click(), lambda: page.keyboard.press("Alt+ArrowDown")):
            open_again()
            expect(month).to_have_value("10")
            expect(page.locator("jdp-container .jdp-day.selected")).to_have_text(day)
            page.keyboard.press("Escape")
            expect(page.locator("jdp-container .jdp-day").first).to_be_hidden()
    finally:
        page.context.close()
