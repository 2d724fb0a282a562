"""Phone-first layout in a real browser: no page is wider than a phone, menus and filters fold
away without JavaScript, and Persian numbers and codes render in the right order."""

import urllib.request

import pytest

from tests.browser.conftest import open_page, run_axe
from tests.sitemaps import sitemap_paths

pytestmark = pytest.mark.django_db

PHONE_WIDTHS = (320, 390)


def http_get(server):
    def get(path):
        with urllib.request.urlopen(server.url + path, timeout=30) as response:
            return response.status, response.read()

    return get


def test_no_sitemap_page_is_wider_than_a_phone(browser, server):
    """Every page of the sitemap, Persian and English, at 320 and 390 px: the document must not
    scroll sideways (a long address, code or table has to wrap or scroll in its own box)."""
    paths = sitemap_paths(http_get(server))
    assert any(path.startswith("/en/") for path in paths) and any(not path.startswith("/en/") for path in paths)
    # One page reused for every path: load once at the narrowest width, then widen and measure
    # again (the layout is recomputed without a reload).
    with open_page(browser, PHONE_WIDTHS[0], 800) as page:
        # Pictures carry their width and height, so the layout does not wait for them.
        page.route("**/*.{jpg,jpeg,png,webp,avif}", lambda route: route.abort())
        too_wide = []
        for path in paths:
            page.set_viewport_size({"width": PHONE_WIDTHS[0], "height": 800})
            page.goto(server.url + path, wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")
            for width in PHONE_WIDTHS:
                page.set_viewport_size({"width": width, "height": 800})
                scroll_width = page.evaluate("document.documentElement.scrollWidth")
                if scroll_width > width:
                    too_wide.append(f"{path} at {width} px is {scroll_width} px wide")
    assert too_wide == []


def phone_page(browser, **options):
    """A Persian page at 390 px, closed with its context when the block ends."""
    return open_page(browser, 390, 844, **options)


def test_menu_folds_away_on_a_phone_without_javascript(browser, server):
    with phone_page(browser, java_script_enabled=False) as page:
        page.goto(server.url + "/")
        assert not page.locator(".main-nav").is_visible()
        header = page.locator(".site-header").bounding_box()
        assert header["height"] < 140  # was 410 px with the whole menu open
        page.click(".site-menu__toggle")
        assert page.locator(".main-nav a[href='/services/']").is_visible()
        assert page.locator("#site-search").is_visible()
    # On a desktop the menu is simply there, and the toggle is not.
    with open_page(browser, 1366, 900, java_script_enabled=False) as page:
        page.goto(server.url + "/")
        assert page.locator(".main-nav a[href='/services/']").is_visible()
        assert not page.locator(".site-menu__toggle").is_visible()


def test_escape_folds_the_phones_menu_and_returns_to_its_toggle(browser, server):
    with phone_page(browser) as page:
        page.goto(server.url + "/en/")
        page.click(".site-menu__toggle")
        page.locator(".main-nav a").first.focus()
        page.keyboard.press("Escape")
        assert not page.locator(".main-nav").is_visible()
        assert page.evaluate("document.activeElement.matches('.site-menu__toggle')")
    # On a wide screen the menu stays where it is.
    with open_page(browser, 1366, 900) as page:
        page.goto(server.url + "/")
        page.locator(".main-nav a").first.focus()
        page.keyboard.press("Escape")
        assert page.locator(".main-nav a[href='/services/']").is_visible()


def test_catalogue_shows_results_first_on_a_phone_and_applies_filters_on_change(browser, server):
    with phone_page(browser) as page:
        page.goto(server.url + "/services/")
        first_result = page.locator("ol.service-listing li").first.bounding_box()
        assert first_result["y"] < 844  # on the first screen (was about 2,430 px down)
        assert not page.locator("form.facets fieldset").first.is_visible()
        page.click(".catalogue-filters__toggle")
        with page.expect_navigation():
            page.locator("form.facets input[name='level'][value='electronic']").check()
        assert "level=electronic" in page.url
        count = page.locator(".catalogue-filters__count").inner_text()
        assert count == "(۱ پالایه فعال)"


WHERE_JS = """([selector, needle]) => {
    const walker = document.createTreeWalker(document.querySelector(selector), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = node.data.indexOf(needle);
        if (start >= 0) {
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + needle.length);
            return range.getBoundingClientRect().left;
        }
    }
    return null;
}"""


def x_of(page, selector, needle):
    x = page.evaluate(WHERE_JS, [selector, needle])
    assert x is not None, f"{needle!r} not found in {selector}"
    return x


def test_mixed_direction_runs_keep_their_order_on_screen(browser, server, tmp_path):
    """Rendered checks (positions of the glyphs on screen, plus a screenshot kept for a look):
    a Persian list of file types reads PDF, JPEG, PNG from right to left with its commas in
    place; a code in <bdi> keeps its digit groups in written order; a spaced sample mobile
    number is not reversed."""
    with phone_page(browser) as page:
        page.goto(server.url + "/contact/")
        help_text = "[id$='attachments_helptext']"
        page.locator(help_text).screenshot(path=str(tmp_path / "file-types.png"))
        # Right to left: the first format named is the rightmost.
        assert x_of(page, help_text, "PDF") > x_of(page, help_text, "JPEG") > x_of(page, help_text, "PNG")

        from django.utils import translation

        from home.templatetags.portal_tags import mark_language

        with translation.override("fa"):
            message = mark_language("شماره را مانند ۰۹۱۲ ۳۴۵ ۶۷۸۹ وارد کنید")
        page.evaluate(
            """html => {
                const main = document.querySelector('main');
                main.insertAdjacentHTML('afterbegin',
                    '<p id="code-sample">کد: <bdi dir="ltr" class="tracking-code__value">۰۷۶۴۸-۹۰۴۱۵-۳۸۸۵۷</bdi></p>' +
                    '<p id="mobile-sample">' + html + '</p>');
            }""",
            str(message),
        )
        page.locator("#code-sample").screenshot(path=str(tmp_path / "code.png"))
        assert x_of(page, "#code-sample", "۰۷۶۴۸") < x_of(page, "#code-sample", "۳۸۸۵۷")
        assert x_of(page, "#mobile-sample", "۰۹۱۲") < x_of(page, "#mobile-sample", "۶۷۸۹")


def test_catalogue_filters_apply_with_the_button_when_javascript_is_off(browser, server):
    with open_page(browser, 1366, 900, java_script_enabled=False) as page:
        page.goto(server.url + "/services/")
        # Wide screen: the filters are open beside the results, no toggle to press.
        assert page.locator("form.facets fieldset").first.is_visible()
        page.check('input[name="domain"][value="employment"]')
        page.check('input[name="level"][value="electronic"]')
        assert "level=" not in page.url  # nothing happens until the button
        with page.expect_navigation():
            page.click(".facets button[type=submit]")
        assert "domain=employment" in page.url and "level=electronic" in page.url
        assert page.locator(".catalogue-filters__count").inner_text() == "(۲ پالایه فعال)"


# The labels of the filters whose count («(7)») the browser broke across two lines.
FACET_COUNTS_ON_TWO_LINES = """() => [...document.querySelectorAll(".facet-count")]
    .filter((count) => new Set([...count.getClientRects()].map((box) => Math.round(box.top))).size > 1)
    .map((count) => count.closest("label").innerText)"""
BUTTONS_POSITION = "getComputedStyle(document.querySelector('.facets__actions')).position"


def test_catalogue_filters_hide_no_box_and_keep_each_count_whole(browser, server):
    """The English side column broke counts inside their brackets («(7» over «)»), and on a
    phone with the filters opened the buttons kept at the foot of the screen covered a box
    (axe: target size). With JavaScript a box applies as soon as it is ticked, so the buttons
    rest at the list's end; without it they follow the reader down the list, and a box reached
    with the keyboard scrolls clear of them."""
    for width, height in ((1366, 900), (390, 844)):
        with open_page(browser, width, height, bypass_csp=True) as page:
            for path in ("/services/", "/en/services/"):
                page.goto(server.url + path)
                page.evaluate("document.fonts.ready.then(() => true)")
                if width < 960:
                    page.click(".catalogue-filters__toggle")
                assert page.locator("form.facets fieldset").first.is_visible()
                assert page.evaluate(FACET_COUNTS_ON_TWO_LINES) == [], (width, path)
                assert page.evaluate(BUTTONS_POSITION) == "static", (width, path)
                assert run_axe(page) == [], (width, path)

    with phone_page(browser, java_script_enabled=False) as page:
        page.goto(server.url + "/en/services/")
        page.click(".catalogue-filters__toggle")
        assert page.evaluate(BUTTONS_POSITION) == "sticky"
        assert page.evaluate("getComputedStyle(document.documentElement).scrollPaddingBottom") == "64px"


def test_a_box_ticked_on_a_phone_keeps_the_filters_open_and_the_focus_on_it(browser, server):
    """Ticking a box reloads the catalogue. On a phone the filters used to fold away again and
    the keyboard started over at the top, so a reader ticking a second box had to reopen them
    and find their place each time."""
    with phone_page(browser) as page:
        for path in ("/services/", "/en/services/"):
            page.goto(server.url + path)
            assert not page.locator("form.facets fieldset").first.is_visible()
            page.click(".catalogue-filters__toggle")
            box = page.locator("form.facets fieldset input[type=checkbox]:not([disabled])").nth(1)
            name, value = box.get_attribute("name"), box.get_attribute("value")
            with page.expect_navigation():
                box.check()
            assert f"{name}={value}" in page.url, path
            assert page.evaluate("document.querySelector('details.catalogue-filters').open"), path
            focused = page.evaluate(
                "[document.activeElement.name, document.activeElement.value, document.activeElement.checked]"
            )
            assert focused == [name, value, True], path
            # Only the page that answers the change reopens them: a later visit starts folded.
            page.goto(server.url + path)
            assert not page.evaluate("document.querySelector('details.catalogue-filters').open"), path


# The words of the table cells under <main> that the browser broke across two lines.
WORDS_BROKEN_IN_TABLE_CELLS = """() => {
  const broken = [];
  for (const cell of document.querySelectorAll("main td, main th")) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.nodeValue.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}"""


def test_a_service_cards_tables_keep_each_word_whole_on_a_phone(browser, server):
    """At 390 px the documents table's narrow column broke «الکترونیکی» into «الکترونیک» over «ی»,
    tearing its joined letters apart. A cell is now as wide as its longest word."""
    with phone_page(browser) as page:
        for path in ("/services/foreign-work-permit/", "/en/services/foreign-work-permit/"):
            page.goto(server.url + path, wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")
            assert page.locator("main td").count() >= 6, path
            assert page.evaluate(WORDS_BROKEN_IN_TABLE_CELLS) == [], path
            assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
        # The linked systems' four columns fit a phone; the English table was cut at «Onlin».
        for path in ("/services/unemployment-insurance/", "/en/services/unemployment-insurance/"):
            page.goto(server.url + path, wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")
            widths = page.evaluate(
                "[...document.querySelectorAll('.table-scroll')].map((box) => [box.scrollWidth, box.clientWidth])"
            )
            assert len(widths) >= 2, path
            assert [pair for pair in widths if pair[0] > pair[1]] == [], path


def test_a_tenders_dates_table_keeps_each_word_whole_on_a_phone(browser, server):
    """At 390 px the English dates table broke its step names letter by letter («Docu / ment /
    s availa / ble»): the page's `overflow-wrap: anywhere` let the wide date column squeeze the
    headings to a few letters. A cell is now as wide as its longest word, and the table still
    fits 320 px (its dates wrap between their words)."""
    with phone_page(browser) as page:
        for path in ("/en/tenders/cleaning-services-1405/", "/tenders/cleaning-services-1405/"):
            page.goto(server.url + path, wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")
            assert page.locator(".tender-dates th[scope=row]").count() >= 3, path
            for width in PHONE_WIDTHS:
                page.set_viewport_size({"width": width, "height": 844})
                assert page.evaluate(WORDS_BROKEN_IN_TABLE_CELLS) == [], (path, width)
                assert page.evaluate("document.documentElement.scrollWidth") <= width, (path, width)


def test_a_pinned_notices_text_keeps_off_the_edge_of_its_shading(browser, server):
    """A pinned notice is shaded; its summary ran to within 2 px of the shading's far edge on a
    phone («…boards in the» against the edge), in both languages."""
    with phone_page(browser) as page:
        for path in ("/notices/", "/en/notices/"):
            page.goto(server.url + path, wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")
            gaps = page.evaluate(
                """() => [...document.querySelectorAll('.notice--pinned')].map((notice) => {
                  const box = notice.getBoundingClientRect();
                  const rtl = document.documentElement.dir === 'rtl';
                  return Math.min(...[...notice.querySelectorAll('h2, p')].flatMap((block) => {
                    const range = document.createRange();
                    range.selectNodeContents(block);
                    return [...range.getClientRects()].map((line) => rtl ? line.left - box.left : box.right - line.right);
                  }));
                })"""
            )
            assert gaps, path
            assert min(gaps) >= 8, (path, gaps)


def test_the_footers_privacy_note_stands_apart_from_the_links_above_it(browser, server):
    """The footer's closing note («Personal data you give in forms… is never published») sat
    right under the last list of links, 0 px below it, reading as one more link."""
    with phone_page(browser) as page:
        for path in ("/", "/en/"):
            page.goto(server.url + path, wait_until="load")
            gap = page.evaluate(
                """() => document.querySelector('.site-footer > .container > p.meta').getBoundingClientRect().top
                  - document.querySelector('.site-footer__grid').getBoundingClientRect().bottom"""
            )
            assert gap >= 16, (path, gap)


@pytest.mark.parametrize("path", ["/tenders/", "/en/tenders/archive/"])
def test_the_tender_tabs_share_one_line_on_the_narrowest_phone(browser, server, path):
    """At 320 px the second tab wrapped under the first and stood apart from the line under
    them (English at 390 px too): each tab wraps its own words instead."""
    with open_page(browser, 320, 700) as page:
        page.goto(server.url + path)
        tabs = [tab.bounding_box() for tab in page.locator(".tender-tabs a").all()]
        line = page.locator(".tender-tabs ul").bounding_box()
        assert len(tabs) == 2
        assert tabs[0]["y"] == tabs[1]["y"]
        for tab in tabs:
            assert abs(tab["y"] + tab["height"] - (line["y"] + line["height"] - 2)) < 1
