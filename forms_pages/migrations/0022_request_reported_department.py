"""Violation reports keep the unit the citizen named, the one they are about."""

import django.db.models.deletion
from django.db import migrations, models

import home.models.reference


class Migration(migrations.Migration):
    dependencies = [
        ("forms_pages", "0021_event_action_noted"),
        ("home", "0019_violation_reports_to_complaints_unit"),
    ]

    operations = [
        migrations.AddField(
            model_name="citizenrequest",
            name="reported_department",
            field=models.ForeignKey(
                blank=True,
                limit_choices_to=home.models.reference.default_locale_only,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="reported_in",
                to="home.department",
                verbose_name="unit reported",
            ),
        ),
    ]
