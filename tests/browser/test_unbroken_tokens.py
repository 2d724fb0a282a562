"""Telephone numbers, e-mails, codes and web addresses on a phone: each stays whole on one line
(an e-mail may break before its «@», an address after a slash), in both languages («021-» ended
a line of the English tender notice's contact and «00000000» began the next at 390 px).
Measured on the glyphs: the lines a run of text takes on screen."""

import pytest

from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db

# Every window width from a small phone to a large one, 2 px apart: a break inside a token shows
# only at some widths (where the token happens to reach the end of a line).
PHONE_WIDTHS = range(320, 432, 2)

# The lines each occurrence of `needle` takes inside `selector` (one number per occurrence).
LINES_OF = """([selector, needle]) => {
    const lines = [];
    for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let text = "", nodes = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) { nodes.push([node, text.length]); text += node.data; }
        for (let start = text.indexOf(needle); start >= 0; start = text.indexOf(needle, start + 1)) {
            const end = start + needle.length;
            const range = document.createRange();
            for (const [node, offset] of nodes) {
                if (offset <= start && start < offset + node.length) range.setStart(node, start - offset);
                if (offset < end && end <= offset + node.length) range.setEnd(node, end - offset);
            }
            const bottoms = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom)));
            lines.push(bottoms.size);
        }
    }
    return lines;
}"""

CASES = [
    # The tender notice's contact, a plain text («tel. 021-00000000 (sample), tenders@example.ir»);
    # an e-mail may break before its «@» only, its name and its domain each whole.
    (
        "/en/tenders/cleaning-services-1405/",
        "section[aria-labelledby=tender-contact]",
        ["021-00000000", "tenders", "@example.ir"],
    ),
    (
        "/tenders/cleaning-services-1405/",
        "section[aria-labelledby=tender-contact]",
        ["۰۲۱-۰۰۰۰۰۰۰۰", "tenders", "@example.ir"],
    ),
    # A notice's reference number in the listing, letters and digits joined by hyphens.
    ("/en/tenders/", "main", ["T-1405-011"]),
    ("/tenders/", "main", ["T-۱۴۰۵-۰۱۱"]),
    # The departments' cards: a narrow column beside the labels; an e-mail may break before its
    # «@» only, its name and its domain each whole («social-» ended a line at 320 px).
    ("/en/contact/", ".department-contacts", ["021-00001050", "social-welfare", "@example.ir"]),
    ("/contact/", ".department-contacts", ["۰۲۱-۰۰۰۰۱۰۵۰", "social-welfare", "@example.ir"]),
    # A service's delivery channels, typed by an editor («Appointments: 021-00000000 (sample)»).
    ("/en/services/career-guidance/", "section[aria-labelledby=channels-heading]", ["021-00000000"]),
    # A service's online address (given by card_with_address) may break after a slash, not at its
    # hyphen («unemployment-»).
    ("/en/services/unemployment-insurance/", "dl.card-fields", ["services.example.ir/", "unemployment-insurance"]),
    ("/services/unemployment-insurance/", "dl.card-fields", ["services.example.ir/", "unemployment-insurance"]),
    # The footer on every page.
    ("/en/", ".site-footer", ["021-00000000"]),
]


@pytest.mark.parametrize(("path", "selector", "needles"), CASES, ids=[case[0] + " " + case[2][0] for case in CASES])
def test_numbers_codes_and_e_mails_stay_whole_on_a_phone(browser, server, card_with_address, path, selector, needles):
    with open_page(browser, PHONE_WIDTHS[0], 800) as page:
        page.goto(server.url + path)
        page.evaluate("document.fonts.ready.then(() => true)")
        broken = []
        for width in PHONE_WIDTHS:
            page.set_viewport_size({"width": width, "height": 800})
            for needle in needles:
                lines = page.evaluate(LINES_OF, [selector, needle])
                assert lines, f"{needle!r} is not in {selector} of {path}"
                if max(lines) > 1:
                    broken.append(f"{needle} at {width} px")
            assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{path} is wider than {width} px"
        assert broken == []


# The lines each date under a title takes («… ۱۶ آذر ۱۴۰۵، ساعت» on one line, «۰۸:۰۰» alone on
# the next, on the home page's notice board).
DATES_ON_TWO_LINES = """() => [...document.querySelectorAll("main .meta time")]
    .filter(time => new Set([...time.getClientRects()].map(box => Math.round(box.bottom))).size > 1)
    .map(time => time.innerText)"""


@pytest.mark.parametrize("path", ["/", "/en/", "/notices/", "/en/notices/", "/news/"])
def test_a_date_under_a_title_stays_on_one_line(browser, server, path):
    with open_page(browser, PHONE_WIDTHS[0], 800) as page:
        page.goto(server.url + path)
        page.evaluate("document.fonts.ready.then(() => true)")
        assert page.locator("main .meta time").count() > 0
        broken = set()
        for width in [*PHONE_WIDTHS, 1366]:
            page.set_viewport_size({"width": width, "height": 800})
            broken.update(f"{text} at {width} px" for text in page.evaluate(DATES_ON_TWO_LINES))
            assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert sorted(broken) == []


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_example_address_of_an_e_mail_error_moves_to_the_next_line_whole(browser, server, prefix):
    """«name» ended a line of the contact page's error summary at 390 px and «@example.com»
    began the next: an e-mail that a line can hold moves to the next line whole, and in a link
    it keeps the link's underline."""
    with open_page(browser, PHONE_WIDTHS[0], 800) as page:
        page.goto(server.url + prefix + "/contact/")
        page.fill("#id_email", "not-an-address")
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_load_state()
        page.evaluate("document.fonts.ready.then(() => true)")
        broken = []
        for width in PHONE_WIDTHS:
            page.set_viewport_size({"width": width, "height": 800})
            # In the summary, in the field's own error and in its help.
            lines = page.evaluate(LINES_OF, ["main", "name@example.com"])
            assert len(lines) >= 2
            broken += [width] if max(lines) > 1 else []
        assert broken == []
        underline = "getComputedStyle(document.querySelector('.error-summary a .ltr-address')).textDecorationLine"
        assert page.evaluate(underline) == "underline"
