"""The outbox: every e-mail and SMS of the requests desk, and the staff's e-mail about an online
form's response, written in the transaction of the event that causes it and sent later by a
worker (forms_pages/outbox.py)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.models.fields import optional_foreign_key

from ..choices import Channel, MessagePurpose, MessageState


class OutboundMessage(models.Model):
    """One message to one recipient on one channel, with its delivery state."""

    request = optional_foreign_key(
        "forms_pages.CitizenRequest", _("request"), on_delete=models.CASCADE, related_name="messages"
    )
    event = optional_foreign_key("forms_pages.RequestEvent", _("event"), related_name="messages")
    # A response to an online form that names staff to e-mail (then no request): its copy of the
    # answers goes with it when the response is deleted.
    submission = optional_foreign_key(
        "forms_pages.FormPageSubmission", _("form response"), on_delete=models.CASCADE, related_name="messages"
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    purpose = models.CharField(_("purpose"), max_length=20, choices=MessagePurpose.choices)
    recipient = models.CharField(_("recipient"), max_length=254)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    body = models.TextField(_("text"))
    state = models.CharField(
        _("delivery state"), max_length=10, choices=MessageState.choices, default=MessageState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("queued at"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    provider_id = models.CharField(_("provider's message id"), max_length=100, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("outgoing message")
        verbose_name_plural = _("outgoing messages")
        indexes = [
            models.Index(fields=["next_attempt_at"], condition=models.Q(state="pending"), name="forms_outbox_pending"),
            # The few given up: which requests' applicants the desk has not reached.
            models.Index(fields=["request"], condition=models.Q(state="failed"), name="forms_outbox_failed"),
        ]

    def __str__(self):
        return f"{self.get_channel_display()} {self.get_purpose_display()} ({self.get_state_display()})"
