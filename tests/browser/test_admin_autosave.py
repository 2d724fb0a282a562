"""Wagtail 8's autosave in the Persian admin: only a change is saved.

Wagtail's editor compares the form's data every half second with the data on load and
autosaves a draft when it differs. Focusing a Jalali date field turns its digits Latin for the
picker (static/js/admin-jalali.js), and that alone read as a change: an editor who only clicked
a news item's date left a new revision and "changes not published" on a live page, and on a new
page a failed autosave ("the form has errors"). The form's data now carries date fields in Latin
digits whatever they show, so a look is not a change; a different date still autosaves.
"""

import pytest

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser

TITLE = "خبر آزمایشی ذخیره خودکار"


@pytest.fixture(scope="module")
def persian_editor(persian_admin, django_db_blocker):
    """A superuser whose admin is Persian, and a live news item of its own to open."""
    from newsroom.models import NewsIndexPage, NewsPage

    with django_db_blocker.unblock():
        index = NewsIndexPage.objects.get(locale__language_code="fa")
        news = index.add_child(instance=NewsPage(title=TITLE, slug="autosave-check", lead="متن آزمایشی."))
        news.save_revision(user=persian_admin).publish()
    yield news
    with django_db_blocker.unblock():
        NewsPage.objects.filter(pk=news.pk).delete()


def edit_posts(page):
    """The form posts the page makes from now on (autosaves), as a list that fills."""
    posts = []
    page.on(
        "request",
        lambda request: request.method == "POST" and "/admin/pages/" in request.url and posts.append(request.url),
    )
    return posts


def revisions(news, django_db_blocker):
    from wagtail.models import Page

    with django_db_blocker.unblock():
        fresh = Page.objects.get(pk=news.pk)
        return fresh.revisions.count(), fresh.has_unpublished_changes


def look_at_the_date(page):
    """Click into the date field, wait past the autosave's check, and leave it, touching nothing."""
    page.wait_for_timeout(2500)  # Wagtail notes the form's data two seconds after load
    page.locator("input[name=date]").focus()
    page.wait_for_timeout(1500)
    page.keyboard.press("Escape")
    page.locator("[name=title]").focus()
    page.wait_for_timeout(1500)


def test_clicking_into_a_date_saves_nothing_and_changing_it_still_autosaves(
    browser, server, persian_admin, persian_editor, django_db_blocker
):
    news = persian_editor
    before = revisions(news, django_db_blocker)
    assert before[1] is False
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(f"{server.url}/admin/pages/{news.pk}/edit/")
        page.wait_for_load_state("networkidle")
        posts = edit_posts(page)
        shown = page.input_value("input[name=date]")
        look_at_the_date(page)
        assert posts == []
        assert revisions(news, django_db_blocker) == before
        assert page.input_value("input[name=date]") == shown  # Persian digits again

        # A different date is a change, autosaved as a draft of the live page.
        page.click("input[name=date]")
        page.keyboard.press("Control+A")
        page.keyboard.type("1405/01/02 09:30")
        page.keyboard.press("Escape")
        page.locator("[name=title]").focus()
        page.wait_for_function(
            "() => document.querySelector('#w-autosave-indicator')?.dataset.wAutosaveStateValue === 'saved'"
        )
        assert posts
        count, changed = revisions(news, django_db_blocker)
        assert (count, changed) == (before[0] + 1, True)
    finally:
        page.context.close()


def test_clicking_into_a_new_pages_date_makes_no_failed_autosave(
    browser, server, persian_admin, persian_editor, django_db_blocker
):
    news = persian_editor
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(f"{server.url}/admin/pages/add/newsroom/newspage/{news.get_parent().pk}/")
        page.wait_for_load_state("networkidle")
        posts = edit_posts(page)
        look_at_the_date(page)
        assert posts == []
        assert page.locator("#w-autosave-indicator").get_attribute("data-w-tooltip-content-value") in (None, "")
    finally:
        page.context.close()
