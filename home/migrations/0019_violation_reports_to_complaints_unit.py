"""An existing portal gives reports of administrative violations to the inspection, performance
and complaints unit (slug «complaints», every translation of it), when it has one and no unit
receives them yet. Without it nothing changes: reports go where the citizen chose until an
operator ticks a unit. Going back leaves the flag (its column goes with 0018)."""

from django.conf import settings
from django.db import migrations

COMPLAINTS_UNIT = "complaints"


def give_reports_to_complaints_unit(apps, schema_editor):
    Department = apps.get_model("home", "Department")
    if Department.objects.filter(receives_violation_reports=True).exists():
        return
    units = Department.objects.filter(slug=COMPLAINTS_UNIT)
    # The default-locale entry stands for its translations (as it does where requests are routed).
    unit = units.filter(locale__language_code=settings.LANGUAGE_CODE).first() or units.first()
    if unit is not None:
        Department.objects.filter(translation_key=unit.translation_key).update(receives_violation_reports=True)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0018_department_receives_violation_reports"),
    ]

    operations = [
        migrations.RunPython(give_reports_to_complaints_unit, migrations.RunPython.noop),
    ]
