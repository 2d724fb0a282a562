from .base import BasePage, IndexPageMixin, IntroPage, RichIntroPage
from .departments import Department
from .own_locale_links import LinksInOwnLocaleMixin
from .pages import HomePage, SectionPage, StandardPage
from .ratelimit import RateLimitCounter
from .reference import Organisation, TranslatedNamesQuerySet
from .site_settings import ContactSettings, MaintenanceSettings, SiteBanner
from .workflow import SectionHeadApprovalTask, TranslationReview

__all__ = [
    "BasePage",
    "IndexPageMixin",
    "IntroPage",
    "RichIntroPage",
    "LinksInOwnLocaleMixin",
    "TranslatedNamesQuerySet",
    "ContactSettings",
    "Department",
    "HomePage",
    "MaintenanceSettings",
    "Organisation",
    "RateLimitCounter",
    "SectionHeadApprovalTask",
    "SectionPage",
    "SiteBanner",
    "StandardPage",
    "TranslationReview",
]
