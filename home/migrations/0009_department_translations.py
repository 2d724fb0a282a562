"""Departments become translatable (step 2 of 3): each row is the Persian instance and its
English columns become an English instance with the same translation key."""

from django.db import migrations

from home.migrations._translations import merge_locales, split_into_locales

ENGLISH_COLUMNS = {"name": "name_en", "address": "address_en", "office_hours": "office_hours_en"}


def forwards(apps, schema_editor):
    split_into_locales(apps, "home.Department", ENGLISH_COLUMNS)


def backwards(apps, schema_editor):
    merge_locales(apps, "home.Department", ENGLISH_COLUMNS)


class Migration(migrations.Migration):
    dependencies = [("home", "0008_department_locale")]

    operations = [migrations.RunPython(forwards, backwards)]
