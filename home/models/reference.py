"""Reference data several apps share: the domain sections and the departments."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class Domain(models.TextChoices):
    """The six separately managed domains of the directorate."""

    LABOUR_RELATIONS = "labour-relations", _("Labour relations")
    LABOUR_INSPECTION = "labour-inspection", _("Labour inspection")
    COOPERATIVES = "cooperatives", _("Cooperatives")
    EMPLOYMENT = "employment", _("Employment and entrepreneurship")
    SOCIAL_WELFARE = "social-welfare", _("Social welfare")
    FOREIGN_NATIONALS = "foreign-nationals", _("Foreign nationals' employment")


class Department(index.Indexed, models.Model):
    """A unit citizens can address; requests are routed to its e-mail and staff group."""

    name = models.CharField(_("name (Persian)"), max_length=150, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=150, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=False)
    email = models.EmailField(_("e-mail address"), blank=True)
    staff_group = models.ForeignKey(
        Group,
        verbose_name=_("staff group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="departments",
        help_text=_("Members of this group handle the requests sent to this department."),
    )
    domain = models.CharField(_("domain"), max_length=40, choices=Domain.choices, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    # Where and when citizens can reach the department in person or by telephone.
    address = models.TextField(_("address (Persian)"), blank=True)
    address_en = models.TextField(_("address (English)"), blank=True)
    phone = models.CharField(
        _("telephone"), max_length=50, blank=True, help_text=_("As dialled, e.g. 021-12345678; shown in Latin order.")
    )
    office_hours = models.CharField(_("opening hours (Persian)"), max_length=200, blank=True)
    office_hours_en = models.CharField(_("opening hours (English)"), max_length=200, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("email"),
        FieldPanel("staff_group"),
        FieldPanel("domain"),
        FieldPanel("sort_order"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_en"),
                FieldPanel("phone"),
                FieldPanel("office_hours"),
                FieldPanel("office_hours_en"),
            ],
            heading=_("Contact details shown to citizens"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("name_en")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The name in the active language (Persian when no English name is given)."""
        if (get_language() or "fa").startswith("en") and self.name_en:
            return self.name_en
        return self.name

    def _in_language(self, persian, english):
        if (get_language() or "fa").startswith("en"):
            return english
        return persian

    @property
    def display_address(self):
        """The address in the active language (nothing on English pages without an English one)."""
        return self._in_language(self.address, self.address_en)

    @property
    def display_office_hours(self):
        """The opening hours in the active language."""
        return self._in_language(self.office_hours, self.office_hours_en)

    @property
    def has_contact_details(self):
        return bool(self.display_address or self.phone or self.display_office_hours)
