from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from home.apps import FeatureApp


class ServicesConfig(FeatureApp, AppConfig):
    """The electronic services desk: services, categories, laws, FAQ and the per-service survey."""

    name = "services"
    verbose_name = _("Electronic services desk")
    feeds = [("services", _("New and updated services"), "services:feed_rss", "services:feed_atom", 30)]

    def declare(self):
        from home.caching.page_cache import shown_on
        from home.pages.editor_groups import DIRECTOR, SECTION_HEAD, editor_group, review_workflow

        from .models import FAQIndexPage, LawIndexPage, ServiceIndexPage, ServiceSurveyResponse
        from .signals import connect

        # A survey answer changes that service's average only, not the rest of the site.
        shown_on(ServiceSurveyResponse, ServiceSurveyResponse.pages_showing)

        editor_group(
            "ویراستاران میز خدمات",
            [ServiceIndexPage, LawIndexPage, FAQIndexPage],
            snippet_apps=[self.label],
            demo_user="editor-services",
        )
        # A service's card goes to its section's head, then to the director.
        review_workflow(_("Service card approval"), [ServiceIndexPage], [SECTION_HEAD, DIRECTOR])

        connect()
