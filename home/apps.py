from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The shared base: home page, domain sections, site furniture and common helpers."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Portal base")

    def ready(self):
        from home import checks, editorial, maintenance, page_cache

        maintenance.connect_signals()
        page_cache.connect_signals()
        editorial.connect_signals()
        checks.register()
