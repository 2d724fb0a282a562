"""Browser fixtures: Debian's Chromium driven by Playwright against the production server."""

import os
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Playwright's sync API keeps an event loop in this thread; Django's ORM (used by the fixtures
# that build the test database) refuses to run next to one unless told it is safe, which it
# is here: the loop only drives the browser.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

AXE = Path(__file__).resolve().parent.parent / "vendor" / "axe-4.14.1.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: run `make system-packages`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextmanager
def open_page(browser, width, height, **options):
    """A page in a browser context of its own at `width` x `height` (Persian unless `locale`
    says otherwise), closed with its context when the block ends."""
    options.setdefault("locale", "fa-IR")
    context = browser.new_context(viewport={"width": width, "height": height}, **options)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fa-IR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    yield page
    context.close()


@pytest.fixture
def axe_page(browser):
    """A page for axe-core: the script is injected inline, so this context ignores the CSP."""
    context = browser.new_context(locale="fa-IR", viewport={"width": 1280, "height": 900}, bypass_csp=True)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def persian_admin(request, django_db_setup, django_db_blocker):
    """A superuser whose admin is Persian, one a module: one who may open every edit form."""
    from tests.browser.accounts import persian_superuser

    with django_db_blocker.unblock():
        user = persian_superuser(request.module.__name__.rpartition(".test_")[2].replace("_", "-") + "-admin")
    yield user
    with django_db_blocker.unblock():
        user.delete()


@pytest.fixture
def server(production_server):
    return production_server


def run_axe(page):
    """WCAG 2.2 A/AA violations on the current page, as (rule id, help, failing targets)."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [
        (violation["id"], violation["help"], [node["target"] for node in violation["nodes"]][:5])
        for violation in result["violations"]
    ]


# The demo's cards give no online address (none is known for them); the tests of how an address
# is shown give one to a card for their module.
CARD_ADDRESS = "https://services.example.ir/unemployment-insurance"


@pytest.fixture(scope="module")
def card_with_address(django_db_setup, django_db_blocker, production_server):
    """The unemployment insurance card, in both languages, with an online address (and the
    server's cached copies of it forgotten, before and after)."""
    from services.models import ServicePage

    with django_db_blocker.unblock():
        cards = list(ServicePage.objects.filter(slug="unemployment-insurance"))
        for card in cards:
            card.online_url = CARD_ADDRESS
            card.save_revision().publish()
    production_server.forget_cached_pages()
    yield CARD_ADDRESS
    with django_db_blocker.unblock():
        for card in ServicePage.objects.filter(slug="unemployment-insurance"):
            card.online_url = ""
            card.save_revision().publish()
    production_server.forget_cached_pages()
