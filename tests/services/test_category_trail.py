"""The breadcrumb trail of a sub-category passes through its parent categories, each a link to
its own listing: «خانه › میز خدمات الکترونیک › روابط کار… › هیئت‌های تشخیص…», not the
sub-category straight under the catalogue."""

import pytest
from wagtail.models import Locale

from services.models import ServiceCategory
from tests.home.test_subview_crumbs import trail
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "/services/category/dispute-boards/",
            [
                ("خانه", "/", False),
                ("میز خدمات الکترونیک", "/services/", False),
                ("روابط کار و اختلافات کارگری", "/services/category/labour-relations/", False),
                ("هیئت‌های تشخیص و حل اختلاف", None, True),
            ],
        ),
        (
            "/en/services/category/foreign-work-permits/",
            [
                ("Home", "/en/", False),
                ("Electronic Services Desk", "/en/services/", False),
                ("Permits and licences", "/en/services/category/permits/", False),
                ("Work permits for foreign nationals", None, True),
            ],
        ),
    ],
)
def test_a_sub_categorys_trail_links_its_parent_category(client, path, expected):
    assert trail(ok_soup(client.get(path))) == expected


def test_a_top_level_category_has_no_crumb_between(client):
    assert trail(ok_soup(client.get("/en/services/category/permits/")))[2:] == [("Permits and licences", None, True)]


def test_every_category_above_is_in_the_trail_top_first(client):
    """Categories nest one level in the editor; one made deeper (an import) still shows each
    level above it, and a sibling's cached trail is not its own."""
    parent = ServiceCategory.objects.get(slug="dispute-boards", locale=Locale.get_default())
    ServiceCategory.objects.create(name="هیئت‌های استان", slug="t-province-boards", parent=parent, sort_order=200)
    crumbs = trail(ok_soup(client.get("/services/category/t-province-boards/")))
    assert crumbs[2:] == [
        ("روابط کار و اختلافات کارگری", "/services/category/labour-relations/", False),
        ("هیئت‌های تشخیص و حل اختلاف", "/services/category/dispute-boards/", False),
        ("هیئت‌های استان", None, True),
    ]
    sibling = trail(ok_soup(client.get("/services/category/workplace-rules/")))
    assert sibling[2:] == [
        ("روابط کار و اختلافات کارگری", "/services/category/labour-relations/", False),
        ("مقررات کارگاه", None, True),
    ]
