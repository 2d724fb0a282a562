"""A citizen who uses only the keyboard, or a screen reader: where the focus shows, what a file
field says, and where the keyboard lands after sending a reply with a mistake."""

import re

import pytest

from tests.browser.citizen import open_request, send_request

pytestmark = pytest.mark.django_db

# The focused element's rings (outline, box-shadow) and the colour of the ground around it.
RINGS = """() => {
  const e = document.activeElement, cs = getComputedStyle(e);
  let ground = e.parentElement, bg = 'rgba(0, 0, 0, 0)';
  while (ground && (bg = getComputedStyle(ground).backgroundColor) === 'rgba(0, 0, 0, 0)') { ground = ground.parentElement; }
  return {outline: cs.outlineStyle === 'none' ? '' : cs.outlineColor, shadow: cs.boxShadow, ground: ground ? bg : 'rgb(255, 255, 255)'};
}"""


def luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(int(v)) for v in rgb[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def best_ring_contrast(rings):
    ground = re.findall(r"\d+", rings["ground"])
    colours = [
        re.findall(r"\d+", colour) for colour in re.findall(r"rgba?\([^)]*\)", rings["outline"] + rings["shadow"])
    ]
    return max((contrast(colour, ground) for colour in colours), default=0)


def test_the_focus_shows_on_white_and_on_the_blue_header_and_a_file_field_says_what_was_chosen(page, server):
    """The keyboard's place stands out 3:1 from the ground on the white page and on the blue header
    (the lone yellow ring measured 1.6:1 on white). The file field, its native words hidden, names
    what is chosen to a screen reader: in its description, and aloud as a live region."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.url + "/contact/")
    for selector in (".lang-switch a", "#id_subject", "main a[href^='tel:'], main a[href^='mailto:']"):
        page.locator(selector).first.focus()
        page.keyboard.press("Shift+Tab")  # as a keyboard moves, so :focus-visible applies
        page.keyboard.press("Tab")
        rings = page.evaluate(RINGS)
        assert best_ring_contrast(rings) >= 3, (selector, rings)

    field = page.locator("#id_attachments")
    names = page.locator("[data-file-input] .file-input__names").first
    assert names.get_attribute("aria-live") == "polite"
    described = field.get_attribute("aria-describedby").split()
    assert "id_attachments_helptext" in described and names.get_attribute("id") in described
    field.set_input_files([{"name": "نامه.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"}])
    assert names.inner_text() == "نامه.pdf"


def test_a_reply_sent_empty_on_the_tracking_page_puts_the_keyboard_on_its_error(page, server):
    page.set_viewport_size({"width": 390, "height": 844})
    subject, text = "پرسش درباره مقرری بیمه بیکاری", "مدارک لازم برای درخواست مقرری بیمه بیکاری کدام است؟"
    code = send_request(page, server, subject, text, "09123456789")
    open_request(page, server, code, "09123456789")

    page.locator(".request-reply button[type=submit]").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # Not back at the top of a long page with the focus on nothing: on the summary, in view.
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert -1 <= page.locator("[data-error-summary]").bounding_box()["y"] < 844
    page.locator("[data-error-summary] a[href='#id_text']").press("Enter")
    assert page.evaluate("document.activeElement.id") == "id_text"
