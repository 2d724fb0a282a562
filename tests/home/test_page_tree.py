"""Every page type states where it may live."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, SectionPage, StandardPage


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(HomePage, SectionPage)
        self.assertCanCreateAt(HomePage, StandardPage)

    def test_section_page(self):
        self.assertAllowedParentPageTypes(SectionPage, {HomePage})
        self.assertAllowedSubpageTypes(SectionPage, {StandardPage})

    def test_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, SectionPage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(StandardPage, SectionPage)


def test_every_page_type_states_its_tree_rules():
    from django.apps import apps

    for model in apps.get_models():
        if (
            issubclass(model, Page)
            and model is not Page
            and model._meta.app_label
            in {
                "home",
                "services",
                "newsroom",
                "forms_pages",
                "tenders",
            }
        ):
            assert states(model, "parent_page_types"), model
            assert states(model, "subpage_types"), model


def states(model, rule):
    """Whether `model` states `rule` itself or through a mixin such as IndexPageMixin, rather
    than inheriting another page type's rules."""
    for klass in model.__mro__:
        if rule in klass.__dict__:
            return klass is model or not issubclass(klass, Page)
    return False


@pytest.mark.django_db
def test_only_one_home_page_per_language(home_fa):
    assert HomePage.objects.count() == 2
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_the_root_is_titled_in_persian(admin_client):
    """Superusers see the tree's root atop the explorer: «ریشه», not Wagtail's "Root"."""
    root = Page.get_first_root_node()
    assert (root.title, root.draft_title) == ("ریشه", "ریشه")
    assert "ریشه" in admin_client.get(f"/admin/pages/{root.pk}/").content.decode()
