"""The revision comparison marks what was removed and what was added by more than colour.

Wagtail shades a removed run red and an added one green and nothing else: a colour-blind editor
comparing two revisions could not tell the old deadline from the new. `admin.css` strikes the
removed run through and underlines the added one; read here as the admin's stylesheet applies it
to the markup Wagtail's `TextDiff` writes.
"""

import pytest

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser

# What wagtail.admin.compare.TextDiff.to_html writes for a changed value, inside the comparison.
DIFF = """() => {
  const box = document.createElement("div");
  box.className = "comparison";
  box.innerHTML = '<span class="deletion">۱۳ آذر</span><span class="addition">۲۰ آذر</span>';
  document.querySelector("main").append(box);
  const line = (selector) => getComputedStyle(box.querySelector(selector)).textDecorationLine;
  return {removed: line(".deletion"), added: line(".addition")};
}"""


def test_a_removed_run_is_struck_through_and_an_added_one_underlined(browser, server, persian_admin):
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(server.url + "/admin/")
        marks = page.evaluate(DIFF)
    finally:
        page.context.close()
    assert marks == {"removed": "line-through", "added": "underline"}
