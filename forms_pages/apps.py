from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsPagesConfig(AppConfig):
    """Everything a citizen submits: requests, online forms, surveys and polls."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "forms_pages"
    verbose_name = _("Citizens' requests and forms")

    def ready(self):
        from .models import FormPage
        from .submissions import BomSubmissionsListView

        FormPage.submissions_list_view_class = BomSubmissionsListView
