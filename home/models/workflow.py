"""Moderation: an approval step taken by the head of the content's own domain section."""

from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _
from wagtail.models import TaskState
from wagtail.models.workflows import AbstractGroupApprovalTask

from .pages import SectionPage


def section_of(obj):
    """The Persian-tree SectionPage whose domain `obj` belongs to, or None.

    Content with a `domain` field (a service, a news item, a notice) belongs to that domain's
    section; a page without one belongs to the section it sits under (a guide inside
    "Cooperatives"). Translations share their section's groups, so either tree works.
    """
    specific = getattr(obj, "specific_deferred", obj)
    if isinstance(specific, SectionPage):
        return specific
    domain = getattr(specific, "domain", "") or ""
    if domain:
        return SectionPage.objects.filter(domain=domain, head_group__isnull=False).first()
    if hasattr(specific, "get_ancestors"):
        return SectionPage.objects.filter(pk__in=specific.get_ancestors().values("pk")).first()
    return None


class SectionHeadApprovalTask(AbstractGroupApprovalTask):
    """Approved by the head group of the section the content belongs to (see `section_of`).

    A service of the cooperatives domain waits for the cooperatives section head, not for
    the head of labour inspection. The `groups` chosen on the task approve content that
    belongs to no section (a notice for everyone, say), so the task always reaches someone.
    """

    def approver_group_ids(self, obj):
        section = section_of(obj)
        if section is not None and section.head_group_id:
            return [section.head_group_id]
        return list(self.groups.values_list("id", flat=True))

    def _user_can_approve(self, obj, user):
        if user.is_superuser:
            return True
        return Group.objects.filter(id__in=self.approver_group_ids(obj), user=user).exists()

    def user_can_access_editor(self, obj, user):
        return self._user_can_approve(obj, user)

    def locked_for_user(self, obj, user):
        return not self._user_can_approve(obj, user)

    def user_can_lock(self, obj, user):
        return self._user_can_approve(obj, user)

    def get_actions(self, obj, user):
        if self._user_can_approve(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).select_related("workflow_state")
        allowed = [state.pk for state in states if self._user_can_approve(state.workflow_state.content_object, user)]
        return self.task_states.filter(pk__in=allowed)

    @classmethod
    def get_description(cls):
        return _("The head of the content's domain section approves this step")

    class Meta:
        verbose_name = _("section head approval task")
        verbose_name_plural = _("section head approval tasks")
