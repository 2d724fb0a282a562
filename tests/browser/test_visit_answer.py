"""The citizen answers a visit request on a phone: sent without a choice, the error summary
takes focus, its link puts the keyboard on the group's first option with the question in view,
and the note typed is still there; then the answer goes."""

import pytest

from tests.browser.citizen import open_request, send_request
from tests.forms_pages.conftest import working_day_ahead

NOTE = "آن روز در سفرم؛ هفته بعد هر روزی که بگویید می‌آیم."


@pytest.fixture
def visit_requested(page, server, django_db_setup, django_db_blocker):
    """A request sent in the browser, for which the desk asked the applicant to come in (written
    outside a test transaction, so the server sees it; removed afterwards)."""
    from forms_pages.choices import RequestStatus
    from forms_pages.handling import record_answer
    from forms_pages.models import CitizenRequest

    page.set_viewport_size({"width": 390, "height": 844})
    code = send_request(
        page, server, "پرسش درباره مستمری بیمه بیکاری", "چه مدارکی برای مستمری لازم است؟", "09123456780"
    )
    with django_db_blocker.unblock():
        record_answer(
            CitizenRequest.objects.get(code=code),
            None,
            {
                "status": RequestStatus.VISIT_REQUESTED,
                "visit_at": working_day_ahead(5),
                "visit_place": "ساختمان اداره کل، اتاق ۲۰۴",
                "visit_documents": "کارت ملی",
            },
        )
    open_request(page, server, code, "09123456780")
    yield code
    with django_db_blocker.unblock():
        CitizenRequest.objects.filter(code=code).delete()


def test_a_visit_answer_without_a_choice_leads_to_the_first_option(page, server, visit_requested):
    page.fill("#id_note", NOTE)
    with page.expect_navigation():
        page.click("form.visit-answer button[type=submit]")
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    page.click("[data-error-summary] a[href='#id_answer_0']")
    assert page.evaluate("document.activeElement.id") == "id_answer_0"
    legend = page.locator("fieldset:has(#id_answer_0) legend").bounding_box()
    assert -1 <= legend["y"] < 844  # the question is in view above the options
    assert "id_answer_error" in page.get_attribute("fieldset:has(#id_answer_0)", "aria-describedby")
    assert page.input_value("#id_note") == NOTE

    page.keyboard.press("ArrowDown")  # the keyboard moves to «زمان دیگری می‌خواهم» and picks it
    assert page.is_checked("#id_answer_1")
    with page.expect_navigation():
        page.click("form.visit-answer button[type=submit]")
    assert "پاسخ شما دربارهٔ مراجعهٔ حضوری" in page.locator("#messages").inner_text()
    assert [error for error in page.console_errors if "status of 400" not in error] == []
