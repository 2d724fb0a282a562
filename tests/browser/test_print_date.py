"""A printed page carries the day it is printed, though the page was rendered (and cached) on an
earlier one: the reader's clock is set days after the server's here, as a page cached a while
ago is printed today."""

import datetime

import pytest

from home.language.dates import format_date
from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db

# Noon, so the day is the same in every time zone the browser could be in.
PRINTED_ON = datetime.datetime(2031, 3, 5, 12, 0)


@pytest.mark.parametrize(("path", "language"), [("/services/", "fa"), ("/en/services/", "en")])
def test_the_print_header_shows_the_day_of_printing_not_of_rendering(browser, server, path, language):
    with open_page(browser, 1000, 800, timezone_id="Asia/Tehran") as page:
        page.clock.install(time=PRINTED_ON)
        page.goto(server.url + path)
        rendered = page.locator(".print-header time")
        server_day = format_date(datetime.date.today(), language)
        assert server_day != format_date(PRINTED_ON.date(), language)
        page.emulate_media(media="print")
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        # «۱۴ اسفند ۱۴۰۹» on the Persian page, "5 March 2031" on the English one: the server's pattern.
        assert rendered.inner_text() == format_date(PRINTED_ON.date(), language)
        assert rendered.get_attribute("datetime").startswith("2031-03-05T")
