"""The citizen journeys of the feature apps, in a real browser against the production server."""

import re
import urllib.error
import urllib.request

import pytest

from tests.browser.citizen import open_request, send_request
from tests.browser.conftest import run_axe
from tests.html_checks import validate_html

pytestmark = pytest.mark.django_db


def first_link(page, selector):
    href = page.locator(selector).first.get_attribute("href")
    assert href, selector
    return href


def test_find_a_service_by_facets_then_rate_it(page, server):
    page.goto(server.url + "/services/")
    # Each choice is applied as soon as it is ticked (the button is the path without JavaScript).
    with page.expect_navigation():
        page.check('input[name="domain"][value="employment"]')
    with page.expect_navigation():
        page.check('input[name="level"][value="electronic"]')
    assert "domain=employment" in page.url and "level=electronic" in page.url
    titles = page.locator("ol.service-listing h2 a").all_inner_texts()
    assert "ثبت درخواست بیمه بیکاری" in titles
    assert all("پروانه کار اتباع" not in title for title in titles)
    with page.expect_navigation():
        page.click("text=ثبت درخواست بیمه بیکاری")
    assert page.locator("h1").inner_text() == "ثبت درخواست بیمه بیکاری"
    assert page.locator(".service-code").first.inner_text().startswith("TLS-")
    with page.expect_download() as download:
        page.click("text=دریافت شناسنامه خدمت (PDF)")
    assert download.value.suggested_filename.endswith(".pdf")

    with page.expect_navigation():
        page.click("#survey a.button")
    page.locator('#survey input[name="score"][value="5"]').check()
    page.locator('#survey input[name="visited_in_person"]').first.check()
    with page.expect_navigation():
        page.click("#survey button[type=submit]")
    assert page.locator("#survey").count() == 1
    assert "message--error" not in page.locator("#survey").inner_html()
    assert page.console_errors == []


def test_find_a_service_by_search(page, server):
    page.goto(server.url + "/")
    page.fill("#hero-search", "بيمه بيکاري")  # typed with Arabic yeh
    page.press("#hero-search", "Enter")
    page.wait_for_load_state()
    assert "ثبت درخواست بیمه بیکاری" in page.locator("ol.listing").inner_text()


def test_send_a_complaint_and_track_it(page, server):
    subject = "تأخیر در پاسخ به تمدید پروانه کار اتباع"
    text = "درخواست تمدید پروانه کار من از دو ماه پیش بی‌پاسخ مانده است و کسی پاسخگو نیست."
    code = send_request(page, server, subject, text, "۰۹۱۲۳۴۵۶۷۸۹", kind=0)
    assert re.fullmatch(r"\d{15}", code)
    # The code's box stands apart from the paragraph after it (they touched).
    gap = page.evaluate(
        "(() => { const box = document.querySelector('.tracking-code');"
        " return box.nextElementSibling.getBoundingClientRect().top - box.getBoundingClientRect().bottom; })()"
    )
    assert gap >= 8

    open_request(page, server, code, "09123456789")
    assert subject in page.content()
    assert page.console_errors == []


def test_complaint_form_can_be_completed_with_the_keyboard_only(page, server):
    page.goto(server.url + "/contact/")

    def tab_to(element_id, limit=80):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.id") == element_id:
                return
        raise AssertionError(f"could not reach #{element_id} with Tab")

    tab_to("id_kind_0")
    page.keyboard.press("Space")
    tab_to("id_department")
    page.keyboard.press("ArrowDown")
    for element_id, text in (
        ("id_subject", "پرسش صفحه‌کلید درباره مدت مقرری"),
        ("id_text", "مدت پرداخت مقرری بیمه بیکاری برای کارگر متأهل با هشت سال سابقه چقدر است؟"),
        ("id_name", "علی رضایی"),
        ("id_mobile", "09121112233"),
    ):
        tab_to(element_id)
        page.keyboard.type(text)
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    focus_ring = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focus_ring != "none", "the focused button must show where the focus is"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("[data-code]").count() == 1


def test_vote_in_a_poll_and_see_the_results(page, server):
    page.goto(server.url + "/forms/")
    polls = [a.get_attribute("href") for a in page.locator("main a").all() if a.get_attribute("href")]
    for href in polls:
        page.goto(server.url + href if href.startswith("/") else href)
        if page.locator("input[name=option]").count():
            break
    else:
        pytest.fail("no open poll on /forms/")
    page.locator("input[name=option]").first.check()
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    assert "%" in page.locator("main").inner_text() or "٪" in page.locator("main").inner_text()
    assert page.locator("input[name=option]").count() == 0  # one vote per person


def test_read_an_open_tender(page, server):
    page.goto(server.url + "/tenders/")
    page.goto(server.url + first_link(page, "main article a, main .listing a"))
    text = page.locator("main").inner_text()
    assert page.locator("h1").count() == 1
    assert "مانده" in text or "مهلت" in text


PAGES = {
    "services-fa": "/services/",
    "services-en": "/en/services/",
    "services-filtered": "/services/?domain=employment&level=electronic",
    "laws-fa": "/laws/",
    "faq-fa": "/faq/",
    "news-index-fa": "/news/",
    "news-index-en": "/en/news/",
    "notices-fa": "/notices/",
    "feeds-fa": "/feeds/",
    "tenders-fa": "/tenders/",
    "tenders-en": "/en/tenders/",
    "contact-fa": "/contact/",
    "contact-en": "/en/contact/",
    "track-fa": "/track/",
    "forms-fa": "/forms/",
}


def discover_detail_pages(server):
    """One page of each detail type, found from the listings."""
    found = {}
    for name, listing, pattern in (
        ("service-page", "/services/", r'href="(/services/(?!category)[^"/?]+/)"'),
        ("law-page", "/laws/", r'href="(/laws/[^"/?]+/)"'),
        ("news-page", "/news/", r'href="(/news/(?!archive|tag|section)[^"/]+/)"'),
        ("notice-page", "/notices/", r'href="(/notices/(?!archive)[^"/]+/)"'),
        ("tender-page", "/tenders/", r'href="(/tenders/(?!archive|ocds)[^"/?]+/)"'),
        ("form-page", "/forms/", r'href="(/forms/[^"/]+/)"'),
    ):
        html = urllib.request.urlopen(server.url + listing).read().decode()
        match = re.search(pattern, html)
        if match:
            found[name] = match.group(1)
    return found


@pytest.mark.parametrize("name", sorted(PAGES))
def test_feature_pages_have_no_wcag_violations(axe_page, server, name):
    axe_page.goto(server.url + PAGES[name])
    assert run_axe(axe_page) == []


def test_detail_pages_have_no_wcag_violations(axe_page, server):
    problems = {}
    for path in discover_detail_pages(server).values():
        axe_page.goto(server.url + path)
        violations = run_axe(axe_page)
        if violations:
            problems[path] = violations
    assert problems == {}


def test_html_of_every_feature_page_type_is_valid(server):
    documents = {}
    for name, path in {**PAGES, **discover_detail_pages(server)}.items():
        try:
            documents[name] = urllib.request.urlopen(server.url + path).read().decode()
        except urllib.error.HTTPError as error:
            documents[name] = error.read().decode()
    assert validate_html(documents) == []


def test_home_page_weight_budget(browser, server):
    """First visit: at most 150 KB transferred including fonts, at most 20 KB of JavaScript."""
    context = browser.new_context(locale="fa-IR")
    page = context.new_page()
    sizes = []

    def on_response(response):
        body = response.body() if response.status < 300 else b""
        sizes.append(
            (response.url, response.request.resource_type, len(body), response.headers.get("content-encoding"))
        )

    page.on("response", on_response)
    page.goto(server.url + "/")
    page.wait_for_load_state("networkidle")
    transferred = page.evaluate(
        "performance.getEntriesByType('resource').reduce((s, e) => s + e.transferSize, 0)"
        " + performance.getEntriesByType('navigation')[0].transferSize"
    )
    scripts = sum(size for url, kind, size, _ in sizes if kind == "script")
    external = [url for url, *_ in sizes if not url.startswith(server.url)]
    context.close()
    assert external == []
    assert scripts <= 20 * 1024
    assert transferred <= 150 * 1024, transferred
