from importlib import import_module

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The shared base: home page, domain sections, site furniture and common helpers."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Portal base")

    def ready(self):
        from home.caching import page_cache
        from home.language import jalali_display, jalali_input, money, numbers, slugs, upload_limits
        from home.language.i18n import install_admin_count_grouping, install_admin_language_names
        from home.language.search_backend import normalise_media_search
        from home.operations import mail_headers, maintenance
        from home.pages import (
            admin_buttons,
            admin_rendering,
            admin_wording,
            changes_requested,
            checks,
            domain_listings,
            editorial,
            revision_compare,
            translate_form,
            translation_review,
            workflow_names,
        )

        admin_rendering.install()
        admin_buttons.install()
        admin_wording.install()
        changes_requested.install()
        domain_listings.install()
        revision_compare.install()
        jalali_input.install()
        jalali_display.install()
        numbers.install()
        money.install()
        upload_limits.install()
        slugs.install()
        translate_form.install()
        workflow_names.install()
        install_admin_language_names()
        install_admin_count_grouping()
        mail_headers.install()
        normalise_media_search()

        maintenance.connect_signals()
        page_cache.connect_signals()
        editorial.connect_signals()
        translation_review.connect_signals()
        checks.register()

        from django.db.models.signals import post_migrate

        from home.language.search import rebuild_empty_index

        post_migrate.connect(rebuild_empty_index, sender=self, dispatch_uid="home.language.search.rebuild_empty_index")


class FeatureApp:
    """Mixed into a feature app's AppConfig (before it): the app declares what home needs to know of it, and
        home registers it in `ready()`, so home names no feature app. The page cache watches every
        model of the app; `feeds` lists the app's site feeds as `register_feed()` arguments (key,
        title, RSS URL name, Atom URL name, order) and `feed_directory` the URL name of a page listing
    them all; the app's `views` module is imported, which
        registers its pages' route views; `declare()` adds the rest (editor groups, review
        workflows, signals), with the app's models loaded.

        A mixin, not an AppConfig subclass: Django picks an app's config as the one AppConfig
        subclass in its apps.py, and an imported base would make two."""

    default_auto_field = "django.db.models.BigAutoField"
    feeds = ()
    feed_directory = ""

    def ready(self):
        from home.caching.page_cache import watch_app
        from home.pages.feeds import register_feed, register_feed_directory

        watch_app(self.label)
        self.declare()
        for feed in self.feeds:
            register_feed(*feed)
        if self.feed_directory:
            register_feed_directory(self.feed_directory)
        # The app's views register the route views of its pages (home.pages.route_views).
        import_module(f"{self.name}.views")

    def declare(self):
        """Register what the app adds besides its watched models and its feeds."""
