"""Departments become translatable (step 3 of 3): locale and key required, unique per locale,
and the English columns dropped (the English instance holds them now)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("home", "0009_department_translations")]

    operations = [
        migrations.AlterField(
            model_name="department",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="department",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(name="department", unique_together={("translation_key", "locale")}),
        migrations.AddConstraint(
            model_name="department",
            constraint=models.UniqueConstraint(fields=("locale", "slug"), name="department_slug_per_locale"),
        ),
        migrations.AddConstraint(
            model_name="department",
            constraint=models.UniqueConstraint(fields=("locale", "name"), name="department_name_per_locale"),
        ),
        migrations.RemoveField(model_name="department", name="name_en"),
        migrations.RemoveField(model_name="department", name="address_en"),
        migrations.RemoveField(model_name="department", name="office_hours_en"),
        migrations.AlterField(
            model_name="department",
            name="address",
            field=models.TextField(blank=True, verbose_name="address"),
        ),
        migrations.AlterField(
            model_name="department",
            name="office_hours",
            field=models.CharField(blank=True, max_length=200, verbose_name="opening hours"),
        ),
    ]
