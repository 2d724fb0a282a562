"""The workflow screens a superuser uses, in the Persian admin: each step's whole name in the
workflows listing (Wagtail cut it to one line of 20ch, about 110px under the Persian digits'
font: «تأیید سر...» and «تأیید مدیر...»), and the workflow editor within a 390px phone (a long
panel heading ran off the screen's edge)."""

import pytest

from tests.browser.accounts import sign_in
from tests.browser.test_admin_phone_and_digits import OUTSIDE_THE_SCREEN, PHONE

pytestmark = pytest.mark.browser

# Each step name shown in the listing, with whether its box hides part of it.
STEP_NAMES = """() => [...document.querySelectorAll(".workflow-tasks__name")].map(name => ({
  text: name.textContent.trim(),
  cut: name.scrollWidth > name.clientWidth + 1 || name.scrollHeight > name.clientHeight + 1,
}))"""


@pytest.fixture
def workflows(django_db_blocker):
    from wagtail.models import Workflow

    with django_db_blocker.unblock():
        active = Workflow.objects.filter(active=True).prefetch_related("workflow_tasks__task").order_by("pk")
        return [(workflow.pk, [step.task.name for step in workflow.workflow_tasks.all()]) for workflow in active]


def test_the_workflows_listing_shows_every_steps_whole_name(browser, server, persian_admin, workflows):
    names = {name for _, steps in workflows for name in steps}
    assert any(len(name) > 20 for name in names), names  # the seed has names longer than Wagtail's cut
    page = sign_in(browser, server, persian_admin.username)
    try:
        page.goto(f"{server.url}/admin/workflows/list/")
        page.wait_for_load_state("networkidle")
        shown = page.evaluate(STEP_NAMES)
        assert {step["text"] for step in shown} == names
        assert not [step["text"] for step in shown if step["cut"]]
    finally:
        page.context.close()


def test_the_workflow_editor_fits_a_phone(browser, server, persian_admin, workflows):
    page = sign_in(browser, server, persian_admin.username, viewport=PHONE)
    try:
        for pk, _ in workflows:
            page.goto(f"{server.url}/admin/workflows/edit/{pk}/")
            page.wait_for_load_state("networkidle")
            assert page.evaluate(OUTSIDE_THE_SCREEN) == [], pk
    finally:
        page.context.close()
