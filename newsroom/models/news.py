"""The news archive: one index page per language and the news items under it."""

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField

from home.blocks import BodyBlock
from home.caching.page_cache import reader_key, until_content_changes
from home.choices import Domain
from home.models import BasePage, ContactSettings, IndexPageMixin, IntroPage
from home.models.fields import optional_foreign_key
from home.pages.route_views import ViewRoutesMixin, view_route
from newsroom.archive import calendar, month_counts, month_range, valid_year_month, year_month

RELATED_NEWS = 3


class NewsIndexPage(ViewRoutesMixin, IndexPageMixin, IntroPage):
    """The news archive: newest first, by Jalali year and month, by tag and by domain section."""

    subpage_types = ["newsroom.NewsPage"]

    class Meta:
        verbose_name = _("news index page")

    def news(self):
        """The live, public news of this archive with what a listing shows, newest first."""
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-pk")
        )

    def sidebar(self):
        """The archive's side panels (views.SIDEBAR_PARTS): months, sections and popular tags
        over all its news."""
        all_news = NewsPage.objects.child_of(self).live().public()
        return {
            "archive": month_counts(all_news),
            "sections": self.section_counts(all_news),
            "popular_tags": self.tag_counts(all_news),
        }

    @staticmethod
    def section_counts(queryset):
        rows = queryset.exclude(domain="").order_by().values("domain").annotate(count=models.Count("pk"))
        counts = {row["domain"]: row["count"] for row in rows}
        return [
            # The label as text in the reader's language: the sidebar is kept in the shared cache,
            # where a lazy translation is rebuilt, class and all, each time it is read.
            {"domain": value, "label": str(label), "count": counts[value]}
            for value, label in Domain.choices
            if value in counts
        ]

    @staticmethod
    def tag_counts(queryset, limit=20):
        return list(
            Tag.objects.filter(newsroom_newspagetag_items__content_object__in=queryset)
            .annotate(count=models.Count("newsroom_newspagetag_items"))
            .order_by("-count", "name")[:limit]
        )

    def serves_route(self, name, kwargs):
        """Whether this archive shows the route that a reader of the active language opened
        (home.language.i18n.alternate_links; where not, the language links go to the archive
        itself), or which of its routes shows the same. An archive address names a month of
        its reader's calendar (1405/9 Jalali, 2026/12 Gregorian): in the other calendar, the
        month that holds its 15th day (Azar 1405, from 22 November, and December 2026 lead to
        each other); a year is split between two of the other calendar, so none. Tags are
        shared by both languages, but each language's news carry tags in its own words."""
        if name in ("year_archive", "month_archive"):
            language = self.locale.language_code
            if calendar(language) == calendar():
                return True
            if name == "year_archive" or not valid_year_month(kwargs["year"], kwargs["month"]):
                return False
            fifteenth = month_range(kwargs["year"], kwargs["month"])[0] + datetime.timedelta(days=14)
            year, month = year_month(fifteenth, language)
            # A month that is no archive address there (before its calendar's first year).
            return (
                ("month_archive", {"year": year, "month": month}) if valid_year_month(year, month, language) else False
            )
        if name == "tag_archive":
            return NewsPage.objects.child_of(self).live().public().filter(tags__slug=kwargs["tag"]).exists()
        return True

    view_routes = [
        view_route("", "all_news"),
        view_route("archive/<int:year>/", "year_archive"),
        view_route("archive/<int:year>/<int:month>/", "month_archive"),
        view_route("tag/<str:tag>/", "tag_archive"),
        view_route("section/<str:domain>/", "section_archive"),
    ]

    @staticmethod
    def feed_urls(domain=None, tag=None):
        """The RSS and Atom addresses of a news feed (all news, one section or one tag)."""
        if domain:
            kwargs, prefix = {"domain": domain}, "newsroom:news_section"
        elif tag:
            kwargs, prefix = {"tag": tag}, "newsroom:news_tag"
        else:
            kwargs, prefix = {}, "newsroom:news"
        return {"rss": reverse(f"{prefix}_rss", kwargs=kwargs), "atom": reverse(f"{prefix}_atom", kwargs=kwargs)}


class NewsPageTag(TaggedItemBase):
    """The tags of a news item."""

    content_object = ParentalKey("newsroom.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPage(BasePage):
    """One news item: dated, with a lead, a lead image, a body, a domain section and tags."""

    search_kind_label = pgettext_lazy("search kind", "News")
    search_kind_order = 20

    date = models.DateTimeField(_("date and time"), default=timezone.now, db_index=True)
    lead = models.TextField(_("lead"), max_length=600, help_text=_("The opening paragraph shown in bold."))
    lead_image = optional_foreign_key("wagtailimages.Image", _("lead image"))
    # Images are shared by both language trees; their own description is in Persian.
    lead_image_alt = models.CharField(
        _("lead image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, in this page's language. Blank: the image's own description."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    domain = models.CharField(_("domain section"), max_length=40, choices=Domain.choices, blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    # Each language's news carry tags in its own words: a translation starts with none and a
    # sync of the Persian page leaves the English tags alone (wagtail-localize would otherwise
    # copy the Persian tags onto the English page, and again on every sync).
    override_translatable_fields = [BaseTranslatableField("tags"), BaseTranslatableField("tagged_items")]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("domain"), FieldPanel("tags")],
            heading=_("Date and classification"),
        ),
        FieldPanel("lead"),
        FieldPanel("lead_image"),
        FieldPanel("lead_image_alt"),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Related news")),
    ]
    search_fields = BasePage.search_fields + [
        index.FilterField("date"),
        index.FilterField("domain"),
    ]

    parent_page_types = ["newsroom.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        ordering = ["-date"]

    def copy_for_translation(self, locale, copy_parents=False, alias=False, exclude_fields=None):
        """A translation starts without the source's tags (an alias mirrors the source, tags too)."""
        if not alias:
            exclude_fields = [*(exclude_fields or []), "tagged_items"]
        return super().copy_for_translation(locale, copy_parents, alias, exclude_fields)

    def search_text_parts(self):
        return super().search_text_parts() + [self.lead, self.stream_text(self.body)]

    @property
    def domain_label(self):
        return Domain(self.domain).label if self.domain else ""

    def related_news(self):
        """Chosen related news in this page's language; else the latest of the same section."""
        chosen = [link.related_page_id for link in self.related_links.all()]
        siblings = NewsPage.objects.live().public().filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if chosen:
            keys = NewsPage.objects.filter(pk__in=chosen).values("translation_key")
            related = siblings.filter(translation_key__in=keys)
        elif self.domain:
            related = siblings.filter(domain=self.domain)
        else:
            related = siblings
        return related.select_related("lead_image").order_by("-date")[:RELATED_NEWS]

    @property
    def lead_image_description(self):
        """The image's alt text in this page's language: the page's own description, else the
        image's (written in Persian, so only on Persian pages)."""
        if self.lead_image_alt:
            return self.lead_image_alt
        if self.lead_image and self.locale.language_code == settings.LANGUAGE_CODE:
            return self.lead_image.default_alt_text
        return ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The article is a fragment kept until content changes (newsroom/news_page.html): what
        # it shows is read only when it is rendered again.
        context["related_news"] = SimpleLazyObject(lambda: list(self.related_news()))
        context["page_tags"] = SimpleLazyObject(lambda: list(self.tags.all()))
        context["news_index"] = SimpleLazyObject(lambda: self.get_parent().specific)
        context["json_ld"] = until_content_changes(
            reader_key(request, "newsroom:json-ld", self.pk), lambda: self.json_ld(request)
        )
        if self.domain:
            context["section_feed"] = NewsIndexPage.feed_urls(domain=self.domain)
        return context

    def json_ld(self, request=None):
        """schema.org `NewsArticle` for search engines (the template writes it with |json_ld)."""
        contact = ContactSettings.for_request(request) if request else None
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.lead,
            "datePublished": timezone.localtime(self.date).isoformat(),
            "dateModified": timezone.localtime(self.last_published_at or self.date).isoformat(),
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": self.get_full_url(request),
            "publisher": {
                "@type": "GovernmentOrganization",
                "name": contact.display_name if contact else str(_("Tehran Labour Directorate")),
            },
        }
        if self.domain:
            data["articleSection"] = str(self.domain_label)
        keywords = [tag.name for tag in self.tags.all()]
        if keywords:
            data["keywords"] = keywords
        if self.lead_image:
            rendition = self.lead_image.get_rendition("fill-1200x675")
            data["image"] = [request.build_absolute_uri(rendition.url) if request else rendition.url]
        return data


class NewsPageRelatedLink(Orderable):
    """A news item an editor links from another one."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(NewsPage, verbose_name=_("news item"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("related_page")]
