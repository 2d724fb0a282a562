"""The requests desk's audit trail on a phone: a card a step, not a table scrolled sideways.

At 390px the seven-column table scrolled sideways inside its box, each column a few letters
wide and each row a screen tall. There each step is now a card: its cells one under another,
each after its column's name, the empty ones left out; at 1366px it is the table it was.
"""

import pytest

from tests.browser.accounts import sign_in
from tests.browser.card_tables import TABLE_CELLS

pytestmark = pytest.mark.browser


@pytest.fixture
def answered_request(django_db_blocker):
    from forms_pages.factories import CitizenRequestFactory
    from forms_pages.handling import record_answer
    from tests.browser.accounts import persian_superuser

    with django_db_blocker.unblock():
        request = CitizenRequestFactory(subject="پرسش دربارهٔ بیمهٔ بیکاری برای دیدن سابقه روی تلفن")
        staff = persian_superuser("audit-trail-staff")
        record_answer(request, staff, {"status": "under_review", "answer": "", "internal_note": ""})
        record_answer(
            request,
            staff,
            {"status": "answered", "answer": "بیمهٔ بیکاری شما از ماه آینده برقرار می‌شود.", "internal_note": ""},
        )
    yield request
    with django_db_blocker.unblock():
        request.delete()
        staff.delete()


def open_trail(browser, server, user, request, width):
    page = sign_in(browser, server, user.username, viewport={"width": width, "height": 900})
    page.goto(f"{server.url}/admin/citizen-requests/edit/{request.pk}/")
    page.wait_for_load_state("networkidle")
    return page


def test_on_a_phone_each_step_is_a_card_with_its_columns_names(browser, server, persian_admin, answered_request):
    page = open_trail(browser, server, persian_admin, answered_request, 390)
    try:
        trail = page.evaluate(TABLE_CELLS, "table.audit-trail")
        assert trail["page"] <= 390 and trail["table"] <= trail["box"], trail
        assert not trail["headShown"]
        assert len(trail["rows"]) >= 2
        for row in trail["rows"]:
            for cell in row:
                if not cell["text"] and cell["column"] != "پاسخ به متقاضی":
                    assert not cell["shown"], cell  # an empty cell is left out
                if cell["shown"]:
                    assert cell["label"] == f'"{cell["column"]}:"', cell
                    assert cell["width"] >= 300, cell  # the card's whole width, not a sliver
        # The answer's row shows the answer after its name; the row before has no answer cell.
        answers = [cell for row in trail["rows"] for cell in row if cell["column"] == "پاسخ به متقاضی"]
        assert [cell["shown"] for cell in answers if "ماه آینده" in cell["text"]] == [True]
        assert not answers[0]["shown"]
    finally:
        page.context.close()


def test_on_a_laptop_it_stays_a_table(browser, server, persian_admin, answered_request):
    page = open_trail(browser, server, persian_admin, answered_request, 1366)
    try:
        trail = page.evaluate(TABLE_CELLS, "table.audit-trail")
        assert trail["headShown"]
        assert {cell["display"] for row in trail["rows"] for cell in row} == {"table-cell"}
        assert {cell["label"] for row in trail["rows"] for cell in row} == {"none"}
    finally:
        page.context.close()
