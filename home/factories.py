"""Factories for the base page types, for tests."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from home.models import Department, SectionPage, StandardPage

from .choices import Domain


def page_factory(model, **declarations):
    """A factory for the page type `model` with these default field values (factory_boy's
    `make_factory` on wagtail_factories' PageFactory): `Factory(parent=...)` adds a page."""
    return factory.make_factory(model, FACTORY_CLASS=wagtail_factories.PageFactory, **declarations)


def days_from_now(days):
    """A factory value: the moment the object is built, `days` later (earlier when negative)."""
    return factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=days))


StandardPageFactory = page_factory(StandardPage, title="صفحه آزمایشی", summary="")


SectionPageFactory = page_factory(SectionPage, title="بخش آزمایشی", domain=Domain.LABOUR_RELATIONS)


class DepartmentFactory(factory.django.DjangoModelFactory):
    """A Persian department with every contact detail citizens see, ordered after the seeded ones
    (its English instance, where a test needs one, is made with `.copy_for_translation`)."""

    name = factory.Sequence(lambda n: f"اداره آزمایشی {n}")
    slug = factory.Sequence(lambda n: f"test-department-{n}")
    email = factory.LazyAttribute(lambda department: f"{department.slug}@example.ir")
    domain = Domain.LABOUR_RELATIONS
    sort_order = 900
    address = "تهران، خیابان آزمایش، پلاک ۱۲"
    phone = "021-00001234"
    office_hours = "شنبه تا چهارشنبه، ساعت ۷:۳۰ تا ۱۴:۳۰"

    class Meta:
        model = Department
