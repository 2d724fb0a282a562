"""Typing a new date into a filled Jalali date field replaces the old one.

Tab into a text field and the browser selects its whole value, so what is typed replaces it.
The Jalali fields show Persian digits and turn them Latin on focus for the picker
(static/js/admin-jalali.js); setting the value dropped that selection and left the caret at the
end, so a news item's date typed over with Tab read «1405/09/15 12:211405/09/14 09:30» and
the save was refused. The selection the browser made is kept: Tab, Ctrl+A and a triple click
all replace the date, and the typed date is saved.
"""

import datetime

import pytest
from django.utils import timezone

from tests.browser.accounts import sign_in, submit
from tests.browser.content import live_news_item

pytestmark = pytest.mark.browser

TITLE = "خبر آزمایشی تایپ تاریخ"
TYPED = "1405/09/14 09:30"
DATE = "input[name=date]"


@pytest.fixture
def news(persian_admin, django_db_blocker):
    """A live news item of the test's own, its date set."""
    with live_news_item(
        persian_admin,
        django_db_blocker,
        title=TITLE,
        slug="date-typing-check",
        date=datetime.datetime(2026, 12, 6, 12, 21),
    ) as item:
        yield item


def open_editor(browser, server, persian_admin, news):
    page = sign_in(browser, server, persian_admin.username)
    page.goto(f"{server.url}/admin/pages/{news.pk}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.input_value(DATE) == "۱۴۰۵/۰۹/۱۵ ۱۲:۲۱"
    return page


def tab_into_the_date(page):
    """Reach the date field with Tab from the control before it, as a keyboard user does."""
    page.focus(DATE)
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("() => document.activeElement.name") != "date"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.name") == "date"


def test_a_date_typed_after_tab_replaces_the_old_one_and_saves(browser, server, persian_admin, news, django_db_blocker):
    from jdatetime import datetime as jalali_datetime

    from newsroom.models import NewsPage

    page = open_editor(browser, server, persian_admin, news)
    try:
        tab_into_the_date(page)
        page.keyboard.type(TYPED)
        assert page.input_value(DATE) == TYPED
        page.keyboard.press("Escape")
        page.locator("[name=title]").focus()
        assert page.input_value(DATE) == "۱۴۰۵/۰۹/۱۴ ۰۹:۳۰"
        submit(page, "footer button.action-save")
        assert page.locator(".error-message, .w-field--error").count() == 0
        assert page.input_value(DATE) == "۱۴۰۵/۰۹/۱۴ ۰۹:۳۰"
        with django_db_blocker.unblock():
            draft = NewsPage.objects.get(pk=news.pk).get_latest_revision_as_object()
        saved = jalali_datetime.fromgregorian(datetime=timezone.localtime(draft.date))
        assert saved.strftime("%Y/%m/%d %H:%M") == TYPED
    finally:
        page.context.close()


@pytest.mark.parametrize("how", ["ctrl+a", "triple click"])
def test_a_selected_date_is_replaced_by_what_is_typed(browser, server, persian_admin, news, how):
    page = open_editor(browser, server, persian_admin, news)
    try:
        if how == "ctrl+a":
            page.click(DATE)
            page.keyboard.press("Control+A")
        else:
            # The first click opens the calendar, and the page may scroll to make room for it:
            # the triple click is made on the field where it then stands.
            page.click(DATE)
            page.click(DATE, click_count=3)
        page.keyboard.type(TYPED)
        assert page.input_value(DATE) == TYPED
    finally:
        page.context.close()


def test_the_caret_stays_where_it_was(browser, server, persian_admin, news):
    """Focus that selects nothing keeps the caret: one digit typed after the day's first."""
    page = open_editor(browser, server, persian_admin, news)
    try:
        page.evaluate(
            """s => { const input = document.querySelector(s); input.setSelectionRange(9, 9);
                      document.querySelector("[name=title]").focus(); input.focus(); }""",
            DATE,
        )
        page.keyboard.press("Escape")
        page.keyboard.type("0")
        assert page.input_value(DATE) == "1405/09/105 12:21"
    finally:
        page.context.close()
