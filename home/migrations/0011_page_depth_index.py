"""An index on the page tree's depth.

Wagtail finds the tree's root with `Page.objects.filter(depth=1)` (the explorer, the
permission policy, the dashboard) and treebeard has no index on `depth`: at 110,000 pages
each of those read the whole page table (130 ms). Built CONCURRENTLY, so a deploy does not
block editors; hence not atomic.
"""

from django.db import migrations

from home.operations.postgres_migrations import index_concurrently


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("home", "0010_department_translatable"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [index_concurrently("home_page_depth", "wagtailcore_page", "depth")]
