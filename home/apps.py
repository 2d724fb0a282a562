from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The shared base: home page, domain sections, site furniture and common helpers."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Portal base")

    def ready(self):
        from home.caching import page_cache
        from home.language import jalali_display, jalali_input
        from home.language.i18n import install_admin_language_names
        from home.operations import maintenance
        from home.pages import checks, editorial

        jalali_input.install()
        jalali_display.install()
        install_admin_language_names()

        maintenance.connect_signals()
        page_cache.connect_signals()
        editorial.connect_signals()
        checks.register()

        from django.db.models.signals import post_migrate

        from home.language.search import rebuild_empty_index

        post_migrate.connect(rebuild_empty_index, sender=self, dispatch_uid="home.language.search.rebuild_empty_index")
