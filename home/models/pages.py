"""The home page, the domain section pages and standard content pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from home.pages.blocks import BodyBlock

from .base import BasePage, IntroPage
from .reference import Domain


class HomePage(BasePage):
    """The portal's front page; one per language tree."""

    # An index lists what its pages say in full: they rank above it in search.
    search_weight = 0.2

    hero_title = models.CharField(_("hero title"), max_length=200, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True, max_length=600)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.SectionPage",
        "home.StandardPage",
        "forms_pages.ContactPage",
        "forms_pages.FormsIndexPage",
        "newsroom.NewsIndexPage",
        "newsroom.NoticeIndexPage",
        "tenders.TenderIndexPage",
        "services.ServiceIndexPage",
        "services.LawIndexPage",
        "services.FAQIndexPage",
    ]
    # One home page per language tree (Persian and its English translation).
    max_count = 2

    class Meta:
        verbose_name = _("home page")

    def search_text_parts(self):
        return super().search_text_parts() + [self.hero_title, self.hero_text, self.stream_text(self.body)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = SectionPage.objects.child_of(self).live().public().specific()
        return context


def _staff_group(verbose_name, help_text):
    """An optional link from a section to a staff group (kept when the group is deleted)."""
    return models.ForeignKey(
        "auth.Group",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


class SectionPage(IntroPage):
    """The separately managed section of one domain (labour relations, cooperatives, ...)."""

    # An index lists what its pages say in full: they rank above it in search.
    search_weight = 0.5

    domain = models.CharField(_("domain"), max_length=40, choices=Domain.choices)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    editors_group = _staff_group(_("editors' group"), _("Staff who edit this section's pages."))
    head_group = _staff_group(
        _("section head's group"), _("Approves changes to this domain's services before the directorate head does.")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("domain"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    settings_panels = BasePage.settings_panels + [FieldPanel("editors_group"), FieldPanel("head_group")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("domain section page")

    def clean(self):
        super().clean()
        clash = (
            SectionPage.objects.filter(domain=self.domain, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exclude(translation_key=self.translation_key)
        )
        if self.domain and clash.exists():
            raise ValidationError({"domain": _("This domain already has a section page.")})

    def search_text_parts(self):
        return super().search_text_parts() + [self.stream_text(self.body)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific()
        return context


class StandardPage(BasePage):
    """An information page: about us, a specialised guide inside a section, and so on."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]

    parent_page_types = ["home.HomePage", "home.SectionPage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def search_text_parts(self):
        return super().search_text_parts() + [self.stream_text(self.body)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific()
        return context
