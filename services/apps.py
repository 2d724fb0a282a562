from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    """The electronic services desk: services, categories, laws, FAQ and the per-service survey."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "services"
    verbose_name = _("Electronic services desk")

    def ready(self):
        from home.caching.page_cache import shown_on
        from home.pages.feeds import register_feed

        from .models import ServiceSurveyResponse

        # A survey answer changes that service's average only, not the rest of the site.
        shown_on(ServiceSurveyResponse, ServiceSurveyResponse.pages_showing)

        from . import views  # noqa: F401  (registers the service pages' route views)
        from .signals import connect

        connect()

        register_feed(
            "services",
            _("New and updated services"),
            "services:feed_rss",
            "services:feed_atom",
            order=30,
        )
