"""Who drafts what and who approves it: the domain scope of section staff, and the rule that
every moderation task can be reviewed by someone.

Section staff (a section's editors and its head) draft their own domain's content wherever it
lives in the tree: the section's own pages, and the services, news and notices of their domain
in the shared indexes. Content-type editors (the services desk, the newsroom, ...) are not
limited to a domain. See docs/editorial.md.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Task, Workflow, WorkflowPage, get_page_models

from home.models import SectionHeadApprovalTask, SectionPage
from home.models.pages import EDITING


def narrowed_scope(user, page, facts=None):
    """The domains section-limited `user` is held to at `page`, or None where the tree alone
    decides: `user` is not limited there (`SectionPage.domain_scope`), or `page` lies in a
    section's subtree.

    The one rule behind what section staff may edit (out_of_scope) and what the explorer, the
    page search and the site history show them (other_domains_below). `facts`: as for
    `SectionPage.domain_scope`."""
    scope = SectionPage.domain_scope(user, page, facts)
    if scope is None:
        return None
    if SectionPage.objects.filter(pk__in=Page.objects.ancestor_of(page, inclusive=True).values("pk")).exists():
        return None
    return scope


def out_of_scope(user, page):
    """True when a section-limited `user` may not edit `page` although the tree would let them.

    Inside their section's subtree the tree decides. Elsewhere (the shared indexes of
    services, news and notices) they edit only pages of their own domains, never the index.
    """
    scope = narrowed_scope(user, page)
    return scope is not None and getattr(page.specific_deferred, "domain", None) not in scope


def kept_out(user, page):
    """True when `user` may not open `page` at all: another domain's page (out_of_scope), unless
    they review its current workflow step (Wagtail then lets them edit it)."""
    if not out_of_scope(user, page):
        return False
    task = page.current_workflow_task
    return task is None or not task.specific.user_can_access_editor(page, user)


def domain_page_models():
    """The page types a `domain` field files under a section in the shared indexes (not the
    section page itself)."""
    return [
        model
        for model in get_page_models()
        if not model._meta.abstract
        and model is not SectionPage
        and "domain" in {field.name for field in model._meta.get_fields()}
    ]


def other_domains_below(user, page, *, children_only=False, facts=None):
    """A filter on the pages of other domains below `page` (its children only, with
    `children_only`) that section-limited `user` does not see; None where nothing is hidden."""
    scope = narrowed_scope(user, page, facts)
    if scope is None:
        return None
    hidden = Q(pk__in=[])
    for model in domain_page_models():
        below = model.objects.child_of(page) if children_only else model.objects.descendant_of(page)
        hidden |= Q(pk__in=below.exclude(domain__in=scope).values("pk"))
    return hidden


def other_domains_pages(user):
    """The pages of other domains in the shared indexes, which section-limited `user` does not
    see there (the page search, the site history): a queryset of pks, empty for anyone else."""
    hidden = Q(pk__in=[])
    if user.is_superuser:
        return Page.objects.none().values("pk")
    roots = Page.objects.filter(
        group_permissions__group__in=user.groups.all(),
        group_permissions__permission__codename__in=EDITING,
    ).distinct()
    # The user's groups and the sections' are read once for all the roots (a section's staff
    # hold four: their section, and the news, notices and services indexes).
    facts = SectionPage.domain_scope_facts(user)
    for root in roots:
        below = other_domains_below(user, root, facts=facts)
        if below is not None:
            hidden |= below
    return Page.objects.filter(hidden).values("pk")


def task_reviewer_problems(task):
    """Why `task` may leave content with nobody to review it, as messages (empty when fine).

    A group approval task needs groups with at least one active member. A section head task
    needs that of its own groups (they review content of no section, or of a section without
    a head group) and of every section's head group.
    """

    specific = task.specific
    if not hasattr(specific, "groups"):
        return []
    problems = []
    active = get_user_model().objects.filter(is_active=True)

    def check(group_ids, what):
        if not group_ids:
            problems.append(_("%(task)s: no group reviews %(what)s") % {"task": task.name, "what": what})
        elif not active.filter(groups__in=group_ids).exists():
            names = ", ".join(Group.objects.filter(pk__in=group_ids).values_list("name", flat=True))
            problems.append(
                _("%(task)s: group %(groups)s has no active member to review %(what)s")
                % {"task": task.name, "groups": names, "what": what}
            )

    check(list(specific.groups.values_list("pk", flat=True)), _("content outside the sections"))
    if isinstance(specific, SectionHeadApprovalTask):
        # Each head group once, named by its first section (not DISTINCT ON: `make run` is SQLite).
        checked = set()
        for group_id, title in (
            SectionPage.objects.filter(head_group__isnull=False)
            .order_by("head_group_id", "path")
            .values_list("head_group_id", "title")
        ):
            if group_id not in checked:
                checked.add(group_id)
                check([group_id], title)
    return problems


def unreviewable_workflow_problems():
    """Problems of every active task of every active workflow that some page reaches."""
    problems = []
    workflows = Workflow.objects.filter(active=True, workflow_pages__isnull=False).distinct()
    for task in Task.objects.filter(workflow_tasks__workflow__in=workflows, active=True).distinct():
        problems.extend(task_reviewer_problems(task))
    return problems


def root_has_workflow():
    """True when the tree's root has an active workflow, so every page submitted reaches one."""
    root = Page.get_first_root_node()
    return WorkflowPage.objects.filter(page=root, workflow__active=True).exists()


def _approver_submission_notifier():
    from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier

    class ApproverSubmissionNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
        """Mails the groups that can act on this content: for a section head task, the head."""

        def get_recipient_users(self, task_state, **kwargs):
            task = task_state.task.specific
            if not hasattr(task, "approver_group_ids"):
                return super().get_recipient_users(task_state, **kwargs)
            users = get_user_model().objects
            obj = task_state.workflow_state.content_object
            recipients = users.filter(groups__in=task.approver_group_ids(obj))
            if getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True):
                recipients = recipients | users.filter(is_superuser=True)
            triggering_user = kwargs.get("user")
            if triggering_user is not None:
                recipients = recipients.exclude(pk=triggering_user.pk)
            return recipients.distinct()

        def get_context(self, task_state, **kwargs):
            """Who submitted the page, who passed it on to this step (an approver of the step
            before) and since when it waits here: the mail said none of it."""
            context = super().get_context(task_state, **kwargs)
            submitted_by = task_state.workflow_state.requested_by
            passed_on_by = kwargs.get("user")
            context["task_state"] = task_state
            context["workflow"] = task_state.workflow_state.workflow
            context["submitted_by"] = submitted_by
            context["passed_on_by"] = passed_on_by if passed_on_by not in (None, submitted_by) else None
            return context

    return ApproverSubmissionNotifier()


def _approval_notifier():
    from wagtail.admin.mail import WorkflowStateApprovalEmailNotifier

    class ApprovalWithCommentsNotifier(WorkflowStateApprovalEmailNotifier):
        """Wagtail's mail to the editor whose page was approved, with what each approver wrote
        (its rejection mail carries the comment; its approval mail left it out)."""

        def get_context(self, workflow_state, **kwargs):
            context = super().get_context(workflow_state, **kwargs)
            approved = workflow_state.task_states.filter(status="approved").select_related("task")
            context["comments"] = [
                (state.task, state.get_comment()) for state in approved.order_by("started_at") if state.get_comment()
            ]
            return context

    return ApprovalWithCommentsNotifier()


_notifier = None
_approval = None


def connect_signals():
    """Tell a section head task's named approvers (not its fallback groups) about a submission.

    Wagtail's own notifier mails every member of a task's `groups`; for a section head task
    those review content outside the sections, not the head who must act. Same dispatch_uid,
    so whichever app is ready first, only this notifier stays connected.
    """
    from wagtail.models import TaskState, WorkflowState
    from wagtail.signals import task_submitted, workflow_approved

    global _notifier, _approval
    _notifier = _approver_submission_notifier()
    uid = "group_approval_task_submitted_email_notification"
    task_submitted.disconnect(sender=TaskState, dispatch_uid=uid)
    task_submitted.connect(_notifier, sender=TaskState, dispatch_uid=uid)
    # The editor's approval mail quotes the approvers, as docs/editorial.md promises.
    _approval = _approval_notifier()
    uid = "workflow_state_approved_email_notification"
    workflow_approved.disconnect(sender=WorkflowState, dispatch_uid=uid)
    workflow_approved.connect(_approval, sender=WorkflowState, dispatch_uid=uid)


def read_workflow_state_once(request, page):
    """The page editor asks for the page's current workflow state (and its step, its task, its
    lock) about ten times as it draws, a query each time: Wagtail reads it ahead only for the
    page's database record, not for the latest revision the editor shows. In a request that
    only reads (GET, HEAD), it is read once here, in Wagtail's own prefetch attribute; a post
    that changes it reads it afresh."""
    if request.method in ("GET", "HEAD") and not hasattr(page, "_current_workflow_states"):
        page._current_workflow_states = list(
            page.workflow_states.active().select_related("current_task_state__task")[:1]
        )
