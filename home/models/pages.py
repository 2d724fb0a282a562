"""The home page, the domain section pages and standard content pages."""

from django.apps import apps as django_apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import resolve_model_string
from wagtail.fields import StreamField
from wagtail.models import GroupPagePermission, Page, get_page_models

from home.blocks import BodyBlock

from ..choices import Domain
from .base import BasePage, IntroPage
from .fields import optional_foreign_key

# The page permissions that let a group draft content (add, change, publish).
EDITING = ("add_page", "change_page", "publish_page")


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
    # Home's own; a feature app's index page joins them by naming "home.HomePage" among its
    # parent_page_types (see clean_subpage_models), so home names no feature app.
    subpage_types = ["home.SectionPage", "home.StandardPage"]
    # One home page per language tree (Persian and its English translation).
    max_count = 2

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def clean_subpage_models(cls):
        """Home's own page types, then every page type that names the home page as its parent."""
        if cls._clean_subpage_models is not None:
            return cls._clean_subpage_models
        own = [resolve_model_string(name, cls._meta.app_label) for name in cls.subpage_types]
        joining = [
            model
            for model in get_page_models()
            if model not in own
            and getattr(model, "parent_page_types", None) is not None
            and cls in model.clean_parent_page_models()
        ]
        if django_apps.ready:  # before, some apps' page types may not be defined yet
            cls._clean_subpage_models = own + joining
        return own + joining

    def search_text_parts(self):
        return super().search_text_parts() + [self.hero_title, self.hero_text, self.stream_text(self.body)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = SectionPage.objects.child_of(self).live().public().specific()
        return context


class BodyAndChildrenMixin:
    """For a page with a StreamField `body`: search reads the body, and the page lists its
    live children."""

    def search_text_parts(self):
        return super().search_text_parts() + [self.stream_text(self.body)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the page's fragment is rendered again (`public()` reads the view
        # restrictions as soon as it is called).
        context["children"] = SimpleLazyObject(lambda: list(self.get_children().live().public().specific()))
        return context


def _staff_group(verbose_name, help_text):
    """An optional link from a section to a staff group (kept when the group is deleted)."""
    return optional_foreign_key("auth.Group", verbose_name, help_text=help_text)


class SectionPage(BodyAndChildrenMixin, IntroPage):
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

    @classmethod
    def domain_scope_facts(cls, user):
        """What `domain_scope` needs of `user` whatever the page: their groups, every section's
        staff groups, and the domains of the sections `user` works in. Two queries; a caller
        asking about many pages (`home.pages.editorial.other_domains_pages`) reads them once."""
        own_groups = set(user.groups.values_list("pk", flat=True))
        sections, domains = set(), set()
        for editors, head, domain in cls.objects.values_list("editors_group_id", "head_group_id", "domain"):
            sections.update(i for i in (editors, head) if i)
            if editors in own_groups or head in own_groups:
                domains.add(domain)
        return own_groups, sections, frozenset(domains)

    @classmethod
    def domain_scope(cls, user, page, facts=None):
        """The domains `user` may draft under `page`, or None when not limited to any domain.

        A user is limited when they hold a page permission over `page` (on it or on an
        ancestor) and every such permission comes through a section's editors or head group;
        they may then only touch content of those sections' domains (docs/editorial.md).
        `facts`: `domain_scope_facts(user)`, when the caller has read them already.
        """
        if user.is_superuser:
            return None
        own_groups, sections, domains = facts or cls.domain_scope_facts(user)
        granting = set(
            GroupPagePermission.objects.filter(
                group_id__in=own_groups,
                page__in=Page.objects.ancestor_of(page, inclusive=True),
                permission__codename__in=EDITING,
            ).values_list("group_id", flat=True)
        )
        if not granting or granting - sections:
            # Permissions only below `page` (one news item, say): the tree alone decides what
            # they see there; only a grant through a section narrows to its domains.
            return None
        return domains


class StandardPage(BodyAndChildrenMixin, BasePage):
    """An information page: about us, a specialised guide inside a section, and so on."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]

    parent_page_types = ["home.HomePage", "home.SectionPage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
