"""Wagtail joins names with a Latin comma; the Persian admin reads them with «،».

The workflow steps listing named the workflows a step is used on as «تأیید صفحه‌های حوزه,
تأیید شناسنامه خدمت, تأیید اعلان» (Wagtail's own cell template); admin-persian-digits.js now
writes the comma after a Persian word as «،», as it writes the digits.
"""

import pytest

from tests.browser.accounts import sign_in

pytestmark = pytest.mark.browser


def test_the_workflows_a_step_is_used_on_are_joined_with_a_persian_comma(browser, server, persian_admin):
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(f"{server.url}/admin/workflows/tasks/index/")
        page.wait_for_load_state("networkidle")
        cells = [
            " ".join(text.split())
            for text in page.locator("td:has(a[href*='/admin/workflows/edit/'])").all_inner_texts()
        ]
        joined = [cell for cell in cells if "،" in cell]
        assert joined, cells  # the head's step is on several workflows
        assert not any("," in cell for cell in cells), cells
        # A search box's text, typed by the reader, keeps its comma.
        search = page.locator("input[name=q]").first
        search.fill("اعلان, خبر")
        assert search.input_value() == "اعلان, خبر"
    finally:
        page.context.close()
