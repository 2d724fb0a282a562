"""An index on the page tree's depth.

Wagtail finds the tree's root with `Page.objects.filter(depth=1)` (the explorer, the
permission policy, the dashboard) and treebeard has no index on `depth`: at 110,000 pages
each of those read the whole page table (130 ms). Built CONCURRENTLY, so a deploy does not
block editors; hence not atomic.
"""

from django.db import migrations

INDEX = "home_page_depth"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {INDEX} ON wagtailcore_page (depth)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("home", "0010_department_translatable"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop)]
