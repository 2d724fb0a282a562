"""Workflows and tasks named in the reader's language (home/pages/workflow_names.py).

The seed stores its workflows and steps under their Persian names; English staff read
«تأیید شناسنامه خدمت» in the workflow listing, the status panel, the history, the dashboard, the
action menu, the mails and the reports. They now read "Service card approval" there, Persian staff
the Persian, and a workflow an editor named reads as it was typed in both."""

import pytest
from bs4.element import NavigableString, TemplateString
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from services.models import ServicePage
from tests.admin_language import prefers_english
from tests.language_runs import ARABIC_SCRIPT
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db

SERVICE_FLOW = {"en": "Service card approval", "fa": "تأیید شناسنامه خدمت"}
HEAD_STEP = {"en": "Section head's approval", "fa": "تأیید سرپرست حوزه"}
DIRECTOR_STEP = {"en": "Director general's approval", "fa": "تأیید مدیر کل"}
MODERATORS = {"en": "Moderators approval", "fa": "تأیید ناظران"}  # Wagtail's own, disabled by the seed


def words(element):
    """The element's text, inside a `<template>` too (where Wagtail keeps its dialogs)."""
    return " ".join(element.get_text(" ", types=(NavigableString, TemplateString)).split())


def names_in(dom, selector, attribute=None):
    """The text (or `attribute`) of every element `selector` finds; fails when there is none."""
    found = [element[attribute] if attribute else words(element) for element in dom.select(selector)]
    assert found, selector
    return found


def assert_language(names, language):
    """Each name is written in `language`'s script: no Persian letter in an English one."""
    for name in names:
        assert bool(ARABIC_SCRIPT.search(name)) == (language == "fa"), (language, name)


def staff(language, username):
    user = get_user_model().objects.create_superuser(username, f"{username}@example.ir", "x-unused-123")
    return prefers_english(user) if language == "en" else user


@pytest.fixture
def service():
    return ServicePage.objects.filter(locale__language_code="fa", domain="cooperatives").live().order_by("path").first()


def workflow_of_editors(workflow_name, task_name):
    """A workflow and its one step as an editor names them on the workflow and task forms."""
    workflow = Workflow.objects.create(name=workflow_name)
    WorkflowTask.objects.create(workflow=workflow, task=GroupApprovalTask.objects.create(name=task_name), sort_order=0)


@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_workflow_and_task_listings_name_them_in_the_readers_language(client, language):
    """The seed's workflows and steps in the reader's language, Wagtail's disabled default too;
    the workflows editors named, in either language, as they typed them."""
    typed = {"گردش کار بازبینی ویژه": "مرحلهٔ بازبینی ویژه", "Board review": "Board's first reading"}
    for workflow_name, task_name in typed.items():
        workflow_of_editors(workflow_name, task_name)
    client.force_login(staff(language, f"workflow-lister-{language}"))
    listing = ok_soup(client.get(reverse("wagtailadmin_workflows:index"), {"show_disabled": "true"}))
    workflows = names_in(listing, "table.listing tbody td:first-child a")
    seeded = [name for name in workflows if name not in typed]
    assert {SERVICE_FLOW[language], DIRECTOR_STEP[language], MODERATORS[language]} <= set(seeded), workflows
    assert_language(seeded, language)
    assert set(typed) <= set(workflows)
    steps = names_in(listing, ".workflow-tasks__name")
    assert HEAD_STEP[language] in steps and set(typed.values()) <= set(steps)
    tooltips = names_in(listing, ".workflow-tasks__task", "data-w-tooltip-content-value")
    assert_language([step for step in steps + tooltips if not any(name in step for name in typed.values())], language)

    tasks = ok_soup(client.get(reverse("wagtailadmin_workflows:task_index")))
    named = names_in(tasks, "table.listing tbody td:first-child a")
    assert HEAD_STEP[language] in named and set(typed.values()) <= set(named)
    assert_language([name for name in named if name not in typed.values()], language)
    used_on = names_in(tasks, "table.listing tbody td a[href*='/workflows/edit/']")
    assert SERVICE_FLOW[language] in used_on
    assert_language([name for name in used_on if name not in typed], language)

    task = GroupApprovalTask.objects.get(name=DIRECTOR_STEP["fa"])
    editor = ok_soup(client.get(reverse("wagtailadmin_workflows:edit_task", args=[task.pk])))
    assert_language(names_in(editor, ".help-info a[href*='/workflows/edit/']"), language)

    report = ok_soup(client.get(reverse("wagtailadmin_reports:workflow")))
    choices = [words(option) for option in report.select("select[name=workflow] option") if option.get("value")]
    assert SERVICE_FLOW[language] in choices and set(typed) <= set(choices), choices
    assert_language([name for name in choices if name not in typed], language)


def test_a_page_in_moderation_names_its_workflow_and_steps_in_each_readers_language(client, demo_users, service):
    """An English editor submits a service: the action menu, the lock, the status panel, the
    workflow history, the workflow report, the page's history and their dashboard say "Service
    card approval" and "Section head's approval". The section head, in Persian, is mailed and reads it in Persian;
    the English director, at the next step, is mailed and reads it in English."""
    editor, head = prefers_english(demo_users["editor-cooperatives"]), demo_users["head-cooperatives"]
    director = prefers_english(get_user_model().objects.get(username="director"))
    client.force_login(editor)
    edit_url = f"/admin/pages/{service.pk}/edit/"
    submit = words(ok_soup(client.get(edit_url)).select_one("footer button[name=action-submit]"))
    assert submit == f"Submit to {SERVICE_FLOW['en']}"

    service.save_revision(user=editor)
    mail.outbox.clear()
    state = service.get_workflow().start(service, editor)
    (message,) = [message for message in mail.outbox if message.to == [head.email]]
    assert HEAD_STEP["fa"] in message.body and SERVICE_FLOW["fa"] in message.body

    page = ok_soup(client.get(edit_url))
    status = page.select_one("#workflow-status-dialog")
    assert words(status.select_one(".w-dialog__title")) == SERVICE_FLOW["en"]
    timeline = names_in(status, ".workflow-timeline__item")[1:]
    assert HEAD_STEP["en"] in timeline[0] and DIRECTOR_STEP["en"] in timeline[1], timeline
    assert words(status.select_one(".w-dialog__message-heading")).startswith(f"Sent to {HEAD_STEP['en']} ")
    lock = words(page.select_one(".messages li.lock"))
    assert f"awaiting '{HEAD_STEP['en']}' in the '{SERVICE_FLOW['en']}' workflow" in lock, lock

    history = ok_soup(client.get(f"/admin/pages/{service.pk}/workflow_history/"))
    assert names_in(history, "table.listing tbody td.title h2") == [SERVICE_FLOW["en"]]
    tooltips = names_in(history, "td.title span[data-w-tooltip-content-value]", "data-w-tooltip-content-value")
    assert [tooltip.split(":")[0] for tooltip in tooltips] == [HEAD_STEP["en"], DIRECTOR_STEP["en"]]
    report = ok_soup(client.get(reverse("wagtailadmin_reports:workflow")))
    row = next(row for row in report.select("table.listing tbody tr") if service.title in words(row))
    tooltips = names_in(row, "[data-w-tooltip-content-value]", "data-w-tooltip-content-value")
    assert [tooltip.split(":")[0] for tooltip in tooltips] == [HEAD_STEP["en"], DIRECTOR_STEP["en"]]
    detail = ok_soup(client.get(f"/admin/pages/{service.pk}/workflow_history/detail/{state.pk}/"))
    assert words(detail.select_one("main h2")) == SERVICE_FLOW["en"]
    assert names_in(detail, ".workflow-progress-table--tasks th")[1:] == [HEAD_STEP["en"], DIRECTOR_STEP["en"]]
    log = words(ok_soup(client.get(f"/admin/pages/{service.pk}/history/")).select_one("table.listing"))
    assert f"'{SERVICE_FLOW['en']}' started. Next step '{HEAD_STEP['en']}'" in log, log
    mine = words(ok_soup(client.get("/admin/")).select_one("#objects-in-workflow-section"))
    assert f"Awaiting {HEAD_STEP['en']}" in mine and not ARABIC_SCRIPT.search(mine.replace(service.title, "")), mine

    client.force_login(head)
    review = ok_soup(client.get("/admin/")).select_one("#awaiting-review-section")
    steps = names_in(review, "td.tasks [data-w-tooltip-content-value]", "data-w-tooltip-content-value")
    assert [step.split(":")[0] for step in steps] == [HEAD_STEP["fa"], DIRECTOR_STEP["fa"]]
    mail.outbox.clear()
    url = f"/admin/pages/workflow/action/{service.pk}/approve/{state.current_task_state.pk}/"
    assert client.post(url, {"comment": ""}).status_code == 302

    (message,) = [message for message in mail.outbox if message.to == [director.email]]
    said = message.subject + message.body
    assert f'waiting at the step "{DIRECTOR_STEP["en"]}" of the workflow "{SERVICE_FLOW["en"]}"' in said, said
    assert DIRECTOR_STEP["fa"] not in said and SERVICE_FLOW["fa"] not in said
    client.force_login(director)
    review = ok_soup(client.get("/admin/")).select_one("#awaiting-review-section")
    steps = names_in(review, "td.tasks [data-w-tooltip-content-value]", "data-w-tooltip-content-value")
    assert [step.split(":")[0] for step in steps] == [HEAD_STEP["en"], DIRECTOR_STEP["en"]]
