"""Empty the search index: images and documents now hold a normalised copy of their text.

Their titles, descriptions, tag names and (documents) file names are indexed in
`home.language.text.normalise`d spelling beside the text as typed, and their queries are
normalised as pages' are (`home.language.search_backend.normalise_media_search`); entries written
before hold the text as typed only. The entries are dropped here and written again by
`home.language.search.rebuild_empty_index` once `migrate` has finished, as 0006 and 0017 do.
"""

from django.db import migrations


def empty(apps, schema_editor):
    apps.get_model("wagtailsearch", "IndexEntry").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0020_department_oversees_violation_unit"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(empty, migrations.RunPython.noop)]
