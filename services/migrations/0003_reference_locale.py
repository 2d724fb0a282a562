"""Categories and audiences become translatable (step 1 of 3): a locale and a translation key,
still optional, and names and slugs no longer unique on their own."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0002_service_most_used_rank"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="servicecategory",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="servicecategory", name="translation_key", field=models.UUIDField(editable=False, null=True)
        ),
        migrations.AlterField(
            model_name="servicecategory", name="name", field=models.CharField(max_length=150, verbose_name="name")
        ),
        migrations.AlterField(
            model_name="servicecategory", name="slug", field=models.SlugField(max_length=80, verbose_name="slug")
        ),
        migrations.AddField(
            model_name="audience",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="audience", name="translation_key", field=models.UUIDField(editable=False, null=True)
        ),
        migrations.AlterField(
            model_name="audience", name="name", field=models.CharField(max_length=150, verbose_name="name")
        ),
        migrations.AlterField(
            model_name="audience", name="slug", field=models.SlugField(max_length=80, verbose_name="slug")
        ),
    ]
