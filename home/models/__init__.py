from .base import BasePage, IndexPageMixin, IntroPage
from .pages import HomePage, SectionPage, StandardPage
from .ratelimit import RateLimitCounter
from .reference import Department, Domain
from .site_settings import ContactSettings, MaintenanceSettings, SiteBanner
from .workflow import SectionHeadApprovalTask

__all__ = [
    "BasePage",
    "IndexPageMixin",
    "IntroPage",
    "ContactSettings",
    "Department",
    "Domain",
    "HomePage",
    "MaintenanceSettings",
    "RateLimitCounter",
    "SectionHeadApprovalTask",
    "SectionPage",
    "SiteBanner",
    "StandardPage",
]
