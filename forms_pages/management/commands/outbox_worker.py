"""Run the worker that sends the requests desk's outbox, whichever durable backend is set:
`db_worker` for the database backend (no REDIS_URL), `rqworker` for RQ (REDIS_URL set)."""

import datetime
import logging
import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django_tasks import task_backends

from forms_pages.outbox import requeue_stale

logger = logging.getLogger(__name__)

# On RQ, a message whose push failed (Redis down when its transaction committed) is pending in
# the outbox with no job: queue such messages again this often, once they are this old.
REQUEUE_EVERY_SECONDS = 60
REQUEUE_OLDER_THAN = datetime.timedelta(minutes=2)


def requeue_now():
    """Queue again the pending messages whose push was lost; never raises (Redis may be down)."""
    try:
        count = requeue_stale(REQUEUE_OLDER_THAN)
        if count:
            logger.warning("Queued %s outbox messages again whose push had failed", count)
    except Exception:  # noqa: BLE001 - try again at the next round
        logger.exception("Could not queue pending outbox messages again")
    finally:
        close_old_connections()


def requeue_forever(stop):
    while not stop.wait(REQUEUE_EVERY_SECONDS):
        requeue_now()


class Command(BaseCommand):
    help = "Send queued e-mails and text messages (runs until stopped; --batch stops when the queue is empty)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Send what is due, then exit.")
        parser.add_argument(
            "--reload",
            action="store_true",
            help="Start again when the code changes, as runserver does (development: `make run`).",
        )

    def handle(self, *args, batch=False, reload=False, **options):
        backend = task_backends["outbox"]
        queue = settings.OUTBOX_QUEUE
        if type(backend).__module__.startswith("django_tasks_db"):
            # The task row is written with its message: nothing can be pending without a task.
            # --reload: Django's reloader, a child process that starts again when a module
            # changes and is killed with its parent (`make run` stops the worker with SIGTERM).
            extra = ["--batch", "--no-reload"] if batch else ["--reload" if reload else "--no-reload"]
            call_command("db_worker", "--backend", "outbox", "--queue-name", queue, *extra)
            return
        if reload:
            self.stderr.write("--reload works with the database backend only: the RQ worker runs without it.")
        requeue_now()
        stop = threading.Event()
        if not batch:
            threading.Thread(target=requeue_forever, args=(stop,), daemon=True, name="outbox-requeue").start()
        try:
            extra = ["--burst"] if batch else []
            call_command("rqworker", queue, "--job-class", "django_tasks_rq.Job", *extra)
        finally:
            stop.set()
