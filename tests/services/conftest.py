"""Fixtures of the services desk tests: an empty catalogue of our own beside the demo one."""

import pytest

from services.factories import LawIndexPageFactory, LawPageFactory, ServiceIndexPageFactory
from services.models import Audience, ServiceCategory


def make_catalogue(home):
    index = ServiceIndexPageFactory(parent=home, slug="test-catalogue")
    index.save_revision().publish()
    return index


def make_categories():
    parent = ServiceCategory.objects.create(name="دسته آزمایشی", slug="t-parent", sort_order=100)
    child = ServiceCategory.objects.create(name="زیردسته آزمایشی", slug="t-child", parent=parent, sort_order=101)
    other = ServiceCategory.objects.create(name="دسته دیگر", slug="t-other", sort_order=102)
    return {"parent": parent, "child": child, "other": other}


def make_audiences():
    return {
        "workers": Audience.objects.create(name="کارگر آزمایشی", slug="t-workers"),
        "employers": Audience.objects.create(name="کارفرمای آزمایشی", slug="t-employers"),
    }


@pytest.fixture
def catalogue(home_fa):
    return make_catalogue(home_fa)


@pytest.fixture
def categories(db):
    return make_categories()


@pytest.fixture
def audiences(db):
    return make_audiences()


@pytest.fixture
def law(home_fa):
    index = LawIndexPageFactory(parent=home_fa, slug="test-laws")
    page = LawPageFactory(parent=index, slug="test-law", title="قانون آزمایشی کار")
    page.save_revision().publish()
    return page
