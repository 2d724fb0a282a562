"""Categories and audiences become translatable (step 2 of 3): each row is the Persian
instance, its English columns an English instance with the same key; English pages and English
questions are pointed at the English instances."""

from django.db import migrations

from home.migrations._translations import link_to_own_locale, merge_locales, split_into_locales

CATEGORY_COLUMNS = {"name": "name_en", "description": "description_en"}
AUDIENCE_COLUMNS = {"name": "name_en"}
LINKS = [
    ("services.ServicePage", "categories"),
    ("services.ServicePage", "audiences"),
    ("services.ServicePage", "responsible_department"),
    ("services.FAQItem", "category"),
]


def forwards(apps, schema_editor):
    split_into_locales(apps, "services.ServiceCategory", CATEGORY_COLUMNS, translated_links=["parent"])
    split_into_locales(apps, "services.Audience", AUDIENCE_COLUMNS)
    for model_label, field_name in LINKS:
        link_to_own_locale(apps, model_label, field_name)


def backwards(apps, schema_editor):
    # Links to an English instance (an English child's parent too) move to the Persian one first.
    merge_locales(apps, "services.ServiceCategory", CATEGORY_COLUMNS)
    merge_locales(apps, "services.Audience", AUDIENCE_COLUMNS)


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0003_reference_locale"),
        ("home", "0009_department_translations"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
