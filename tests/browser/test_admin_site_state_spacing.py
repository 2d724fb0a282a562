"""The dashboard's state of the site: the backup warning sits under its rule as the other lines do.

The backup line's warning is Wagtail's help block, which brought its own top margin: under the
rule above it a gap half as tall again as between the banner's and maintenance mode's lines.
The test server has no backup folder, so the line is that warning.
"""

import pytest

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser

# For each line after the first: what it is, and how far below its top (the rule) its first box starts.
GAPS = """() => [...document.querySelectorAll('.site-state > li + li')].map(li => ({
  warning: li.firstElementChild.matches('.help-warning'),
  gap: li.firstElementChild.getBoundingClientRect().top - li.getBoundingClientRect().top,
}))"""


@pytest.mark.parametrize("width", [390, 1366])
def test_the_backup_warning_is_as_far_below_its_rule_as_the_other_lines(browser, server, persian_admin, width):
    page = sign_in(browser, server, persian_admin.username, viewport={"width": width, "height": 900})
    try:
        page.goto(server.url + "/admin/")
        lines = page.evaluate(GAPS)
        warnings = [line["gap"] for line in lines if line["warning"]]
        others = [line["gap"] for line in lines if not line["warning"]]
        assert warnings and others, f"no backup warning, or no other line, to compare: {lines}"
        assert max(warnings) - min(others) <= 1, f"the warning starts lower under its rule: {lines}"
    finally:
        page.context.close()
