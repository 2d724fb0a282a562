"""Laws and regulations at /laws/, each linked both ways with the services that cite it."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import DocumentListBlock
from home.caching.query_params import known_values
from home.language.text import join_list
from home.models import BasePage, IndexPageMixin, IntroPage
from home.pages.pagination import paginate
from services.blocks import LawBodyBlock

from ..choices import LawKind, LawStatus
from .service import ServiceLawLink, ServicePage

PAGE_SIZE = 20


class LawIndexPage(IndexPageMixin, IntroPage):
    """The list of laws and regulations, filterable by kind and status."""

    subpage_types = ["services.LawPage"]
    query_params = ("kind", "status", "page")

    class Meta:
        verbose_name = _("laws and regulations index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        laws = LawPage.objects.child_of(self).live().public().order_by("-approval_date", "title")
        # A value that is not one of the choices is left out, and the reader told (a 400).
        kind = "".join(known_values(request, "kind", LawKind.values, _("Kind"))[:1])
        status = "".join(known_values(request, "status", LawStatus.values, _("Status"))[:1])
        if kind:
            laws = laws.filter(kind=kind)
        if status:
            laws = laws.filter(status=status)
        page_obj = paginate(request, laws, PAGE_SIZE)
        context.update(
            {
                "laws": page_obj.object_list,
                "page_obj": page_obj,
                "kinds": LawKind.choices,
                "statuses": LawStatus.choices,
                "kind": kind,
                "status": status,
            }
        )
        return context


class LawPage(BasePage):
    """One law, by-law, directive or circular, with its articles and attachments."""

    search_kind_label = pgettext_lazy("search kind", "Laws and regulations")
    search_kind_order = 30

    kind = models.CharField(_("kind"), max_length=20, choices=LawKind.choices, default=LawKind.LAW)
    authority = models.CharField(_("approving authority"), max_length=200)
    # Entered in Jalali by Persian editors (home/language/jalali_input.py), shown Jalali on the Persian site.
    approval_date = models.DateField(_("approval date"))
    number = models.CharField(_("number"), max_length=60, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=LawStatus.choices, default=LawStatus.IN_FORCE)
    body = StreamField(LawBodyBlock(), blank=True, verbose_name=_("text"))
    attachments = StreamField([("downloads", DocumentListBlock())], blank=True, verbose_name=_("attachments"))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("authority"),
                FieldPanel("approval_date"),
                FieldPanel("number"),
                FieldPanel("status"),
            ],
            heading=_("Identity"),
        ),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    search_fields = BasePage.search_fields + [index.FilterField("kind"), index.FilterField("status")]

    parent_page_types = ["services.LawIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("law or regulation")
        verbose_name_plural = _("laws and regulations")

    def search_text_parts(self):
        return super().search_text_parts() + [self.authority, self.number, self.stream_text(self.body)]

    def citing_services(self):
        """Live services (in this page's language) that cite this law, with the article cited."""
        # Each language's card names the article in its own words, so read this language's links.
        # The list shows a title and an address: a service's card (its stream fields, JSON) is
        # left unread.
        links = ServiceLawLink.objects.filter(
            law__translation_key=self.translation_key, page__locale_id=self.locale_id
        ).values_list("page_id", "article")
        pages = (
            ServicePage.objects.filter(pk__in={page_id for page_id, _article in links})
            .live()
            .public()
            .defer_streamfields()
            .in_bulk()
        )
        seen = {}
        for page_id, article in links:
            page = pages.get(page_id)
            if page is None:
                continue
            entry = seen.setdefault(page.pk, {"service": page, "articles": []})
            if article and article not in entry["articles"]:
                entry["articles"].append(article)
        for entry in seen.values():
            entry["article"] = join_list(entry["articles"], self.locale.language_code)
        return sorted(seen.values(), key=lambda entry: entry["service"].title)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the page's fragment is rendered again (services/law_page.html).
        context["citing_services"] = SimpleLazyObject(self.citing_services)
        return context
