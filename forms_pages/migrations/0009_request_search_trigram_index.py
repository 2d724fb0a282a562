"""A trigram index for the requests desk's free-text search (pg_trgm).

Built CONCURRENTLY, so a deploy on a table of a million requests does not block submissions
while it is built (several minutes there); hence not atomic.
"""

import django.contrib.postgres.indexes
import django.db.models.functions.text
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from home.operations.postgres_migrations import AddIndexConcurrentlyOnPostgres


def upper_text(field):
    return django.contrib.postgres.indexes.OpClass(
        django.db.models.functions.text.Upper(field),
        name="gin_trgm_ops",
    )


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("forms_pages", "0008_request_event_actions"),
    ]

    operations = [
        TrigramExtension(),
        AddIndexConcurrentlyOnPostgres(
            model_name="citizenrequest",
            index=django.contrib.postgres.indexes.GinIndex(
                *(upper_text(field) for field in ("code", "subject", "name", "mobile", "email")),
                name="forms_request_search_trgm",
            ),
        ),
    ]
