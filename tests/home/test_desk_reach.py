"""Every department citizens can write to has someone at its desk: `manage.py check --database
default` warns (home.W103) for a department whose staff group is missing or has no active member,
since its requests would then be read by superusers only. The demo meets the rule."""

import pytest

from home.models import Department
from home.pages.checks import desks_check

pytestmark = pytest.mark.django_db


def test_every_demo_department_has_someone_at_its_desk(demo_users):
    departments = Department.objects.in_default_language()
    assert departments.count() >= 8
    for department in departments:
        staff = [user.username for user in department.staff_group.user_set.filter(is_active=True)]
        assert staff, department.slug
        assert set(staff) <= set(demo_users)
    assert list(Department.objects.unstaffed()) == []
    assert desks_check(databases=["default"]) == []


def test_a_department_nobody_answers_is_caught(demo_users):
    cooperatives = Department.objects.in_default_language().get(slug="cooperatives")
    cooperatives.staff_group.user_set.update(is_active=False)
    warnings = desks_check(databases=["default"])
    assert [warning.id for warning in warnings] == ["home.W103"]  # once, not once per language
    assert "«معاونت تعاون»" in warnings[0].msg

    Department.objects.filter(translation_key=cooperatives.translation_key).update(staff_group=None)
    Department.objects.in_default_language().filter(slug="complaints").update(staff_group=None)
    assert sorted(department.slug for department in Department.objects.unstaffed()) == ["complaints", "cooperatives"]
    assert len(desks_check(databases=["default"])) == 2
