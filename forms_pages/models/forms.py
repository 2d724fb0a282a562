"""Editor-built online forms and surveys (Wagtail's form builder) with open/close dates,
an optional one-response-per-person rule, a print view and a PDF of the blank form."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, AbstractFormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage, RichIntroPage
from home.pages.documents import TitledDocumentMixin, is_form_document
from home.pages.route_views import ViewRoutesMixin, view_route

from ..form_builder import FIELD_TYPE_CHOICES, SINGLE_CHOICE_TYPES, CitizenFormBuilder
from ..staff_mail import queue_response_mail, staff_addresses, validate_staff_addresses


class OpenCloseMixin(models.Model):
    """Open and close dates shared by form and poll pages."""

    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)

    class Meta:
        abstract = True

    def is_open(self, now=None):
        now = now or timezone.now()
        return (self.opens_at is None or self.opens_at <= now) and (self.closes_at is None or now < self.closes_at)

    def not_yet_open(self, now=None):
        return self.opens_at is not None and (now or timezone.now()) < self.opens_at

    def opens_label(self, now=None):
        """The word before the opening date: "Opens" until then, "Opened" from then on."""
        return pgettext_lazy("schedule", "Opens") if self.not_yet_open(now) else pgettext_lazy("schedule", "Opened")

    def closes_label(self, now=None):
        """The word before the closing date: "Closes" until then, "Closed" from then on."""
        if self.closes_at is not None and self.closes_at <= (now or timezone.now()):
            return pgettext_lazy("schedule", "Closed")
        return pgettext_lazy("schedule", "Closes")

    def schedule(self, now=None):
        """[(word, moment)] for the opening and the closing that are set, in that order."""
        moments = ((self.opens_label(now), self.opens_at), (self.closes_label(now), self.closes_at))
        return [(word, moment) for word, moment in moments if moment is not None]

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The closing date must come after the opening date.")})


class FormField(AbstractFormField):
    """A field of an editor-built form; mobile and national ID types check what citizens type."""

    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(verbose_name=_("field type"), max_length=16, choices=FIELD_TYPE_CHOICES)

    @property
    def takes_one_choice(self):
        """One answer of several (radio buttons, a list): circles on paper rather than boxes."""
        return self.field_type in SINGLE_CHOICE_TYPES


class FormDocument(TitledDocumentMixin, Orderable):
    """A downloadable version of the form (PDF or DOCX) attached by an editor."""

    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    def clean(self):
        super().clean()
        if self.document_id and not is_form_document(self.document):
            raise ValidationError({"document": _("Attach a PDF or DOCX file.")})

    @property
    def extension(self):
        return self.document.file.name.rsplit(".", 1)[-1].upper()


class FormPageSubmission(AbstractFormSubmission):
    """A submission, with the respondent key used for 'one response per person' (never shown)."""

    respondent = models.CharField(max_length=64, blank=True, db_index=True)


class NoRecipientsNote(HelpPanel):
    """A warning at the top of the editor while the saved form names no staff address to e-mail:
    its responses then reach nobody unless someone opens the admin's list."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "forms_pages/admin/no_recipients_note.html")
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def is_shown(self):
            return not getattr(self.instance, "to_address", "") and super().is_shown()


class FormPage(ViewRoutesMixin, OpenCloseMixin, AbstractEmailForm, RichIntroPage):
    """An online form or a multi-question survey built by editors. Each response is stored and,
    when the form names staff addresses, e-mailed to them through the outbox (staff_mail)."""

    to_address = models.CharField(
        _("staff e-mail addresses"),
        max_length=255,
        blank=True,
        help_text=_(
            "Each response is e-mailed to these addresses, separated by commas. Left empty, nobody is "
            "e-mailed: the responses are only in this form's responses list in the admin."
        ),
        validators=[validate_staff_addresses],
    )
    thank_you_text = RichTextField(_("text after sending"), blank=True, features=["bold", "italic", "link"])
    one_response_per_person = models.BooleanField(
        _("one response per person"),
        default=False,
        help_text=_("Refuse a second response from the same signed-in user or browser."),
    )

    content_panels = AbstractEmailForm.content_panels + [
        FieldPanel("summary"),
        FormSubmissionsPanel(),
        NoRecipientsNote(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]), FieldPanel("one_response_per_person")],
            heading=_("Availability"),
        ),
        InlinePanel("documents", label=_("Downloadable versions (PDF/DOCX)")),
        # The outbox sends from the portal's own address (DEFAULT_FROM_EMAIL): no sender to choose.
        MultiFieldPanel(
            [
                # Addresses read left to right, also in the Persian admin.
                FieldPanel("to_address", widget=forms.TextInput(attrs={"dir": "ltr"})),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to staff"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    # Staff addresses are not words: a translation takes the form's own, and every sync brings
    # a change to them (wagtail-localize made them a text to translate, retyped by hand).
    override_translatable_fields = [SynchronizedField("to_address", overridable=False)]
    form_builder = CitizenFormBuilder

    parent_page_types = ["forms_pages.FormsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("online form or survey")

    def __str__(self):
        return self.title

    # The editors' submissions listing (with a BOM on its CSV) is plugged in by FormsPagesConfig.ready:
    # Wagtail's admin views cannot be imported while models load.

    def get_submission_class(self):
        return FormPageSubmission

    def clean(self):
        super().clean()
        # One way of writing the addresses, whatever separated them: «a@x.ir، b@x.ir» → "a@x.ir, b@x.ir".
        self.to_address = ", ".join(staff_addresses(self.to_address))

    @transaction.atomic
    def process_form_submission(self, form):
        """Store the response and queue the staff's e-mails about it, together or not at all: the
        outbox worker sends them later and retries while the mail server fails."""
        submission = FormPageSubmission.objects.create(
            form_data=form.cleaned_data, page=self, respondent=getattr(form, "respondent_key", "") or ""
        )
        queue_response_mail(self, submission)
        return submission

    def paper_fields(self):
        """The fields of the printed and PDF blank form: those a person writes in (a hidden field's
        value is the page's, no question to answer)."""
        return [field for field in self.get_form_fields() if field.field_type != "hidden"]

    def has_responded(self, key):
        return bool(key) and FormPageSubmission.objects.filter(page=self, respondent=key).exists()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = self.documents.select_related("document")
        context["is_open"] = self.is_open()
        context["not_yet_open"] = self.not_yet_open()
        return context

    view_routes = [
        view_route("", "form"),
        view_route("thanks/", "thanks"),
        view_route("print/", "print"),
        view_route("pdf/", "pdf"),
    ]
