"""Empty the search index: each page's text is now indexed in the page's own language.

The labels of a page's choices (a required document's «Electronic file» / «فایل الکترونیکی»)
were indexed in whatever language was active when the page was saved, so English pages held
Persian words (and Persian pages English ones when saved from an English admin). The entries
are dropped here and written again by `home.language.search.rebuild_empty_index` once
`migrate` has finished, as 0006 does.
"""

from django.db import migrations


def empty(apps, schema_editor):
    apps.get_model("wagtailsearch", "IndexEntry").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0016_translation_review"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(empty, migrations.RunPython.noop)]
