"""A page sent back for changes reads as sent back, not "rejected", wherever its editor looks.

Wagtail records "Request changes" as the task being rejected, and said so to the editor: the
mail («… در «تأیید مدیر کل» رد شد», English "has been rejected"), the workflow history
(«رد شد به وسیلهٔ …», its task state's status), the page's history (its log entries). The
reviewer's button and success message say «درخواست اصلاح» / «برای اصلاح برگردانده شد»:

- the mail: templates/wagtailadmin/notifications/workflow_state_rejected*.
- the workflow history: a rejected task state's status reads "Changes requested"
  (`install`).
- the page's history: the log entry of a rejected task (`register_log_action`).

The reviewer's comment was found only through the status panel's workflow details; the page's
edit screen now opens with it while the page waits for its editor (`changes_requested_notice`).
"""

from django.contrib import messages
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.messages import render
from wagtail.admin.utils import get_user_display_name
from wagtail.log_actions import LogFormatter
from wagtail.models import TaskState, WorkflowState

from home.language.dates import format_date
from home.language.text import quoted

REJECT_ACTION = "wagtail.workflow.reject"


def _status_display(task_state):
    return str(dict(TaskState.STATUS_CHOICES).get(task_state.status, task_state.status))


def install():
    """A rejected task state's status reads "Changes requested" in the workflow history: its
    details (`get_status_display`) and the listing's tooltips (`STATUS_CHOICES`, which
    `WorkflowState.all_tasks_with_status` reads). Called once from HomeConfig.ready; the
    field's own choices stay Wagtail's, so no migration. Other statuses keep their labels."""
    TaskState.STATUS_CHOICES = tuple(
        (value, _("Changes requested") if value == TaskState.STATUS_REJECTED else label)
        for value, label in TaskState.STATUS_CHOICES
    )
    TaskState.get_status_display = _status_display


class ChangesRequestedFormatter(LogFormatter):
    label = _("Workflow: request changes")

    def format_message(self, log_entry):
        try:
            return _("Changes requested at '%(task)s'") % {"task": log_entry.data["workflow"]["task"]["title"]}
        except (KeyError, TypeError):
            return _("Changes requested")

    def format_comment(self, log_entry):
        return log_entry.data.get("comment", "")


def register_log_action(actions):
    """Wagtail's log action for a rejected task, labelled and told as a request for changes
    (registered after Wagtail's own, which it replaces, in the history filter's choices too)."""
    formatter = ChangesRequestedFormatter()
    actions.formatters[REJECT_ACTION] = formatter
    actions.choices[:] = [choice for choice in actions.choices if choice[0] != REJECT_ACTION]
    actions.choices.append((REJECT_ACTION, formatter.label))


def requested_changes(page):
    """The task state that sent `page` back for changes, while its editor has not resubmitted
    it, or None."""
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_REJECTED:
        return None
    return task_state


def isolated(text):
    """`text` (a name, a step, a comment in either language) set apart from the sentence around
    it, so a Persian name in an English sentence keeps the quotes and the full stop in place."""
    return format_html("<bdi>{}</bdi>", text)


def quoted_comment(comment):
    """A reviewer's comment as HTML, set apart (`isolated`) between the reader's quotation marks:
    «…» in the Persian admin, “…” in the English one (never the straight quotes)."""
    return mark_safe(escape(quoted("\x00")).replace("\x00", isolated(comment)))


def changes_requested_notice(request, page):
    """On opening `page`'s edit screen: who asked for changes, at which step, when, and what
    they wrote, as a warning above the form, with a link to the workflow's details."""
    if request.method != "GET":
        return  # a save redirects here, where the notice is added once
    task_state = requested_changes(page)
    if task_state is None:
        return
    who = get_user_display_name(task_state.finished_by) if task_state.finished_by else ""
    said = {
        "who": isolated(who),
        "task": isolated(task_state.task),
        "when": escape(format_date(task_state.finished_at, with_time=True)),
    }
    if who:
        message = gettext("%(who)s returned this page for changes at “%(task)s” on %(when)s.")
    else:
        message = gettext("This page was returned for changes at “%(task)s” on %(when)s.")
    message = mark_safe(escape(message) % said)
    comment = task_state.specific.get_comment()
    detail = ""
    if comment:
        said = escape(gettext("The following comment was left: %(comment)s")) % {"comment": quoted_comment(comment)}
        detail = format_html('<p class="changes-requested-comment">{}</p>', mark_safe(said))
    details_url = reverse("wagtailadmin_pages:workflow_history_detail", args=[page.pk, task_state.workflow_state_id])
    messages.warning(request, render(message, [(details_url, gettext("View details"))], detail))
