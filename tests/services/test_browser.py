"""The citizen's journey in a real browser (Debian's Chromium through Playwright): filter the
catalogue, open a service, find its identity card and its PDF. Read-only, on the demo content."""

import shutil

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Chromium is not installed"),
]


@pytest.fixture
def portal_server(db):
    """A live server on the session's seeded database.

    pytest-django's `live_server` makes the test transactional, and the flush after it would
    wipe the demo content the whole session shares; this journey only reads, so a plain server
    thread that sees the committed demo content is enough.
    """
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread

    thread = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()


@pytest.fixture
def browser_page(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; Django must not refuse the
    # test's own database calls because of it.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(locale="fa-IR")
        yield context.new_page()
        browser.close()


def test_find_a_service_by_facets_and_open_its_card(portal_server, browser_page):
    page = browser_page
    page.goto(portal_server + "/services/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.check('input[name="domain"][value="employment"]')
    page.check('input[name="level"][value="electronic"]')
    page.click(".facets button[type=submit]")
    assert "domain=employment" in page.url and "level=electronic" in page.url
    titles = page.locator("ol.service-listing h2 a").all_inner_texts()
    assert "ثبت درخواست بیمه بیکاری" in titles
    assert all("پروانه کار اتباع" not in title for title in titles)
    page.click("text=ثبت درخواست بیمه بیکاری")
    assert page.locator("h1").inner_text() == "ثبت درخواست بیمه بیکاری"
    assert page.locator("#identity-heading").is_visible()
    assert page.locator(".service-code").first.inner_text().startswith("TLS-")
    with page.expect_download() as download:
        page.click("text=دریافت شناسنامه خدمت (PDF)")
    assert download.value.suggested_filename.endswith(".pdf")
