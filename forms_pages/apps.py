from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsPagesConfig(AppConfig):
    """Everything a citizen submits: requests, online forms, surveys and polls."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "forms_pages"
    verbose_name = _("Citizens' requests and forms")

    def ready(self):
        from home.caching.page_cache import private_rows, shown_on

        from .models import (
            CitizenRequest,
            DepartmentDesk,
            FormPageSubmission,
            OutboundMessage,
            PollVote,
            RequestAttachment,
            RequestEvent,
        )

        # What citizens send never makes the whole site stale: requests, their history, the
        # messages the outbox sends about them, the desk's escalation contacts and form answers
        # appear on no public page; a vote only on its poll's page.
        private_rows(
            CitizenRequest, RequestEvent, RequestAttachment, OutboundMessage, DepartmentDesk, FormPageSubmission
        )
        shown_on(PollVote, PollVote.pages_showing)

        from .models import FormPage
        from .submissions import BomSubmissionsListView

        FormPage.submissions_list_view_class = BomSubmissionsListView
        # Registers the contact page's route views (anonymous reports, public figures).
        from . import views  # noqa: F401
