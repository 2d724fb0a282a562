"""The error pattern in a real browser: the summary takes focus, its links reach the fields,
and the survey's confirmation is where the citizen is looking."""

import pytest

from tests.browser.conftest import run_axe

pytestmark = pytest.mark.django_db


def test_error_summary_takes_focus_and_links_to_the_fields(page, server):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.url + "/contact/")
    page.fill("#id_mobile", "12")
    with page.expect_navigation():
        page.click(".request-form button[type=submit]")
    summary = page.locator("[data-error-summary]")
    assert summary.count() == 1
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    # The summary is on screen on a phone, not below the fold.
    box = summary.bounding_box()
    assert -1 <= box["y"] < 844
    page.click("[data-error-summary] a[href='#id_mobile']")
    assert page.evaluate("document.activeElement.id") == "id_mobile"
    assert page.input_value("#id_mobile") == "12"  # what was typed is kept
    # The field's question is in view above it.
    label_box = page.locator("label[for='id_mobile']").bounding_box()
    assert -1 <= label_box["y"] < 844
    page.click("[data-error-summary] a[href='#id_kind_0']")
    assert page.evaluate("document.activeElement.id") == "id_kind_0"
    # The only console line is Chromium noting the page's own 400 status.
    assert [error for error in page.console_errors if "status of 400" not in error] == []


def test_the_survey_confirmation_takes_focus(page, server):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.url + "/services/unemployment-insurance/survey/")
    page.locator('#survey input[name="score"][value="4"]').check()
    page.locator('#survey input[name="visited_in_person"]').first.check()
    with page.expect_navigation():
        page.click("#survey button[type=submit]")
    assert page.url.endswith("#survey-done")
    assert page.evaluate("document.activeElement.id") == "survey-done"
    box = page.locator("#survey-done").bounding_box()
    assert -1 <= box["y"] < 844


def test_a_form_with_errors_has_no_wcag_violations(axe_page, server):
    axe_page.goto(server.url + "/contact/")
    with axe_page.expect_navigation():
        axe_page.click(".request-form button[type=submit]")
    assert axe_page.locator("[data-error-summary]").count() == 1
    assert run_axe(axe_page) == []


@pytest.mark.parametrize(
    "path", ["/services/unemployment-insurance/survey/", "/en/services/unemployment-insurance/survey/"]
)
def test_a_survey_error_sits_above_the_whole_scale_on_a_phone(page, server, path):
    """Sent empty at 390 px: the score's error is on its own line above the options, and the
    five options ۱ to ۵ stay on one line (the scale is not split by the message)."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.url + path)
    with page.expect_navigation():
        page.click("#survey button[type=submit]")
    error = page.locator("#id_score_error").bounding_box()
    options = [page.locator(f"label[for='id_score_{n}']").bounding_box() for n in range(5)]
    assert all(error["y"] + error["height"] <= box["y"] for box in options)
    assert len({round(box["y"]) for box in options}) == 1
