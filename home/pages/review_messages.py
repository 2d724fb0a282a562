"""What a reviewer is told after approving a page or sending it back, wherever they did it.

Wagtail says only «صفحه «…» به‌روزرسانی شد.» after a reviewer's action in the page editor, and
nothing at all after the same action from the dashboard's "awaiting your review" panel (its
buttons and their comment dialog post to Wagtail's workflow action view, which adds no message).
Both now say what the workflow did: approved and published, approved and waiting for the next
step (named), approved for its scheduled time, or sent back for changes.

- The page editor: `home.wagtail_hooks.reviewers_return_to_their_tasks` (an `after_edit_page`
  hook) calls `say_what_the_review_did`, which replaces Wagtail's "updated" message.
- The dashboard: `ReviewWorkflowActionView`, the page viewset's workflow action view
  (`home.pages.explorer.ExplorerPageViewSet`).

"Request changes" asks for a comment and refuses an empty one, in both places (the dialog of
the dashboard and of the page editor's footer): Wagtail's comment is optional, and an editor
whose page came back without one was not told what to fix.
"""

from django import forms
from django.contrib import messages
from django.utils.translation import gettext, gettext_lazy
from wagtail.admin import messages as admin_messages
from wagtail.admin.views.pages.workflow import CollectWorkflowActionDataView, WorkflowActionView
from wagtail.forms import TaskStateCommentForm
from wagtail.models import TaskState, WorkflowState


def review_outcome(page, approved):
    """What the workflow did to `page` after its reviewer acted, in the reviewer's language, or
    None when there is nothing to say (no workflow, or an outcome not listed here)."""
    state = page.workflow_states.order_by("-created_at", "-pk").first()
    if state is None:
        return None
    title = page.get_admin_display_title()
    page = type(page).objects.get(pk=page.pk)  # as the workflow left it (published, or not)
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return gettext("Page '%(page_title)s' has been sent back for changes.") % {"page_title": title}
    if not approved:
        return None
    if state.status == WorkflowState.STATUS_IN_PROGRESS and state.current_task_state:
        return gettext("Page '%(page_title)s' has been approved and now awaits the step '%(task_name)s'.") % {
            "page_title": title,
            "task_name": state.current_task_state.task,
        }
    if state.status == WorkflowState.STATUS_APPROVED and page.live and not page.has_unpublished_changes:
        return gettext("Page '%(page_title)s' has been approved and published.") % {"page_title": title}
    if state.status == WorkflowState.STATUS_APPROVED and page.scheduled_revision:
        return gettext("Page '%(page_title)s' has been approved; it will be published at its scheduled time.") % {
            "page_title": title
        }
    return None


def say_what_the_review_did(request, page):
    """After a reviewer's action in the page editor: Wagtail's «… به‌روزرسانی شد.» is replaced
    by what happened; the request's other messages stay."""
    said = review_outcome(page, approved=request.POST.get("workflow-action-name") == "approve")
    if said is None:
        return
    title = page.get_admin_display_title()
    # Reading the messages takes them all off the request; all but Wagtail's are put back.
    updated = admin_messages.render(gettext("Page '%(page_title)s' has been updated.") % {"page_title": title}, None)
    for message in list(messages.get_messages(request)):
        if str(message.message) != updated:
            messages.add_message(request, message.level, message.message, extra_tags=message.extra_tags)
    admin_messages.success(request, said)


class ChangesRequestForm(TaskStateCommentForm):
    """Wagtail's comment form, the comment required: it is what the editor is told to fix."""

    comment = forms.CharField(
        label=gettext_lazy("What should the editor change?"),
        widget=forms.Textarea({"rows": 3}),
        error_messages={
            "required": gettext_lazy("Write what should be changed: the editor receives this comment with the page.")
        },
    )


class CommentRequiredToRequestChanges:
    """For a workflow action view: "Request changes" (`reject`) with Wagtail's comment form
    takes `ChangesRequestForm` instead."""

    def get_form_class(self):
        form_class = super().get_form_class()
        if self.action_name == "reject" and form_class is TaskStateCommentForm:
            return ChangesRequestForm
        return form_class


class ReviewCollectWorkflowActionDataView(CommentRequiredToRequestChanges, CollectWorkflowActionDataView):
    """The page editor's dialog for a reviewer's action (its data then goes with the edit form)."""


class ReviewWorkflowActionView(CommentRequiredToRequestChanges, WorkflowActionView):
    """Wagtail's workflow action view (the dashboard's Approve, "Approve with comment" and
    "Request changes"), which then says what the action did, as the page editor does. A comment
    dialog sent back with errors, or an action that did not happen, says nothing."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        acted = TaskState.objects.filter(pk=self.task_state.pk).exclude(status=TaskState.STATUS_IN_PROGRESS).exists()
        if acted:
            said = review_outcome(self.object, approved=self.action_name == "approve")
            if said is not None:
                admin_messages.success(request, said)
        return response
