"""The service page: the identity card (شناسنامه خدمت) of one service."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Avg, Count
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.caching.page_cache import reader_key, until_content_changes
from home.choices import Domain
from home.language.i18n import is_english
from home.language.money import MoneyField
from home.language.text import normalise
from home.models import BasePage, Department, LinksInOwnLocaleMixin
from home.models.fields import optional_foreign_key
from home.pages.route_views import ViewRoutesMixin, view_route
from services.blocks import (
    BlankFormBlock,
    RequiredDocumentBlock,
    SystemLinkBlock,
    TriggerBlock,
    WorkflowStepBlock,
)
from services.structured_data import government_service

from ..choices import ONLINE_CHANNELS, PLAIN_SERVICE_TYPES, Channel, DeliveryLevel, ServiceType
from .codes import ServiceCode, allocate_code, is_code_taken, register_code
from .faq import FAQItem
from .survey import ServiceSurveyResponse


class ServicePage(LinksInOwnLocaleMixin, ViewRoutesMixin, BasePage):
    """One service with every field of its identity card; the survey and PDF hang off it."""

    search_kind_label = pgettext_lazy("search kind", "Services")
    search_kind_order = 10

    service_code = models.CharField(
        _("service code"),
        max_length=40,
        blank=True,
        help_text=_(
            "Leave empty to have a code assigned on first save, or enter the national catalogue "
            "identifier. The code cannot be changed once the service has been published."
        ),
    )
    domain = models.CharField(_("domain"), max_length=40, choices=Domain.choices)
    categories = ParentalManyToManyField(
        "services.ServiceCategory", verbose_name=_("categories"), related_name="services"
    )
    audiences = ParentalManyToManyField("services.Audience", verbose_name=_("audiences"), related_name="services")
    service_type = models.CharField(_("type"), max_length=3, choices=ServiceType.choices, default=ServiceType.G2C)
    triggers = StreamField(
        [("trigger", TriggerBlock())], verbose_name=_("how the service starts"), min_num=1, blank=False
    )
    required_documents = StreamField(
        [("document", RequiredDocumentBlock())], verbose_name=_("required documents"), blank=True
    )
    delivery_level = models.CharField(_("delivery level"), max_length=20, choices=DeliveryLevel.choices)
    online_url = models.URLField(
        _("online service address"),
        blank=True,
        max_length=500,
        help_text=_(
            "The exact address where the service is delivered online. Leave it empty until the address is known: "
            "the card then tells people to apply through its delivery channels."
        ),
    )
    in_person_reasons = models.TextField(
        _("why an in-person visit is still needed"),
        blank=True,
        help_text=_("Required for semi-electronic services; must be empty for fully electronic ones."),
    )
    system_links = StreamField([("system", SystemLinkBlock())], verbose_name=_("links to other systems"), blank=True)
    is_free = models.BooleanField(_("free of charge"), default=True)
    cost_rials = MoneyField(
        _("cost (rials)"), null=True, blank=True, help_text=_("Required when the service is not free.")
    )
    cost_notes = models.CharField(_("notes on the cost"), max_length=300, blank=True)
    processing_days = models.PositiveSmallIntegerField(
        _("average processing time (working days)"), null=True, blank=True
    )
    processing_time_notes = models.CharField(_("notes on the processing time"), max_length=300, blank=True)
    responsible_department = optional_foreign_key(Department, _("responsible department"))
    workflow = StreamField([("step", WorkflowStepBlock())], verbose_name=_("workflow steps"), blank=True)
    blank_forms = StreamField([("form", BlankFormBlock())], verbose_name=_("blank forms"), blank=True)
    most_used_rank = models.PositiveSmallIntegerField(
        _("place among the most-used services"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "From the usage statistics: 1 is the most used. The home page leads with the five "
            "services that have the smallest numbers; leave empty for the others."
        ),
    )

    # wagtail-localize leaves many-to-many fields out of a translation's sync; these follow the
    # Persian page, and LinksInOwnLocaleMixin swaps each entry for its English instance.
    override_translatable_fields = [SynchronizedField("categories"), SynchronizedField("audiences")]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("service_code"),
                FieldPanel("domain"),
                FieldPanel("categories"),
                FieldPanel("audiences"),
                FieldPanel("service_type"),
            ],
            heading=_("Identity"),
        ),
        FieldPanel("triggers"),
        FieldPanel("required_documents"),
        InlinePanel("law_links", label=_("Related laws and regulations")),
        MultiFieldPanel(
            [FieldPanel("delivery_level"), FieldPanel("online_url"), FieldPanel("in_person_reasons")],
            heading=_("Delivery"),
        ),
        InlinePanel("channels", label=_("Channels"), min_num=1),
        FieldPanel("system_links"),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldPanel("cost_rials"),
                FieldPanel("cost_notes"),
                FieldPanel("processing_days"),
                FieldPanel("processing_time_notes"),
                FieldPanel("responsible_department"),
            ],
            heading=_("Cost, time and responsibility"),
        ),
        FieldPanel("workflow"),
        FieldPanel("blank_forms"),
        FieldPanel("most_used_rank"),
    ]

    search_fields = BasePage.search_fields + [
        index.FilterField("domain"),
        index.FilterField("service_type"),
        index.FilterField("delivery_level"),
        index.FilterField("service_code"),
    ]

    parent_page_types = ["services.ServiceIndexPage"]
    subpage_types = []
    # A copy is a new service; a translation keeps the code (see save()).
    exclude_fields_in_copy = ["service_code"]

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self):
        return self.title

    # -- the code ---------------------------------------------------------------------------

    def _stored_code(self):
        """(code, published) as saved in the database, or (None, False) for a new page."""
        if not self.pk:
            return None, False
        row = ServicePage.objects.filter(pk=self.pk).values_list("service_code", "first_published_at").first()
        if row is None:
            return None, False
        return row[0], row[1] is not None

    def clean(self):
        super().clean()
        errors = {}
        self.service_code = (self.service_code or "").strip()
        stored, published = self._stored_code()
        if published and stored and self.service_code != stored:
            errors["service_code"] = _("The service code cannot be changed after the service has been published.")
        elif self.service_code and is_code_taken(self.service_code, self.translation_key):
            errors["service_code"] = _("This code belongs (or belonged) to another service; codes are never reused.")

        if self.delivery_level == DeliveryLevel.SEMI_ELECTRONIC and not self.in_person_reasons.strip():
            errors["in_person_reasons"] = _("Explain why a semi-electronic service still needs an in-person visit.")
        if self.delivery_level == DeliveryLevel.ELECTRONIC and self.in_person_reasons.strip():
            errors["in_person_reasons"] = _(
                "A fully electronic service needs no in-person visit; leave this empty or change the level."
            )
        if not self.is_free and not self.cost_rials:
            errors["cost_rials"] = _("Give the cost in rials, or mark the service as free of charge.")
        if self.is_free and self.cost_rials:
            errors["cost_rials"] = _("A free service has no cost; clear the amount or untick “free of charge”.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        stored, published = self._stored_code()
        if published and stored:
            # Never changed after publication, whatever path the save came by.
            self.service_code = stored
        if not self.service_code:
            existing = ServiceCode.objects.filter(translation_key=self.translation_key).order_by("pk").first()
            self.service_code = existing.code if existing else allocate_code(self.translation_key)
        elif is_code_taken(self.service_code, self.translation_key):
            raise ValidationError({"service_code": _("This code belongs to another service.")})
        else:
            register_code(self.service_code, self.translation_key)
        return super().save(*args, **kwargs)

    # -- content ----------------------------------------------------------------------------

    def search_text_parts(self):
        return super().search_text_parts() + [
            self.service_code,
            self.in_person_reasons,
            self.stream_text(self.triggers),
            self.stream_text(self.required_documents),
            self.stream_text(self.workflow),
        ]

    @property
    def online_address_missing(self):
        """Offered online, but with no address given: the card says to apply through its channels."""
        return self.delivery_level != DeliveryLevel.NON_ELECTRONIC and not self.online_url

    @property
    def plain_service_type(self):
        """Who the service is for, in plain words (no G2C-style codes)."""
        return PLAIN_SERVICE_TYPES.get(self.service_type, self.get_service_type_display())

    def laws(self):
        """The cited laws in the page's language (the translation when there is one)."""
        links = []
        for link in self.law_links.select_related("law").all():
            if link.law is None:
                continue
            law = link.law.localized
            if law.live:
                links.append({"law": law, "article": link.article})
        return links

    def survey_summary(self):
        """Average score and count of the survey, over every language of the service."""
        result = ServiceSurveyResponse.objects.filter(service__translation_key=self.translation_key).aggregate(
            average=Avg("score"), count=Count("pk")
        )
        if result["average"] is not None:
            result["average"] = round(result["average"], 1)
        return result

    def faqs(self):
        """The questions answered about this service, in the page's language."""
        return (
            FAQItem.objects.filter(services__translation_key=self.translation_key, locale_id=self.locale_id)
            .distinct()
            .order_by("sort_order", "pk")
        )

    def channel_list(self):
        return list(self.channels.all())

    # -- routes -----------------------------------------------------------------------------

    view_routes = [
        view_route("survey/", "survey"),
        view_route("pdf/", "pdf"),
    ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        summary = self.survey_summary()
        # The card itself is a fragment kept until content changes (services/service_page.html):
        # its laws, channels and questions are read only when it is rendered again.
        context.update(
            {
                "laws": SimpleLazyObject(self.laws),
                "channels": SimpleLazyObject(self.channel_list),
                "faqs": self.faqs(),
                "survey": summary,
                # The form (with its CSRF token) is shown on the survey address only, so the
                # identity card itself carries no token and can be cached for everyone.
                "survey_form": None,
                "json_ld": until_content_changes(
                    reader_key(request, "services:json-ld", self.pk, summary["count"], summary["average"]),
                    lambda: government_service(self, request, summary),
                ),
                "is_english": is_english(),
            }
        )
        return context


class ServiceChannel(Orderable):
    """One channel a service is reached through, with its address or hours when useful."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="channels")
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    details = models.CharField(
        _("address or hours"), max_length=300, blank=True, help_text=_("For example the short code or opening hours.")
    )

    panels = [FieldPanel("channel"), FieldPanel("details")]

    class Meta(Orderable.Meta):
        verbose_name = _("channel")
        verbose_name_plural = _("channels")

    def __str__(self):
        details = self.shown_details
        return f"{self.get_channel_display()} ({details})" if details else str(self.get_channel_display())

    @property
    def shown_details(self):
        """The address or hours, unless they only repeat the channel's name: «دفاتر پیشخوان خدمات
        دولت (دفاتر پیشخوان خدمات دولت)» said nothing more than the name."""
        if normalise(self.details).casefold() == normalise(self.get_channel_display()).casefold():
            return ""
        return self.details

    @property
    def is_online(self):
        return self.channel in ONLINE_CHANNELS


class ServiceLawLink(Orderable):
    """A law or regulation the service rests on, optionally a named article of it."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="law_links")
    law = models.ForeignKey(
        "services.LawPage", verbose_name=_("law or regulation"), on_delete=models.CASCADE, related_name="service_links"
    )
    article = models.CharField(_("article"), max_length=100, blank=True, help_text=_("For example: ماده ۱۲۰"))

    panels = [FieldPanel("law"), FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("related law")
        verbose_name_plural = _("related laws")
