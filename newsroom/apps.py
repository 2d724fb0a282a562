from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    """News, the notice board and the feeds."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "newsroom"
    verbose_name = _("Newsroom")

    def ready(self):
        from home.pages.feeds import register_feed

        register_feed("news", _("All news"), "newsroom:news_rss", "newsroom:news_atom", order=10)
        register_feed("notices", _("Notice board"), "newsroom:notices_rss", "newsroom:notices_atom", order=20)
