"""Categories and audiences become translatable (step 3 of 3): locale and key required, unique
per locale, and the English columns dropped."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("services", "0004_reference_translations")]

    operations = [
        migrations.AlterField(
            model_name="servicecategory",
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
            model_name="servicecategory",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(name="servicecategory", unique_together={("translation_key", "locale")}),
        migrations.AddConstraint(
            model_name="servicecategory",
            constraint=models.UniqueConstraint(fields=("locale", "slug"), name="servicecategory_slug_per_locale"),
        ),
        migrations.AddConstraint(
            model_name="servicecategory",
            constraint=models.UniqueConstraint(fields=("locale", "name"), name="servicecategory_name_per_locale"),
        ),
        migrations.RemoveField(model_name="servicecategory", name="name_en"),
        migrations.RemoveField(model_name="servicecategory", name="description_en"),
        migrations.AlterField(
            model_name="audience",
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
            model_name="audience", name="translation_key", field=models.UUIDField(default=uuid.uuid4, editable=False)
        ),
        migrations.AlterUniqueTogether(name="audience", unique_together={("translation_key", "locale")}),
        migrations.AddConstraint(
            model_name="audience",
            constraint=models.UniqueConstraint(fields=("locale", "slug"), name="audience_slug_per_locale"),
        ),
        migrations.AddConstraint(
            model_name="audience",
            constraint=models.UniqueConstraint(fields=("locale", "name"), name="audience_name_per_locale"),
        ),
        migrations.RemoveField(model_name="audience", name="name_en"),
    ]
