"""The requests desk's list on a phone: a card a request, every cell on the screen.

At 390px the eight-column table was wider than the screen: the status, the overdue flag and
the due date needed a sideways scroll inside it, and the department stood one word a line.
There each request is now a card: its subject, then each cell after its column's name; at
1366px it is the table it was, each date on one line.
"""

import pytest

from tests.browser.accounts import sign_in
from tests.browser.card_tables import TABLE_CELLS
from tests.browser.test_admin_phone_and_digits import admin_on_a_phone

pytestmark = pytest.mark.browser

LIST = "/admin/citizen-requests/"


def test_on_a_phone_each_request_is_a_card_on_the_screen(browser, server, persian_admin):
    page = admin_on_a_phone(browser, server, persian_admin, LIST)
    try:
        listing = page.evaluate(TABLE_CELLS, "table.desk-list")
    finally:
        page.context.close()
    cells = [cell for row in listing["rows"] for cell in row]
    assert listing["page"] <= 390 and listing["table"] <= listing["box"], listing
    assert not listing["headShown"]
    shown = [cell for cell in cells if cell["shown"]]
    assert {"وضعیت", "دیرکرد", "مهلت پاسخ", "واحد"} <= {cell["column"] for cell in shown}
    for cell in shown:
        assert 0 <= cell["left"] and cell["right"] <= 390, cell  # no sideways scroll to reach it
        if cell["column"] not in ("موضوع", "دیرکرد"):
            assert cell["label"] == f'"{cell["column"]}:"', cell
    # The department on one or two lines, not one word a line.
    departments = [cell for cell in shown if cell["column"] == "واحد"]
    assert departments and all(cell["lines"] <= 2 for cell in departments), departments
    # An empty overdue cell is left out.
    assert not [cell for cell in cells if cell["shown"] and not cell["text"]]


def test_on_a_laptop_the_list_stays_a_table(browser, server, persian_admin):
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(server.url + LIST)
        page.wait_for_load_state("networkidle")
        listing = page.evaluate(TABLE_CELLS, "table.desk-list")
    finally:
        page.context.close()
    cells = [cell for row in listing["rows"] for cell in row]
    assert listing["headShown"]
    assert {cell["display"] for cell in cells} == {"table-cell"}
    assert {cell["label"] for cell in cells} == {"none"}


# Each date cell's text: its white-space and how many lines its words take (the height of its
# text, not the cell's, which the row's two-line subject sets).
DATE_LINES = """() => [...document.querySelectorAll("table.desk-list tbody td.desk-date")].map((td) => {
  const range = document.createRange();
  range.selectNodeContents(td);
  const lines = range.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight);
  return {text: td.textContent.trim(), wrap: getComputedStyle(td).whiteSpace, lines: Math.round(lines)};
})"""


def test_on_a_laptop_each_date_reads_on_one_line(browser, server, persian_admin):
    """At 1366px «۲۷ آبان ۱۴۰۵» and «۳ هفته پیش» stood on two lines beside a long department's
    name; the subject takes the wrapping, and the table still fits its box."""
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(server.url + LIST)
        page.wait_for_load_state("networkidle")
        dates = page.evaluate(DATE_LINES)
        listing = page.evaluate(TABLE_CELLS, "table.desk-list")
    finally:
        page.context.close()
    assert len(dates) >= 2, dates  # the received and the due date of at least one request
    assert all(date["wrap"] == "nowrap" and date["lines"] == 1 for date in dates if date["text"]), dates
    assert listing["table"] <= listing["box"], listing
