"""Editor-managed reference lists of the catalogue: service categories and audiences.

Like home's departments, each entry has a Persian and an English instance sharing a
translation key and a slug (translated in wagtail-localize). A service may point at either, so
the catalogue filters by slug and shows `display_name`, the active language's name.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.fields import optional_foreign_key
from home.models.reference import TranslatableReference


class NamedReference(TranslatableReference):
    """A name in its locale and a slug for URLs that every translation shares."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableReference.Meta):
        abstract = True
        ordering = ["sort_order", "name"]


def unique_per_locale(model_name):
    return [
        models.UniqueConstraint(fields=["locale", "slug"], name=f"{model_name}_slug_per_locale"),
        models.UniqueConstraint(fields=["locale", "name"], name=f"{model_name}_name_per_locale"),
    ]


class ServiceCategory(index.Indexed, NamedReference):
    """A category of the catalogue; categories nest one level (a parent and its children)."""

    parent = optional_foreign_key(
        "self",
        _("parent category"),
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Leave empty for a top-level category. Categories nest one level only."),
    )
    description = models.TextField(_("description"), blank=True)

    # The parent is translated too: an English category's parent is the English instance.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("parent"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("parent"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(NamedReference.Meta):
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")
        constraints = unique_per_locale("servicecategory")

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
        return self.in_active_language().description

    def ancestors(self):
        """The categories above this one, the top-level one first (none for a top-level
        category); a loop an import may have made ends at the first category seen again."""
        chain, seen, parent = [], {self.pk}, self.parent
        while parent is not None and parent.pk not in seen:
            chain.insert(0, parent)
            seen.add(parent.pk)
            parent = parent.parent
        return chain


class Audience(index.Indexed, NamedReference):
    """Who a service is for: workers, employers, cooperative members, job seekers, ..."""

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug"), SynchronizedField("sort_order")]

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(NamedReference.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = unique_per_locale("audience")
