"""File fields in the page's language: the browser's own "Choose File / No file chosen" follow
its interface language (English here), so static/js/file-input.js writes the page's words
instead, on the public site and in the admin (the desk's answer takes files too)."""

import pytest

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser

FILES = [
    {"name": "نامه.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"},
    {"name": "letter.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"},
]

FIELD = """wrapper => {
  const input = wrapper.querySelector('input[type=file]');
  const button = wrapper.querySelector('.file-input__button');
  const a = input.getBoundingClientRect(), b = button.getBoundingClientRect();
  return {opacity: getComputedStyle(input).opacity, buttonShown: b.width > 0 && b.height > 0,
          covers: a.left <= b.left + 1 && a.right >= b.right - 1 && a.top <= b.top + 1 && a.bottom >= b.bottom - 1,
          outline: getComputedStyle(button).outlineStyle};
}"""


@pytest.mark.parametrize(
    "path, choose, none, chosen",
    [
        ("/contact/", "انتخاب پرونده‌ها", "پرونده‌ای انتخاب نشده است", "نامه.pdf، letter.pdf"),
        ("/en/contact/", "Choose files", "No file chosen", "نامه.pdf, letter.pdf"),
    ],
)
def test_a_file_field_speaks_the_pages_language_in_an_english_browser(browser, server, path, choose, none, chosen):
    context = browser.new_context(locale="en-US", viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(server.url + path)
        field = page.locator("[data-file-input]").first
        assert field.locator(".file-input__button").inner_text() == choose
        assert field.locator(".file-input__names").inner_text() == none
        shape = field.evaluate(FIELD)
        # The native control is invisible but still there, over the words: a tap opens the picker.
        assert shape["opacity"] == "0" and shape["buttonShown"] and shape["covers"], shape
        field.locator("input[type=file]").focus()
        assert field.evaluate(FIELD)["outline"] != "none"  # the keyboard's place shows
        field.locator("input[type=file]").set_input_files(FILES)
        assert field.locator(".file-input__names").inner_text() == chosen
        assert field.locator(".file-input__names bdi").count() == 2  # each name keeps its own direction
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


def test_without_javascript_the_browsers_own_control_shows(browser, server):
    context = browser.new_context(locale="fa-IR", viewport={"width": 390, "height": 844}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server.url + "/contact/")
        field = page.locator("[data-file-input]").first
        assert field.locator("input[type=file]").is_visible()
        assert not field.locator(".file-input__button").is_visible()
        assert not field.locator(".file-input__names").is_visible()
    finally:
        context.close()


def test_the_desks_answer_files_speak_the_admins_language_in_an_english_browser(
    browser, server, persian_admin, django_db_blocker
):
    from forms_pages.models import CitizenRequest

    with django_db_blocker.unblock():
        pk = CitizenRequest.objects.values_list("pk", flat=True).first()
    page = sign_in(browser, server, persian_admin.username, locale="en-US")
    try:
        page.goto(f"{server.url}/admin/citizen-requests/edit/{pk}/")
        field = page.locator("[data-file-input]").first
        assert field.locator(".file-input__button").inner_text() == "انتخاب پرونده‌ها"
        assert field.locator(".file-input__names").inner_text() == "پرونده‌ای انتخاب نشده است"
        shape = field.evaluate(FIELD)
        assert shape["opacity"] == "0" and shape["buttonShown"] and shape["covers"], shape
        field.locator("input[type=file]").set_input_files(FILES)
        assert field.locator(".file-input__names").inner_text() == "نامه.pdf، letter.pdf"
    finally:
        page.context.close()
