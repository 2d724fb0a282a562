"""The page tree's root, which superusers see at the top of the explorer, is titled «ریشه»
instead of Wagtail's "Root": the Persian admin shows no English word."""

from django.db import migrations

PERSIAN_TITLE = "ریشه"


def persian_root(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title="Root").update(title=PERSIAN_TITLE, draft_title=PERSIAN_TITLE)


def english_root(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title=PERSIAN_TITLE).update(title="Root", draft_title="Root")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0012_page_latest_revision_index"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(persian_root, english_root)]
