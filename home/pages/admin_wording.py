"""Wagtail admin labels that Wagtail itself never marks for translation."""

from django.utils.translation import gettext_lazy as _

# The sites listing names three columns after their attribute ("Port", "Site name", "Root
# page"), in English for every language.
SITE_COLUMN_LABELS = {"port": _("Port"), "site_name": _("Site name"), "root_page": _("Root page")}


def install():
    """Give the sites listing's columns translatable labels (called once from HomeConfig.ready)."""
    from wagtail.sites.views import IndexView

    for column in IndexView.columns:
        if column.name in SITE_COLUMN_LABELS:
            column.label = SITE_COLUMN_LABELS[column.name]
