"""A trigram index for the requests desk's free-text search (pg_trgm).

Built CONCURRENTLY, so a deploy on a table of a million requests does not block submissions
while it is built (several minutes there); hence not atomic.
"""

import django.contrib.postgres.indexes
import django.db.models.functions.text
from django.contrib.postgres.operations import AddIndexConcurrently, TrigramExtension
from django.db import migrations


def upper_text(field):
    return django.contrib.postgres.indexes.OpClass(
        django.db.models.functions.text.Upper(field),
        name="gin_trgm_ops",
    )


class AddIndexConcurrentlyOnPostgres(AddIndexConcurrently):
    """SQLite (a developer's database without DATABASE_URL) has neither pg_trgm nor GIN."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


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
