"""Departments say which unit receives reports of administrative violations (one unit at most,
with its translations)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0017_reindex_in_page_language"),
    ]

    operations = [
        migrations.AddField(
            model_name="department",
            name="receives_violation_reports",
            field=models.BooleanField(
                default=False,
                help_text=(
                    "Reports of administrative violations go to this unit, whichever unit the citizen names; the unit "
                    "named is recorded as the unit reported and does not see the report. One unit at most."
                ),
                verbose_name="receives reports of administrative violations",
            ),
        ),
        migrations.AddConstraint(
            model_name="department",
            constraint=models.UniqueConstraint(
                condition=models.Q(("receives_violation_reports", True)),
                fields=("locale",),
                name="department_one_violation_unit",
            ),
        ),
    ]
