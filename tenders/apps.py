from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from home.apps import FeatureApp


class TendersConfig(FeatureApp, AppConfig):
    """Tender and auction notices."""

    name = "tenders"
    verbose_name = _("Tenders and auctions")
    feeds = [("tenders", _("Tenders and auctions"), "tenders:feed_rss", "tenders:feed_atom", 30)]

    def declare(self):
        from home.pages.editor_groups import editor_group

        from . import checks  # noqa: F401 (registers the ocid prefix check)
        from .models import TenderIndexPage

        # Tenders go to the director (the workflow on the tree's root).
        editor_group("ویراستاران مناقصه‌ها", [TenderIndexPage], demo_user="editor-tenders")
