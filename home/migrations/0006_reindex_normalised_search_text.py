"""Rebuild the search index: the normaliser now folds plural endings and compound spellings.

Every indexed text and every query go through `home.text.normalise`; entries written by the
previous version no longer meet the queries of this one, so they are written again. On a new
database there is nothing to rebuild. The GIN index on the search expression (0004) is kept:
the backend refills the same table.
"""

import io

from django.core.management import call_command
from django.db import migrations


def reindex(apps, schema_editor):
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
    if IndexEntry.objects.exists():
        call_command("update_index", stdout=io.StringIO())


class Migration(migrations.Migration):
    dependencies = [("home", "0005_department_contact_details")]

    operations = [migrations.RunPython(reindex, migrations.RunPython.noop)]
