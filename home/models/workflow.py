"""Moderation: an approval step taken by the head of the content's own domain section, and an
editor's request that a translation be reviewed and published."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.models import TaskState
from wagtail.models.workflows import AbstractGroupApprovalTask

from .fields import optional_foreign_key
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


class TranslationReview(models.Model):
    """An editor's request that someone who may publish a translated page review and publish it.

    wagtail-localize's translation editor has no "submit for moderation": the translated page is
    built from its translated strings only when someone who may publish presses "Publish" there.
    This request tells them (home.pages.translation_review); publishing the page closes it.
    """

    NOTE_MAX_LENGTH = 1000

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="translation_reviews"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    note = models.TextField(_("note to the reviewer"), blank=True, max_length=NOTE_MAX_LENGTH)
    closed_at = models.DateTimeField(_("published at"), null=True, blank=True)
    closed_by = optional_foreign_key(settings.AUTH_USER_MODEL, _("published by"))

    class Meta:
        verbose_name = _("translation review request")
        verbose_name_plural = _("translation review requests")
        constraints = [
            models.UniqueConstraint(
                fields=["page"], condition=models.Q(closed_at__isnull=True), name="one_open_translation_review"
            )
        ]

    def __str__(self):
        return str(self.page)

    @property
    def requester_name(self):
        """Who asked, as staff screens and mails name them ("" once their account is gone)."""
        user = self.requested_by
        return (user.get_full_name() or user.get_username()) if user else ""

    @property
    def note_html(self):
        """The note quoted inside a sentence of the screen's language, as its own run of text: an
        English note ("Ready.") in a Persian sentence keeps its full stop after its last word."""
        return format_html("<bdi>{}</bdi>", self.note)
