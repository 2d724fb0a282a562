"""Departments say which unit handles a report about the unit receiving violation reports (one unit
at most, with its translations), instead of routing finding the Director General's office by its
slug «director-office», which an operator could rename. An existing portal's office (every
translation of it) is ticked, unless it is the unit receiving reports itself. Going back leaves
nothing behind (the column goes)."""

from django.conf import settings
from django.db import migrations, models

OVERSIGHT_UNIT = "director-office"


def tick_directors_office(apps, schema_editor):
    Department = apps.get_model("home", "Department")
    if Department.objects.filter(oversees_violation_unit=True).exists():
        return
    offices = Department.objects.filter(slug=OVERSIGHT_UNIT, receives_violation_reports=False)
    # The default-locale entry stands for its translations (as it does where requests are routed).
    office = offices.filter(locale__language_code=settings.LANGUAGE_CODE).first() or offices.first()
    if office is not None:
        Department.objects.filter(translation_key=office.translation_key).update(oversees_violation_unit=True)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0019_violation_reports_to_complaints_unit"),
    ]

    operations = [
        migrations.AddField(
            model_name="department",
            name="oversees_violation_unit",
            field=models.BooleanField(
                default=False,
                help_text=(
                    "A report of an administrative violation about the unit that receives such reports goes to this "
                    "unit (the Director General's office). One unit at most, not that unit itself."
                ),
                verbose_name="handles reports about the unit receiving violation reports",
            ),
        ),
        migrations.AddConstraint(
            model_name="department",
            constraint=models.UniqueConstraint(
                condition=models.Q(("oversees_violation_unit", True)),
                fields=("locale",),
                name="department_one_oversight_unit",
            ),
        ),
        migrations.RunPython(tick_directors_office, migrations.RunPython.noop),
    ]
