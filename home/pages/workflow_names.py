"""Workflows and tasks named in the reader's language wherever the admin names them.

The seed stores its workflows and steps under their Persian names (declared once with their
English, home.pages.editor_groups); English staff read the English, Persian staff the Persian,
and a workflow an editor named reads as it was typed. No second row, no English column: the
name is chosen when shown, by `shown_name`, through `str()` of a workflow or a task.

Where Wagtail prints `.name` rather than the object:

- Wagtail's own templates (`install`): the dashboard's panels, the workflow report and the
  workflow history, and the workflow and task listings' cells list workflow states and tasks
  wrapped in `ShownNames`, whose `.name` reads as shown. The status panel's dialog and timeline
  and the task editor, which read the names through the page or the task itself, are
  overridden in templates/wagtailadmin/, each saying so;
- Python (`install`): the listings' name column, the status panel's "Sent to …" line, the
  action menu's «Submit to …» / «Resubmit to …», the lock message of a page awaiting review,
  the dialog of publishing a page in moderation;
- mails (`install`): the workflow and task a notification names, read in the recipient's
  language when the mail is written (`ShownNames` again);
- the history's log entries, which keep the names as they were when logged
  (`show_names_in_log_entries`, from a `register_log_actions` hook).
"""

import copy
import functools

from django.contrib.humanize.templatetags.humanize import naturaltime
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail import locks
from wagtail.admin import action_menu, mail
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.admin.views import home as dashboard
from wagtail.admin.views import workflows
from wagtail.admin.views.generic import history
from wagtail.admin.views.generic.workflow import ConfirmWorkflowCancellation
from wagtail.admin.views.reports import workflows as reports
from wagtail.models import Task, TaskState, Workflow, WorkflowState

from home.pages.editor_groups import shown_name


def _shown(self):
    return shown_name(self.name)


NAMED = (Workflow, Task)
STATES = (WorkflowState, TaskState)


class ShownNames:
    """A workflow or task, or a state of one, as a template reads it: the `name` (and `str()`) of
    every workflow and task reached through it (`state.workflow.name`,
    `state.current_task_state.task.name`, `state.all_tasks_with_status`) reads in the language
    active when it is read, so a mail's context, built once, reads in each recipient's language.
    Everything else is the object's own."""

    def __init__(self, wrapped):
        self._wrapped = wrapped

    def __getattr__(self, attribute):
        value = getattr(self._wrapped, attribute)
        if attribute == "name" and isinstance(self._wrapped, NAMED):
            return shown_name(value)
        if attribute == "all_tasks_with_status":
            return lambda: shown_names(value())
        return ShownNames(value) if isinstance(value, NAMED + STATES) else value

    def __str__(self):
        return str(self._wrapped)


def shown_names(items):
    return [ShownNames(item) for item in items]


def _mails_name_as_shown(send_emails):
    @functools.wraps(send_emails)
    def send(self, template_set, context, recipients, **kwargs):
        for key in ("workflow", "task"):
            if isinstance(context.get(key), NAMED):
                context[key] = ShownNames(context[key])
        return send_emails(self, template_set, context, recipients, **kwargs)

    return send


def _workflow_status_with_date(workflow_state):
    """Wagtail's `workflow_status_with_date` tag (the status panel's "Sent to … 3 hours ago"),
    the task named as shown."""
    task_state = workflow_state.current_task_state
    said = {
        "finished_at": naturaltime(task_state.finished_at),
        "started_at": naturaltime(task_state.started_at),
        "task_name": str(task_state.task),
        "status_display": workflow_state.get_status_display,
    }
    if workflow_state.status == "needs_changes":
        return _("Changes requested %(finished_at)s") % said
    if workflow_state.status == "in_progress":
        return _("Sent to %(task_name)s %(started_at)s") % said
    return _("%(status_display)s %(task_name)s %(started_at)s") % said


def _submit_context(self, parent_context):
    """Wagtail's `SubmitForModerationMenuItem.get_context_data`, its «Submit to <workflow>» /
    «Resubmit to <task>» naming them as shown."""
    context = ActionMenuItem.get_context_data(self, parent_context)
    page = context.get("page")
    state = page.current_workflow_state if page else None
    if state and state.status == state.STATUS_NEEDS_CHANGES:
        context["label"] = _("Resubmit to %(task_name)s") % {"task_name": state.current_task_state.task}
    else:
        # A page being created goes through its parent's workflow.
        workflow = (page if page and page.pk else context["parent_page"]).get_workflow()
        if workflow:
            context["label"] = _("Submit to %(workflow_name)s") % {"workflow_name": workflow}
    return context


def _lock_message(self, user):
    """Wagtail's `WorkflowLock.get_message` (a page awaiting a review its reader may not give),
    its sentences, the task and the workflow named as shown."""
    if not self.for_user(user):
        return None
    state = self.object.current_workflow_state
    if state and len(state.all_tasks_with_status()) == 1:
        awaiting = capfirst(
            _("This %(model_name)s is currently awaiting moderation.") % {"model_name": self.model_name}
        )
    else:
        awaiting = capfirst(
            format_html(
                _("This {model_name} is awaiting <b>'{task_name}'</b> in the <b>'{workflow_name}'</b> workflow."),
                model_name=self.model_name,
                task_name=str(self.task),
                workflow_name=str(state.workflow),
            )
        )
    reviewers = capfirst(
        _("Only reviewers for this task can edit the %(model_name)s.") % {"model_name": self.model_name}
    )
    return mark_safe(awaiting + " " + reviewers)  # noqa: S308 - format_html and Wagtail's own sentences


def _cancellation_names(get_context_data):
    """The dialog of publishing a page in moderation ("this will cancel <workflow> at <task>")."""

    @functools.wraps(get_context_data)
    def context_data(self, **kwargs):
        context = get_context_data(self, **kwargs)
        context["task"] = str(self.workflow_state.current_task_state.task)
        context["workflow"] = str(self.workflow_state.workflow)
        return context

    return context_data


def _context_names_shown(get_context_data, key):
    """A view's, dashboard panel's or listing column's context method (whose template is
    Wagtail's own), the workflow states or tasks it lists under `key` naming their workflows
    and tasks as shown."""

    @functools.wraps(get_context_data)
    def context_data(self, *args, **kwargs):
        context = get_context_data(self, *args, **kwargs)
        context[key] = shown_names(context[key])
        return context

    return context_data


def _review_panel_names_shown(get_context_data):
    """The dashboard's "Awaiting your review": each object's steps, named in its tooltips."""

    @functools.wraps(get_context_data)
    def context_data(self, parent_context):
        context = get_context_data(self, parent_context)
        for state in context["states"]:
            state["workflow_tasks"] = shown_names(state["workflow_tasks"])
        return context

    return context_data


def _report_names_shown(decorate_paginated_queryset):
    """The workflow report's rows (its template reads them as `object_list`)."""

    @functools.wraps(decorate_paginated_queryset)
    def decorated(self, object_list):
        return shown_names(decorate_paginated_queryset(self, object_list))

    return decorated


def install():
    """Called once from HomeConfig.ready."""
    Workflow.__str__ = _shown
    Task.__str__ = _shown
    for view in (workflows.Index, workflows.TaskIndex):
        for column in view.columns:
            if column.name == "name":
                column.accessor = "__str__"
    for column, key in ((workflows.WorkflowTasksColumn, "tasks"), (workflows.TaskUsageColumn, "value")):
        column.get_cell_context_data = _context_names_shown(column.get_cell_context_data, key)
    wagtailadmin_tags.register.simple_tag(_workflow_status_with_date, name="workflow_status_with_date")
    action_menu.SubmitForModerationMenuItem.get_context_data = _submit_context
    locks.WorkflowLock.get_message = _lock_message
    ConfirmWorkflowCancellation.get_context_data = _cancellation_names(ConfirmWorkflowCancellation.get_context_data)
    mail.EmailNotificationMixin.send_emails = _mails_name_as_shown(mail.EmailNotificationMixin.send_emails)
    for listing in (dashboard.UserObjectsInWorkflowModerationPanel, history.WorkflowHistoryView):
        listing.get_context_data = _context_names_shown(listing.get_context_data, "workflow_states")
    review = dashboard.WorkflowObjectsToModeratePanel
    review.get_context_data = _review_panel_names_shown(review.get_context_data)
    reports.WorkflowView.decorate_paginated_queryset = _report_names_shown(
        reports.WorkflowView.decorate_paginated_queryset
    )


WORKFLOW_ACTIONS = "wagtail.workflow."


def _entry_names_shown(format_message):
    @functools.wraps(format_message)
    def formatted(log_entry):
        named = (log_entry.data or {}).get("workflow")
        if not isinstance(named, dict):
            return format_message(log_entry)
        named = copy.deepcopy(named)
        for part in (named, named.get("task"), named.get("next")):
            if isinstance(part, dict) and isinstance(part.get("title"), str):
                part["title"] = shown_name(part["title"])
        entry = copy.copy(log_entry)
        entry.data = {**log_entry.data, "workflow": named}
        return format_message(entry)

    return formatted


def show_names_in_log_entries(actions):
    """`register_log_actions` (after every other): the workflow and task a workflow log entry
    names (as they were named when it was logged) read as shown in the page's history."""
    for action, formatter in actions.formatters.items():
        if action.startswith(WORKFLOW_ACTIONS) and not hasattr(formatter.format_message, "__wrapped__"):
            formatter.format_message = _entry_names_shown(formatter.format_message)
