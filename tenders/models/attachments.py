"""What hangs off a notice: its downloadable documents and its dated amendments."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from home.pages.documents import TitledDocumentMixin

from ..choices import DocumentType


class TenderDocument(TitledDocumentMixin, Orderable):
    """A downloadable file of a notice (bidding documents, specifications, ...)."""

    page = ParentalKey("tenders.TenderPage", on_delete=models.CASCADE, related_name="notice_documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200, blank=True, help_text=_("Blank: the document's own title."))
    document_type = models.CharField(
        _("type"), max_length=30, choices=DocumentType.choices, default=DocumentType.BIDDING
    )

    panels = [FieldPanel("document"), FieldPanel("title"), FieldPanel("document_type")]

    class Meta(Orderable.Meta):
        verbose_name = _("notice document")
        verbose_name_plural = _("notice documents")


class TenderAmendment(Orderable):
    """A dated addendum to a notice; the dates it names replace the notice's own."""

    page = ParentalKey("tenders.TenderPage", on_delete=models.CASCADE, related_name="amendments")
    issued_at = models.DateTimeField(_("date of the amendment"), default=timezone.now)
    text = models.TextField(_("what changes"))
    new_documents_until = models.DateTimeField(_("new end of document availability"), null=True, blank=True)
    new_enquiry_deadline = models.DateTimeField(_("new deadline for questions"), null=True, blank=True)
    new_submission_deadline = models.DateTimeField(_("new submission deadline"), null=True, blank=True)
    new_opening_at = models.DateTimeField(_("new opening of bids"), null=True, blank=True)

    panels = [
        FieldPanel("issued_at"),
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("new_documents_until"), FieldPanel("new_enquiry_deadline")]),
        FieldRowPanel([FieldPanel("new_submission_deadline"), FieldPanel("new_opening_at")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("amendment")
        verbose_name_plural = _("amendments")

    def changed_dates(self):
        """(label, new value) for each date this amendment changes."""
        labels = [
            ("new_documents_until", _("Documents available until")),
            ("new_enquiry_deadline", _("Deadline for questions")),
            ("new_submission_deadline", _("Submission deadline")),
            ("new_opening_at", _("Opening of bids")),
        ]
        return [(label, getattr(self, name)) for name, label in labels if getattr(self, name)]
