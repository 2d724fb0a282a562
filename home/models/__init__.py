from .base import BasePage
from .pages import HomePage, SectionPage, StandardPage
from .reference import Department, Domain
from .site_settings import ContactSettings, SiteBanner

__all__ = [
    "BasePage",
    "ContactSettings",
    "Department",
    "Domain",
    "HomePage",
    "SectionPage",
    "SiteBanner",
    "StandardPage",
]
