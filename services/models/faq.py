"""Frequently asked questions at /faq/: snippets grouped by category and by service."""

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.language.search import query_text, splits
from home.language.text import english_word_forms, normalise
from home.models import IntroPage, LinksInOwnLocaleMixin, TranslatedNamesQuerySet
from home.models.fields import optional_foreign_key

from .taxonomy import ServiceCategory


class FAQItem(LinksInOwnLocaleMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    """One question and its answer, in one language, about a category and/or some services."""

    question = models.CharField(_("question"), max_length=300)
    answer = RichTextField(_("answer"), features=["bold", "italic", "link", "ol", "ul"])
    category = optional_foreign_key(ServiceCategory, _("category"), related_name="faqs")
    services = ParentalManyToManyField(
        "services.ServicePage", verbose_name=_("services"), blank=True, related_name="faq_items"
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    # The category's name in the reader's language, looked up once for a whole list.
    objects = TranslatedNamesQuerySet.as_manager()

    # wagtail-localize leaves many-to-many fields out of a translation's sync: the services follow
    # the Persian question, and LinksInOwnLocaleMixin swaps each for its English page.
    override_translatable_fields = [SynchronizedField("services")]

    panels = [
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("category"),
        FieldPanel("services"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("question"), index.SearchField("answer")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("frequently asked question")
        verbose_name_plural = _("frequently asked questions")

    def __str__(self):
        return self.question

    @property
    def answer_text(self):
        return strip_tags(self.answer).strip()

    def matches(self, normalised_query):
        """True when every word of the (normalised) query is in the question or the answer,
        whatever its case; an English word in either number («permits», «permit»), and a
        compound typed without its space («بیمهبیکاری») as its parts, as site search reads them."""
        text = normalise(f"{self.question} {self.answer_text}").casefold()

        def found(word):
            return any(form in text for form in english_word_forms(word)) or any(
                first in text and second in text for first, second in splits(word)
            )

        return all(found(word) for word in normalised_query.casefold().split())


class FAQIndexPage(IntroPage):
    """All questions of one language, grouped by category and by service, with a search box."""

    search_kind_label = pgettext_lazy("search kind", "Frequently asked questions")
    search_kind_order = 60
    # The result opens the list filtered by the same words.
    search_passes_query = True

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    query_params = ("q",)

    class Meta:
        verbose_name = _("frequently asked questions page")

    def search_text_parts(self):
        # The questions are snippets, not pages: the page that lists them is what search finds.
        items = FAQItem.objects.filter(locale_id=self.locale_id)
        return super().search_text_parts() + [f"{item.question} {item.answer_text}" for item in items]

    def items(self, query=""):
        items = list(
            FAQItem.objects.filter(locale_id=self.locale_id)
            .select_related("category", "category__parent")
            .prefetch_related("services")
        )
        normalised = normalise(query)
        if normalised:
            # A few hundred short texts at most: matching them here keeps the same normaliser
            # on both sides without a separate index.
            items = [item for item in items if item.matches(normalised)]
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = query_text(request.GET)
        items = self.items(query)
        by_category = {}
        by_service = {}
        for item in items:
            by_category.setdefault(item.category, []).append(item)
            for service in item.services.all():
                if service.locale_id == self.locale_id and service.live:
                    by_service.setdefault(service, []).append(item)
        categories = sorted(
            by_category.items(), key=lambda pair: (pair[0] is None, pair[0].sort_order if pair[0] else 0)
        )
        context.update(
            {
                "query": query,
                "items": items,
                "by_category": categories,
                "by_service": sorted(by_service.items(), key=lambda pair: pair[0].title),
                "json_ld": {
                    "@context": "https://schema.org",
                    "@type": "FAQPage",
                    "mainEntity": [
                        {
                            "@type": "Question",
                            "name": item.question,
                            "acceptedAnswer": {"@type": "Answer", "text": item.answer_text},
                        }
                        for item in items
                    ],
                },
            }
        )
        return context
