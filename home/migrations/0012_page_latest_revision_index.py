"""An index on the page tree's `latest_revision_created_at`, newest first.

Wagtail's page explorer lists a page's children by last revision, newest first
(`ORDER BY latest_revision_created_at DESC NULLS LAST LIMIT 50`, the default ordering of
every page type): without an index PostgreSQL sorted all 100,000 children of the news index
to show 50 (140 ms); with it, it reads the first 50 entries (0.5 ms). The oldest-first
ordering reads it backwards. Built CONCURRENTLY, so a deploy does not block editors (a few
seconds at 110,000 pages); hence not atomic.
"""

from django.db import migrations

from home.operations.postgres_migrations import index_concurrently


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("home", "0011_page_depth_index"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        index_concurrently(
            "home_page_latest_revision", "wagtailcore_page", "latest_revision_created_at DESC NULLS LAST"
        )
    ]
