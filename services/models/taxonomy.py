"""Editor-managed reference lists of the catalogue: service categories and audiences.

Both are shared by the Persian and English trees (like home's departments), with a Persian and
an English name; `display_name` picks the one for the active language.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class NamedInBothLanguages(models.Model):
    """A Persian name, an optional English name and a slug for URLs."""

    name = models.CharField(_("name (Persian)"), max_length=150, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=150, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=False)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    search_fields = [index.SearchField("name"), index.SearchField("name_en")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The name in the active language (Persian when no English name is given)."""
        if (get_language() or "fa").startswith("en") and self.name_en:
            return self.name_en
        return self.name


class ServiceCategory(index.Indexed, NamedInBothLanguages):
    """A category of the catalogue; categories nest one level (a parent and its children)."""

    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Leave empty for a top-level category. Categories nest one level only."),
    )
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("parent"),
        FieldPanel("description"),
        FieldPanel("description_en"),
        FieldPanel("sort_order"),
    ]

    class Meta(NamedInBothLanguages.Meta):
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")

    def clean(self):
        super().clean()
        if self.parent_id is None:
            return
        if self.parent_id == self.pk:
            raise ValidationError({"parent": _("A category cannot be its own parent.")})
        if self.parent.parent_id is not None:
            raise ValidationError({"parent": _("Categories nest one level only: choose a top-level category.")})
        if self.pk and self.children.exists():
            raise ValidationError({"parent": _("This category has subcategories, so it must stay top-level.")})

    @property
    def display_description(self):
        if (get_language() or "fa").startswith("en") and self.description_en:
            return self.description_en
        return self.description


class Audience(index.Indexed, NamedInBothLanguages):
    """Who a service is for: workers, employers, cooperative members, job seekers, ..."""

    panels = [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(NamedInBothLanguages.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
