from .base import BasePage
from .pages import HomePage, SectionPage, StandardPage
from .reference import Department, Domain
from .site_settings import ContactSettings, MaintenanceSettings, SiteBanner

__all__ = [
    "BasePage",
    "ContactSettings",
    "Department",
    "Domain",
    "HomePage",
    "MaintenanceSettings",
    "SectionPage",
    "SiteBanner",
    "StandardPage",
]
