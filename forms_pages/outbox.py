"""Queueing and sending the requests desk's messages.

`queue_message()` writes an `OutboundMessage` inside the caller's transaction (the event that
causes it) and schedules `deliver_message` on the durable "outbox" task backend. On the
database backend the task row is written in that same transaction, so a message and its task
exist together or not at all; on RQ the job is pushed once the transaction commits, and
`requeue_stale()` (run by the daily desk command) picks up any whose push was lost.

`deliver_message` sends at most once: it locks the message row, skips it unless still
pending, sends, and marks it sent in the same transaction. A channel failure is recorded
(attempts, last error) and the task is scheduled again with exponential backoff.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from home.operations.sms import send_sms

from .choices import Channel, MessageState
from .models.outbox import OutboundMessage

logger = logging.getLogger(__name__)


def _enqueue(message_id, run_after=None):
    task_ = deliver_message if run_after is None else deliver_message.using(run_after=run_after)
    backend = deliver_message.get_backend()
    if type(backend).__module__.startswith("django_tasks_db"):
        # Same database, same transaction: the task row commits with the message.
        task_.enqueue(message_id)
    else:
        # robust: with Redis down the push fails, but the request is saved and the citizen must
        # get the tracking code, not an error. The message stays pending in the outbox and is
        # queued again by requeue_stale() (outbox_worker at start, and every few minutes).
        transaction.on_commit(lambda: task_.enqueue(message_id), robust=True)


def queue_message(*, channel, purpose, recipient, body, subject="", request=None, event=None, submission=None):
    """Record one message in the outbox and schedule its delivery (call inside the event's transaction):
    about a citizen's `request` (and its `event`), or a `submission` of an online form."""
    message = OutboundMessage.objects.create(
        request=request,
        event=event,
        submission=submission,
        channel=channel,
        purpose=purpose,
        recipient=recipient,
        subject=subject[:300],
        body=body,
    )
    _enqueue(message.pk)
    return message


def backoff(attempts):
    """Seconds to wait before attempt `attempts + 1`: base, 2×base, 4×base, ... capped."""
    return min(settings.OUTBOX_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0), settings.OUTBOX_MAX_BACKOFF_SECONDS)


def _send(message):
    if message.channel == Channel.SMS:
        return send_sms(message.recipient, message.body, local_id=message.pk)
    email = EmailMessage(
        message.subject,
        message.body,
        settings.DEFAULT_FROM_EMAIL,
        [message.recipient],
        # A stable Message-ID: a mail server that got the first try can drop a repeat.
        headers={"Message-ID": f"<outbox-{message.pk}@{settings.DEFAULT_FROM_EMAIL.split('@')[-1]}>"},
    )
    email.send()
    return ""


@task(backend="outbox", queue_name=settings.OUTBOX_QUEUE)
def deliver_message(message_id):
    """Send one outbox message unless it was already sent; retry later when its channel fails."""
    with transaction.atomic():
        message = (
            OutboundMessage.objects.select_for_update(skip_locked=True)
            .filter(pk=message_id, state=MessageState.PENDING)
            .first()
        )
        if message is None:
            return "skipped"
        now = timezone.now()
        message.attempts += 1
        try:
            message.provider_id = str(_send(message) or "")[:100]
        except Exception as error:  # noqa: BLE001 - any channel failure is retried, never lost
            logger.warning("Outbox message %s (%s) failed: %s", message.pk, message.channel, error)
            message.last_error = f"{type(error).__name__}: {error}"[:500]
            if message.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
                message.state = MessageState.FAILED
            else:
                message.next_attempt_at = now + datetime.timedelta(seconds=backoff(message.attempts))
                _enqueue(message.pk, run_after=message.next_attempt_at)
            message.save(update_fields=["attempts", "last_error", "state", "next_attempt_at"])
            return "retry" if message.state == MessageState.PENDING else "failed"
        message.state = MessageState.SENT
        message.sent_at = now
        message.last_error = ""
        message.save(update_fields=["attempts", "last_error", "state", "sent_at", "provider_id"])
        return "sent"


def requeue_stale(older_than=datetime.timedelta(minutes=15)):
    """Schedule again pending messages whose task was lost (e.g. a Redis push after a crash)."""
    cutoff = timezone.now() - older_than
    ids = list(
        OutboundMessage.objects.filter(state=MessageState.PENDING, next_attempt_at__lt=cutoff).values_list(
            "pk", flat=True
        )
    )
    for message_id in ids:
        with transaction.atomic():
            _enqueue(message_id)
    return len(ids)
