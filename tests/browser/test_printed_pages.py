"""Each kind of page as printed (print media, an A4 sheet's width): the page's words, none of the
screen's chrome to press, nothing beyond the sheet's edge."""

import subprocess

import pytest

from tests.browser.accounts import sign_in
from tests.browser.citizen import open_request, send_request
from tests.browser.conftest import open_page
from tests.browser.test_admin_jalali_walk import accounts  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db

# An A4 sheet less Chromium's default margins, in CSS pixels.
SHEET_WIDTH = 718

PAGES = [
    "/forms/labour-law-course-registration/",  # an online form
    "/forms/e-services-satisfaction/",  # a survey
    "/contact/",  # the contact form and the departments' cards
    "/track/",  # following a request
    "/services/unemployment-insurance/",
    "/news/job-fair-tehran/",
    "/tenders/cleaning-services-1405/",
    "/en/contact/",
    "/en/tenders/cleaning-services-1405/",
    "/search/?q=%DA%A9%D8%A7%D8%B1",
]

# Whatever the screen shows to press or to move around with, as printed.
CHROME = (
    "button, input[type=submit], input[type=reset], input[type=button], input[type=file], .file-input__button,"
    " .skip-link, .site-header, nav, .breadcrumbs, .site-footer, .site-banner, .search-form, .pagination,"
    " .form-copies a, .search-kinds, .catalogue-filters, .tender-tabs, .feed-links"
)

PRINTED_CHROME = """selector => [...document.querySelectorAll(selector)]
    .filter(element => element.checkVisibility())
    .map(element => element.outerHTML.slice(0, 80))"""

# Elements reaching past either edge of the sheet (the contact form's bot trap, set 10,000 px off
# the page's side for screen readers and bots, made Chromium print the page shrunk and cut).
BEYOND_THE_EDGE = """width => [...document.querySelectorAll("body *")]
    .filter(element => element.checkVisibility())
    .filter(element => { const box = element.getBoundingClientRect();
                         return box.width > 0 && (box.left < -1 || box.right > width + 1); })
    .map(element => element.outerHTML.slice(0, 80))"""


@pytest.fixture
def print_page(browser):
    context = browser.new_context(viewport={"width": SHEET_WIDTH, "height": 1000}, locale="fa-IR")
    page = context.new_page()
    page.emulate_media(media="print")
    yield page
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_a_printed_page_has_nothing_to_press_and_fits_its_sheet(print_page, server, path):
    print_page.goto(server.url + path)
    assert print_page.locator("main h1").is_visible()
    assert print_page.evaluate(PRINTED_CHROME, CHROME) == []
    assert print_page.evaluate(BEYOND_THE_EDGE, SHEET_WIDTH) == []


def test_a_printed_form_keeps_each_label_on_the_sheet_of_its_box(print_page, server, tmp_path):
    """The survey's last question ended its first sheet and its box began the second; its
    «Send» button then took a third of its own. Now the question and its box share a sheet."""
    print_page.goto(server.url + "/forms/e-services-satisfaction/")
    path = tmp_path / "survey.pdf"
    print_page.pdf(path=str(path), format="A4")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()
    sheets = [sheet for sheet in text.split("\f") if sheet.strip()]
    assert "ارسال" not in text  # the button's word
    question = "پیشنهاد شما برای بهتر شدن خدمت"
    assert question in text
    # The box is the sheet's last thing: the question is on the last sheet with any text.
    assert question in sheets[-1]
    assert len(sheets) == 2


def test_printed_search_results_say_what_was_searched_for(print_page, server):
    print_page.goto(server.url + "/search/?q=%DA%A9%D8%A7%D8%B1")
    assert print_page.get_by_text("عبارت جست‌وجو: کار").is_visible()
    print_page.emulate_media(media="screen")
    assert not print_page.get_by_text("عبارت جست‌وجو: کار").is_visible()  # on screen, the search box says it


def test_a_printed_request_page_is_its_status_history_and_text(browser, server):
    """A citizen prints the page of their request: its facts, history and text, without the
    reply box, the downloads, the link to forget it and the «reply sent» notice of the moment
    (all printed before)."""
    with open_page(browser, SHEET_WIDTH, 1000) as page:
        subject, text = "پرسش دربارهٔ بیمه بیکاری", "مدارک لازم برای ثبت درخواست بیمه بیکاری چیست؟"
        code = send_request(page, server, subject, text, "09121112233", name="رضا کریمی")
        open_request(page, server, code, "09121112233")
        page.fill(".request-reply textarea[name=text]", "کارت ملی را هم پیوست می‌کنم.")
        page.click(".request-reply button[type=submit]")
        page.wait_for_load_state("networkidle")
        assert page.locator("#messages").is_visible()  # on screen, the reply was sent
        assert page.locator("section[aria-labelledby=downloads-heading]").is_visible()
        page.emulate_media(media="print")
        assert page.get_by_text("مدارک لازم برای ثبت درخواست بیمه بیکاری چیست؟").is_visible()
        assert page.locator(".request-facts").is_visible() and page.locator(".request-history").is_visible()
        printed_controls = page.evaluate(PRINTED_CHROME, "form, input:not([type=hidden]), textarea, select")
        assert printed_controls == []
        assert not page.locator("section[aria-labelledby=downloads-heading]").is_visible()
        assert not page.locator("main a[href$='/track/done/']").is_visible()
        assert not page.locator("#messages").is_visible()
        assert page.get_by_text("کارت ملی را هم پیوست می‌کنم.").is_visible()  # the reply, in the history


@pytest.mark.usefixtures("accounts")
def test_a_page_printed_by_signed_in_staff_shows_no_editing_bar(browser, server):
    """Wagtail's user bar (a fixed button in the corner) printed on every sheet."""
    page = sign_in(browser, server, "editor-news", viewport={"width": SHEET_WIDTH, "height": 1000})
    page.goto(server.url + "/news/job-fair-tehran/")
    bar = page.locator("#wagtail-userbar-trigger")  # inside the bar's open shadow root
    assert bar.count() == 1 and bar.is_visible()
    page.emulate_media(media="print")
    assert not bar.is_visible()
    page.context.close()
