"""Daily round of the requests desk (run by deploy/portal-desk.timer): reminders before due
dates, escalation of overdue requests, per-department digests."""

from django.core.management.base import BaseCommand

from forms_pages.escalation import daily_round


class Command(BaseCommand):
    help = "Remind departments, escalate overdue requests and queue each department's daily digest."

    def handle(self, *args, **options):
        counts = daily_round()
        self.stdout.write(", ".join(f"{name}: {count}" for name, count in counts.items()))
