"""Factories for the base page types, for tests."""

import factory
import wagtail_factories

from home.models import Department, SectionPage, StandardPage
from home.models.reference import Domain


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "صفحه آزمایشی"
    summary = ""

    class Meta:
        model = StandardPage


class SectionPageFactory(wagtail_factories.PageFactory):
    title = "بخش آزمایشی"
    domain = Domain.LABOUR_RELATIONS

    class Meta:
        model = SectionPage


class DepartmentFactory(factory.django.DjangoModelFactory):
    """A department with every contact detail citizens see, ordered after the seeded ones."""

    name = factory.Sequence(lambda n: f"اداره آزمایشی {n}")
    name_en = factory.Sequence(lambda n: f"Test department {n}")
    slug = factory.Sequence(lambda n: f"test-department-{n}")
    email = factory.LazyAttribute(lambda department: f"{department.slug}@example.ir")
    domain = Domain.LABOUR_RELATIONS
    sort_order = 900
    address = "تهران، خیابان آزمایش، پلاک ۱۲"
    address_en = "12 Test Street, Tehran"
    phone = "021-00001234"
    office_hours = "شنبه تا چهارشنبه، ساعت ۷:۳۰ تا ۱۴:۳۰"
    office_hours_en = "Saturday to Wednesday, 7:30 to 14:30"

    class Meta:
        model = Department
