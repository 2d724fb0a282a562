"""Run the worker that sends the requests desk's outbox, whichever durable backend is set:
`db_worker` for the database backend (no REDIS_URL), `rqworker` for RQ (REDIS_URL set)."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django_tasks import task_backends


class Command(BaseCommand):
    help = "Send queued e-mails and text messages (runs until stopped; --batch stops when the queue is empty)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Send what is due, then exit.")

    def handle(self, *args, batch=False, **options):
        backend = task_backends["outbox"]
        queue = settings.OUTBOX_QUEUE
        if type(backend).__module__.startswith("django_tasks_db"):
            extra = ["--batch"] if batch else []
            call_command("db_worker", "--backend", "outbox", "--queue-name", queue, "--no-reload", *extra)
        else:
            extra = ["--burst"] if batch else []
            call_command("rqworker", queue, "--job-class", "django_tasks_rq.Job", *extra)
