"""Fixtures of the services desk tests: an empty catalogue of our own beside the demo one."""

import pytest

from services.factories import LawIndexPageFactory, LawPageFactory, ServiceIndexPageFactory, make_service
from services.models import Audience, ServiceCategory


def make_catalogue(home):
    index = ServiceIndexPageFactory(parent=home, slug="test-catalogue")
    index.save_revision().publish()
    return index


def make_live_service(parent, **fields):
    """A live service made without a revision: a listing's rows where publishing is not what a
    test is about (publishing one costs about 0.13 s of CPU, this about 0.05 s)."""
    page = make_service(parent, publish=False, **fields)
    page.live = True
    page.save(update_fields=["live"])
    return page


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
