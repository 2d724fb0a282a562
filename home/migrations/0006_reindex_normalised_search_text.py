"""Empty the search index: the normaliser now folds plural endings and compound spellings.

Every indexed text and every query go through `home.language.text.normalise`; entries written by the
previous version no longer meet the queries of this one. The entries are dropped here and
written again by `home.language.search.rebuild_empty_index` once `migrate` has finished: rebuilding
needs the current page models, whose tables other apps' migrations may still be changing at
this point. The GIN index on the search expression (0004) is kept.
"""

from django.db import migrations


def empty(apps, schema_editor):
    apps.get_model("wagtailsearch", "IndexEntry").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_department_contact_details"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(empty, migrations.RunPython.noop)]
