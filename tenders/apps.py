from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TendersConfig(AppConfig):
    """Tender and auction notices."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "tenders"
    verbose_name = _("Tenders and auctions")

    def ready(self):
        from home.caching.page_cache import watch_app
        from home.pages.editor_groups import editor_group
        from home.pages.feeds import register_feed

        from . import views  # noqa: F401  (registers the tender pages' route views)
        from .models import TenderIndexPage

        watch_app(self.label)
        # Tenders go to the director (the workflow on the tree's root).
        editor_group("ویراستاران مناقصه‌ها", [TenderIndexPage], demo_user="editor-tenders")

        register_feed("tenders", _("Tenders and auctions"), "tenders:feed_rss", "tenders:feed_atom", order=30)
