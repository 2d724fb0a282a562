"""Every search box's placeholder is read whole on a phone, in both languages: the English home
page's box showed "What service are you lookin…" at 390 px. The placeholder's width, measured
on a canvas in the input's own font, must fit the input's content box, and typed into the box
it must not scroll (the box keeps room for its clear button too)."""

import pytest

from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db

# Each visible search box with a placeholder: its id, placeholder, the placeholder's width and
# the width of the box's content (inside its padding and border), in CSS pixels.
PLACEHOLDERS = """async () => {
    await document.fonts.ready;  // measured in the web font the page shows, not a fallback
    const canvas = document.createElement("canvas").getContext("2d");
    return [...document.querySelectorAll("input[type=search][placeholder]")]
        .filter(input => input.getClientRects().length)
        .map(input => {
            const style = getComputedStyle(input);
            canvas.font = style.font;
            const text = canvas.measureText(input.placeholder).width;
            const box = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            // The box also keeps room for its clear button: the placeholder typed in must not scroll.
            const typed = input.value;
            input.value = input.placeholder;
            const scrolls = input.scrollWidth > input.clientWidth;
            input.value = typed;
            return {id: input.id, placeholder: input.placeholder, text, box, scrolls};
        });
}"""

PAGES = ["/", "/en/", "/faq/", "/en/faq/"]


@pytest.mark.parametrize("path", PAGES)
def test_every_search_placeholder_fits_its_box_on_a_phone(browser, server, path):
    cut = []
    with open_page(browser, 390, 800) as page:
        for width in (320, 390):
            page.set_viewport_size({"width": width, "height": 800})
            page.goto(server.url + path)
            # The header's box is in the folded menu on phones: opened, as the reader does.
            page.click(".site-menu__toggle")
            boxes = page.evaluate(PLACEHOLDERS)
            assert {"site-search"} <= {box["id"] for box in boxes}, boxes
            if path.rstrip("/") in ("", "/en"):
                assert "hero-search" in {box["id"] for box in boxes}
            cut += [
                f"{box['id']} at {width} px: “{box['placeholder']}” is {box['text']:.0f} px in {box['box']:.0f} px"
                for box in boxes
                if box["text"] > box["box"] or box["scrolls"]
            ]
    assert not cut, cut
