"""Top the database up to large sizes (by default 10,000 services, 100,000 news items and
1,000,000 citizens' requests) so benchmarks can show how cost grows with size.

Each app generates its own content (the parts listed in settings.SCALE_DATA_PARTS); this
command counts what exists, asks each part for the difference, reports progress and timings,
then refreshes the planner statistics and makes every cached page stale. Run it after
`seed_demo`; running it again with the same totals adds nothing.
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries
from django.utils.module_loading import import_string

from home.caching.page_cache import purge_all
from home.demo.scale_data import analyze, table_sizes

DEFAULT_SEED = 1405


def parts():
    return [import_string(path)() for path in settings.SCALE_DATA_PARTS]


class Command(BaseCommand):
    help = "Top the database up to large numbers of services, news and requests (after seed_demo)."

    def add_arguments(self, parser):
        for part in parts():
            parser.add_argument(f"--{part.name}", type=int, default=part.default, metavar="N", help=part.help)
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="Random seed (fixed by default).")
        parser.add_argument(
            "--batch-size", type=int, default=2000, help="Rows per transaction (pages are indexed a batch at a time)."
        )

    def handle(self, *args, seed, batch_size, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "The generator writes in bulk for PostgreSQL: set DATABASE_URL to a PostgreSQL database."
            )
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        started = time.monotonic()
        summary = []
        touched = []
        for part in parts():
            target = options[part.name]
            existing = part.count()
            missing = max(0, target - existing)
            if not missing:
                self.stdout.write(f"{part.name}: {existing:,} already (target {target:,}), nothing to add")
                continue
            problem = part.missing_prerequisite()
            if problem:
                raise CommandError(f"{part.name}: {problem}")
            self.stdout.write(f"{part.name}: {existing:,} exist, adding {missing:,} to reach {target:,}")
            part_started = time.monotonic()
            part.generate(missing, seed=seed, batch_size=batch_size, report=self.reporter(part.name, missing))
            seconds = time.monotonic() - part_started
            summary.append((part.name, missing, seconds, part.count()))
            touched.extend(part.tables())
        if touched:
            analyze_started = time.monotonic()
            analyze(touched)
            purge_all()
            self.stdout.write(f"ANALYZE of {len(set(touched))} tables: {time.monotonic() - analyze_started:.1f} s")
        for name, added, seconds, total in summary:
            self.stdout.write(f"  {name}: added {added:,} in {seconds:.1f} s ({added / seconds:,.0f}/s), now {total:,}")
        if touched:
            self.stdout.write("Table sizes:")
            for table, rows, size in table_sizes(touched):
                self.stdout.write(f"  {table:<40} {rows:>12,} rows  {size:>10}")
        self.stdout.write(self.style.SUCCESS(f"Done in {time.monotonic() - started:.1f} s."))

    def reporter(self, name, total):
        started = time.monotonic()
        last = [0.0]

        def report(done, **timings):
            # With DEBUG on, Django keeps the last 9,000 statements, and a batch's are megabytes.
            reset_queries()
            now = time.monotonic()
            if done < total and now - last[0] < 5:
                return
            last[0] = now
            elapsed = now - started
            details = "".join(f", {key} {value:.1f} s" for key, value in timings.items())
            self.stdout.write(
                f"  {name}: {done:,}/{total:,} in {elapsed:.1f} s ({done / elapsed:,.0f}/s{details})",
            )
            self.stdout.flush()

        return report
