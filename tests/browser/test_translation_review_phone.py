"""The translation editor's "send for review" panel in Chromium: on a phone it stays clear of
Wagtail's menu button and inside the screen, it passes axe, and sending it works; the editor's
footer offers it as the main button, not wagtail-localize's "Lock"."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.browser.accounts import sign_in, submit, walk_in_persian
from tests.browser.conftest import run_axe
from tests.home.test_translation_review import translated_copy

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def translation(django_db_blocker):
    """A news editor (Persian admin) and the English translation of a new news item, made as
    "Translate this page" makes it."""

    from home.models import TranslationReview
    from newsroom.models import NewsPage

    with django_db_blocker.unblock():
        editor = get_user_model().objects.create_user(
            "phone-translator", "phone-translator@example.ir", "unused", first_name="مریم", last_name="صادقی"
        )
        walk_in_persian(editor)
        editor.groups.add(Group.objects.get(name="ویراستاران اخبار"))
        persian, english = translated_copy(NewsPage, editor, suffix="phone")
    yield editor, english
    with django_db_blocker.unblock():
        TranslationReview.objects.filter(page=english).delete()
        english.delete()
        persian.delete()
        editor.delete()


PANEL_AND_TOGGLE = """() => {
  const panel = document.querySelector('.translation-review .help-block').getBoundingClientRect();
  const toggle = document.querySelector('.sidebar-nav-toggle--mobile');
  const button = toggle ? toggle.getBoundingClientRect() : null;
  const overlaps = button && button.width && !(button.bottom <= panel.top || button.top >= panel.bottom
    || button.right <= panel.left || button.left >= panel.right);
  return {overlaps: Boolean(overlaps), left: panel.left, right: panel.right,
          width: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth};
}"""


def test_the_review_panel_fits_a_phone_and_sends_the_translation(browser, server, translation, django_db_blocker):
    from home.models import TranslationReview

    editor, english = translation
    page = sign_in(browser, server, editor.username, viewport=PHONE, bypass_csp=True)
    try:
        page.goto(f"{server.url}/admin/pages/{english.pk}/edit/")
        page.wait_for_load_state("networkidle")
        box = page.evaluate(PANEL_AND_TOGGLE)
        assert not box["overlaps"], box
        assert box["left"] >= 0 and box["right"] <= box["width"] and box["scroll"] <= box["width"], box
        violations = [v for v in run_axe(page) if any(".translation-review" in str(t) for t in v[2])]
        assert violations == []
        page.fill(".translation-review textarea[name=note]", "عنوان را دوباره ببینید.")
        submit(page, ".translation-review button[type=submit]")
        assert page.url.endswith(f"/admin/pages/{english.pk}/edit/")
        assert "برای بازبینی فرستاده شد" in page.locator(".messages").inner_text()
        assert "«عنوان را دوباره ببینید.»" in page.locator(".translation-review").inner_text()
    finally:
        page.context.close()
    with django_db_blocker.unblock():
        assert TranslationReview.objects.filter(page=english, requested_by=editor, closed_at__isnull=True).exists()


FOOTER = """() => {
  const menu = document.querySelector('.js-translation-editor footer .w-dropdown-button');
  const shown = (element) => element.offsetParent !== null;
  const main = [...menu.children].find((child) => shown(child) && !child.classList.contains('w-dropdown'));
  const listed = [...menu.querySelectorAll('.w-dropdown__content :is(a, button)')].map((item) => item.textContent.trim());
  return {main: main ? main.textContent.trim() : null, disabled: main ? main.disabled : null, listed};
}"""


def footer(page):
    page.wait_for_selector(".js-translation-editor footer .w-dropdown-button")
    return page.evaluate(FOOTER)


def test_the_editors_main_button_sends_for_review_not_lock(
    browser, server, translation, persian_admin, django_db_blocker
):
    """A section editor who may not publish saw «قفل» (wagtail-localize's "Lock", its last
    action) as the footer's main button. It is «فرستادن برای بازبینی», sending the panel's
    note; once sent it reads «در انتظار بازبینی»; the lock is in the menu, as a verb."""
    from home.models import TranslationReview

    editor, english = translation
    page = sign_in(browser, server, editor.username)
    try:
        page.goto(f"{server.url}/admin/pages/{english.pk}/edit/")
        page.wait_for_load_state("networkidle")
        shown = footer(page)
        assert shown["main"] == "فرستادن برای بازبینی" and not shown["disabled"], shown
        assert "قفل کردن" in shown["listed"] and "قفل" not in shown["listed"], shown
        page.fill(".translation-review textarea[name=note]", "پاورقی را ببینید.")
        submit(page, "footer [data-portal-footer-action]")
        assert "برای بازبینی فرستاده شد" in page.locator(".messages").inner_text()
        with django_db_blocker.unblock():
            assert TranslationReview.objects.get(page=english, closed_at__isnull=True).note == "پاورقی را ببینید."
        shown = footer(page)
        assert shown["main"] == "در انتظار بازبینی" and shown["disabled"], shown
    finally:
        page.context.close()

    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(f"{server.url}/admin/pages/{english.pk}/edit/")
        page.wait_for_load_state("networkidle")
        shown = footer(page)
        assert shown["main"] == "انتشار نسخهٔ انگلیسی", shown
    finally:
        page.context.close()


@pytest.fixture
def illustrated_translation(django_db_blocker, translation):
    """The English translation of a news item with a lead image, by the same editor."""

    from newsroom.models import NewsPage

    editor, _english = translation
    with django_db_blocker.unblock():
        persian, english = translated_copy(NewsPage, editor, suffix="phone-image", lead_image__isnull=False)
    yield editor, english
    with django_db_blocker.unblock():
        english.delete()
        persian.delete()


SPILLING_BUTTONS = """() => [...document.querySelectorAll('.js-translation-editor .button')]
  .filter((button) => button.offsetParent !== null && button.scrollHeight > button.clientHeight + 1)
  .map((button) => [button.textContent.trim(), button.scrollHeight, button.clientHeight])"""


def test_the_image_buttons_hold_their_label_on_a_phone(browser, server, illustrated_translation):
    """«ویرایش این تصویر» took two lines in a button one line high: its second line stood below
    the button's border."""
    editor, english = illustrated_translation
    page = sign_in(browser, server, editor.username, viewport=PHONE)
    try:
        page.goto(f"{server.url}/admin/pages/{english.pk}/edit/")
        page.wait_for_load_state("networkidle")
        page.wait_for_selector(".js-translation-editor .button-small")
        assert page.locator(".js-translation-editor .button-small", has_text="ویرایش این تصویر").count()
        assert page.evaluate(SPILLING_BUTTONS) == []
    finally:
        page.context.close()
