"""Grids of cards fill their rows: no column is left without a card (the home page's four
«Have your say» cards sat in five columns at 1366 px, the fifth empty), four cards make one row
or two rows of two (the latest news were three and a lone one), and five or six cards make rows
of three, not a row of four and a lone card or two."""

import pytest

from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db

GRIDS = ".card-grid, .top-services, .department-contacts__list"

# For each grid on the page: its cards, the columns of its first row that hold a card, and the
# columns laid out (a column `auto-fit` folds away is 0 px wide and not counted).
LAYOUT = """selector => [...document.querySelectorAll(selector)].map(grid => {
    const cards = [...grid.children];
    const top = Math.min(...cards.map(card => card.getBoundingClientRect().top));
    const firstRow = cards.filter(card => Math.abs(card.getBoundingClientRect().top - top) < 2);
    const columns = getComputedStyle(grid).gridTemplateColumns.split(" ").filter(width => parseFloat(width) > 0);
    const name = (grid.closest("section")?.querySelector("h2")?.innerText || grid.className).trim();
    return {name, cards: cards.length, firstRow: firstRow.length, columns: columns.length};
})"""

PAGES = ["/", "/en/", "/labour-inspection/", "/en/labour-inspection/", "/contact/", "/news/job-fair-tehran/"]


@pytest.mark.parametrize("path", PAGES)
def test_no_grid_leaves_a_column_without_a_card(browser, server, path):
    with open_page(browser, 1366, 900) as page:
        empty = []
        for width in (1366, 1024, 768, 390):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(server.url + path)
            grids = page.evaluate(LAYOUT, GRIDS)
            assert grids, f"no grid of cards on {path}"
            for grid in grids:
                if grid["columns"] > grid["firstRow"]:
                    empty.append(f"{grid['name']} at {width} px: {grid['cards']} cards in {grid['columns']} columns")
                # Four cards: a row of four or rows of two, not three and a lone one.
                if grid["cards"] == 4 and grid["firstRow"] == 3:
                    empty.append(f"{grid['name']} at {width} px: four cards as 3 + 1")
            assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert empty == []


def test_the_home_page_s_have_your_say_cards_share_one_row_on_a_wide_screen(browser, server):
    with open_page(browser, 1366, 900) as page:
        for path in ("/", "/en/"):
            page.goto(server.url + path)
            grid = page.locator(".home-panel--forms .card-grid")
            cards = grid.locator("> li")
            assert cards.count() == 4
            boxes = [card.bounding_box() for card in cards.all()]
            assert len({round(box["y"]) for box in boxes}) == 1  # one row
            # The row spans the grid from edge to edge (a fifth, empty column took a fifth of it).
            row = grid.bounding_box()
            assert min(box["x"] for box in boxes) == pytest.approx(row["x"], abs=1)
            assert max(box["x"] + box["width"] for box in boxes) == pytest.approx(row["x"] + row["width"], abs=1)
            # Six domains make two rows of three.
            domains = page.locator("section[aria-labelledby=sections-heading] .card-grid > li")
            assert domains.count() == 6
            assert len({round(box["y"]) for box in (card.bounding_box() for card in domains.all())}) == 2
