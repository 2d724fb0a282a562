"""Migration operations that only PostgreSQL runs: a developer's SQLite (no DATABASE_URL) has
neither pg_trgm nor GIN indexes, and needs neither. The model state changes on both."""

from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently
from django.db import migrations


class OnPostgres:
    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class AddIndexConcurrentlyOnPostgres(OnPostgres, AddIndexConcurrently):
    """CREATE INDEX CONCURRENTLY: submissions go on while a large table is indexed (the
    migration must be `atomic = False`)."""


class RemoveIndexConcurrentlyOnPostgres(OnPostgres, RemoveIndexConcurrently):
    """DROP INDEX CONCURRENTLY (the migration must be `atomic = False`)."""


def analyze(table):
    """A RunPython operation refreshing the planner's statistics of `table` on PostgreSQL:
    without them, a new expression or column's index is priced by guesswork."""

    def forwards(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f'ANALYZE "{table}"')

    return migrations.RunPython(forwards, migrations.RunPython.noop)


def index_concurrently(name, table, columns):
    """A RunPython operation building index `name` on `table (columns)` CONCURRENTLY on
    PostgreSQL (dropped the same way going back), for a table of another app, such as
    Wagtail's page tree, whose model state this project does not own. The migration must be
    `atomic = False`."""

    def forwards(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name} ON {table} ({columns})")

    def backwards(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")

    return migrations.RunPython(forwards, backwards)
