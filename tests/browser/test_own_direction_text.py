"""Text in whichever language it was typed (dir="auto") on a page of the other language: it
reads in its own direction, lines flush on its own side, but a short one starts at the column's
start, under its heading, not alone at the far side of the column."""

import io

import pytest
from PIL import Image

from tests.browser.citizen import open_request, send_request
from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db

REQUEST = (
    "سلام. من کارگر یک کارگاه تولیدی در تهران هستم و از فروردین امسال حقوق و مزایای من پرداخت نشده است. "
    "لطفاً راهنمایی کنید که برای پیگیری این موضوع چه مدارکی لازم است و به کدام اداره باید مراجعه کنم. با سپاس."
)
REPLIES = ("ممنون از راهنمایی شما.", "Thank you, I will bring the contract.")

# Where the text of a dir="auto" paragraph sits, beside the heading of its part of the page.
GEOMETRY = """(text) => {
    const block = [...document.querySelectorAll("main [dir=auto]")].find((p) => p.textContent.includes(text));
    const heading = block.parentElement.querySelector("h2, h3");
    const range = document.createRange();
    range.selectNodeContents(block);
    const lines = [...range.getClientRects()].filter((line) => line.width > 0);
    const style = getComputedStyle(block);
    return {
        direction: style.direction,
        textAlign: style.textAlign,
        left: Math.min(...lines.map((line) => line.left)),
        right: Math.max(...lines.map((line) => line.right)),
        lineRights: lines.map((line) => Math.round(line.right)),
        lineLefts: lines.map((line) => Math.round(line.left)),
        heading: heading.getBoundingClientRect().toJSON(),
    };
}"""


@pytest.mark.parametrize("width", [390, 1366])
def test_text_in_the_other_language_starts_under_its_heading(browser, server, width):
    with open_page(browser, width, 900) as page:
        mobile = f"0912123{width:04d}"
        code = send_request(page, server, "پرسش دربارهٔ حقوق معوق", REQUEST, mobile)
        open_request(page, server, code, mobile)
        for reply in REPLIES:
            page.fill("#id_text", reply)
            with page.expect_navigation():
                page.click(".request-reply button[type=submit]")
            page.goto(f"{server.url}/track/{code}/")

        for path, other, own in (
            (f"/en/track/{code}/", REPLIES[0], REPLIES[1]),
            (f"/track/{code}/", REPLIES[1], REPLIES[0]),
        ):
            page.goto(server.url + path)
            english = path.startswith("/en/")
            for text in (other, own):
                box = page.evaluate(GEOMETRY, text)
                assert box["direction"] == ("rtl" if text == REPLIES[0] else "ltr"), (path, text)
                assert box["textAlign"] == "start", (path, text)
                # The text begins where its heading begins: at the left of an English column,
                # at the right of a Persian one (it stood at the far side before).
                if english:
                    assert abs(box["left"] - box["heading"]["left"]) <= 2, (path, text, box)
                else:
                    assert abs(box["right"] - box["heading"]["right"]) <= 2, (path, text, box)
            # A Persian paragraph of several lines on the English page keeps them flush right.
            if english:
                box = page.evaluate(GEOMETRY, REQUEST[:20])
                rights, lefts = box["lineRights"], box["lineLefts"]
                assert box["direction"] == "rtl" and len(rights) > 1 and max(rights) - min(rights) <= 1, box
                assert max(lefts) - min(lefts) > 10, box


@pytest.mark.parametrize(
    ("path", "typed", "side"),
    [("/en/contact/", "سلام، من فردا می‌آیم.", "right"), ("/contact/", "I will come tomorrow.", "left")],
)
def test_what_is_typed_into_a_field_reads_in_its_own_direction(browser, server, path, typed, side):
    """A Persian note typed on the English contact page sat at the left with its full stop at the
    wrong end; an English one on the Persian page at the right. The ink is on the typed text's side."""
    with open_page(browser, 1366, 900) as page:
        page.goto(server.url + path)
        field = page.locator("main textarea").first
        field.fill(typed)
        page.evaluate("document.activeElement && document.activeElement.blur()")
        shot = Image.open(io.BytesIO(field.screenshot())).convert("L")
        width, height = shot.size
        ink = [x for x in range(4, width - 24) for y in range(4, height - 4) if shot.getpixel((x, y)) < 110]
        assert ink
        if side == "right":
            assert min(ink) > width / 2, (min(ink), width)
        else:
            assert max(ink) < width / 2, (max(ink), width)
        # An empty field keeps the page's direction (where its placeholder and caret start).
        assert page.evaluate("getComputedStyle(document.querySelector('main textarea')).direction") == (
            "ltr" if path.startswith("/en/") else "rtl"
        )
