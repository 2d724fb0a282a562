"""Factories for the base page types, for tests."""

import wagtail_factories

from home.models import SectionPage, StandardPage
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
