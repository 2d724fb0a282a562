from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TendersConfig(AppConfig):
    """Tender and auction notices."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "tenders"
    verbose_name = _("Tenders and auctions")

    def ready(self):
        from home.pages.feeds import register_feed

        from . import views  # noqa: F401  (registers the tender pages' route views)

        register_feed("tenders", _("Tenders and auctions"), "tenders:feed_rss", "tenders:feed_atom", order=30)
