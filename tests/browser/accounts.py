"""Staff who sign in to the admin in the browser tests, on the production server."""

import tempfile
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from playwright.sync_api import TimeoutError as PlaywrightTimeout

# Hashed the way production hashes: the test settings' fast MD5 hasher is one the production
# server (which checks the sign-in) does not accept.
PRODUCTION_HASHER = PBKDF2PasswordHasher()
PASSWORD = "walk-the-admin-1405"


def walk_in_persian(user):
    """Give `user` the walk's password and a Persian admin (call with the database unblocked)."""
    from wagtail.users.models import UserProfile

    user.password = PRODUCTION_HASHER.encode(PASSWORD, PRODUCTION_HASHER.salt())
    user.save()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fa"
    profile.save()
    return user


def persian_superuser(username):
    """A superuser whose admin is Persian: one who may open the edit form of every page type."""
    user = get_user_model().objects.create_superuser(username, f"{username}@example.ir", "unused")
    return walk_in_persian(user)


def sign_in(browser, server, username, **context):
    context = browser.new_context(
        locale=context.get("locale", "fa-IR"),
        timezone_id="UTC",
        viewport=context.get("viewport", VIEWPORT),
        bypass_csp=context.get("bypass_csp", False),  # for axe, injected inline
    )
    page = context.new_page()
    page.goto(server.url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    submit(page, "button[type=submit]")
    assert "/admin/login/" not in page.url, username
    return page


VIEWPORT = {"width": 1366, "height": 900}


AUTOSAVE_IDLE = """() => {
  const indicator = document.querySelector("#w-autosave-indicator");
  return !indicator || indicator.getAttribute("data-w-autosave-state-value") !== "saving";
}"""


def submit(page, selector):
    """Click what sends a form, and wait for the page that answers it to load.

    Not expect_navigation(): Playwright counts a change of address within the page as a
    navigation too, and Wagtail's editor makes such changes (its autosave turns the address
    into the page's edit address). One landing while a form was sent ended the wait before the
    server had answered, and closing the browser then dropped the request: under load the
    news item was never sent for review, and the reviewer's dashboard did not list it. The
    "load" event comes only from a new document, after the server has answered the form.
    """
    # Wagtail's autosave posts the form while an editor types; a click on Save while one was
    # still in flight under a full run's load once brought no page within 30 s. Let it finish
    # first, and give the server a full run's time to answer.
    page.wait_for_function(AUTOSAVE_IDLE, timeout=60_000)
    try:
        with page.expect_event("load", timeout=60_000):
            page.click(selector)
    except PlaywrightTimeout as error:
        # Once in a full run (never alone) no page came after "submit for review": keep what
        # the browser showed, so the next time says why.
        shot = Path(tempfile.mkdtemp(prefix="walk-submit-")) / "screen.png"
        page.screenshot(path=str(shot), full_page=True)
        shown = page.locator(".messages, [role=dialog]:visible, .error-message").all_inner_texts()
        raise AssertionError(f"no page after clicking {selector} on {page.url}: {shown}; screenshot {shot}") from error
    page.wait_for_load_state("networkidle")
