from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from home.apps import FeatureApp


class FormsPagesConfig(FeatureApp, AppConfig):
    """Everything a citizen submits: requests, online forms, surveys and polls."""

    name = "forms_pages"
    verbose_name = _("Citizens' requests and forms")

    def declare(self):
        from home.caching.page_cache import private_rows, shown_on
        from home.pages.editor_groups import editor_group

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

        from .models import ContactPage, FormPage, FormsIndexPage
        from .submissions import BomSubmissionsListView

        # Forms, polls and the contact page go to the director (the workflow on the tree's root).
        editor_group("ویراستاران فرم‌ها و نظرسنجی‌ها", [FormsIndexPage, ContactPage], demo_user="editor-forms")

        FormPage.submissions_list_view_class = BomSubmissionsListView

        from home.language.i18n import register_count_phrase

        # The desk's list counts «۳ درخواست», not Wagtail's «۳ درخواست‌های شهروندان».
        register_count_phrase(
            "forms_pages.citizenrequest", lambda count: ngettext("%(count)s request", "%(count)s requests", count)
        )
