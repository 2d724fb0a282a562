"""The departments citizens address: where requests are routed, who handles them, and which
units receive reports of administrative violations (bilingual reference entries, `reference.py`)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..choices import Domain
from .fields import optional_foreign_key
from .reference import (
    ReferenceQuerySet,
    TranslatableReference,
    active_language,
    default_locale_only,
    language_of_locale,
)


class DepartmentQuerySet(ReferenceQuerySet):
    def unstaffed(self):
        """The departments (their default-locale entries, which stand for every translation)
        whose staff group is missing or has no active member: nobody at their desk reads what
        citizens send them."""
        active_staff = get_user_model().objects.filter(is_active=True, groups=OuterRef("staff_group"))
        return self.in_default_language().filter(Q(staff_group__isnull=True) | ~Exists(active_staff))

    def receiving_violation_reports(self):
        """The unit that receives reports of administrative violations (its default-locale entry,
        which stands for every translation), or None when no unit has been given them."""
        return self.in_default_language().filter(receives_violation_reports=True).first()


class Department(index.Indexed, TranslatableReference):
    """A unit citizens can address; requests are routed to its e-mail and staff group.

    Requests always point at the default-locale (Persian) instance, whichever translation the
    citizen chose, so the desk, its staff group and the figures see one department."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)
    email = models.EmailField(_("e-mail address"), blank=True)
    staff_group = optional_foreign_key(
        Group,
        _("staff group"),
        related_name="departments",
        help_text=_("Members of this group handle the requests sent to this department."),
    )
    domain = models.CharField(_("domain"), max_length=40, choices=Domain.choices, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    # Where and when citizens can reach the department in person or by telephone.
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(
        _("telephone"), max_length=50, blank=True, help_text=_("As dialled, e.g. 021-12345678; shown in Latin order.")
    )
    office_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    # One unit at most (with its translations): reports of administrative violations go to it,
    # whichever unit the citizen names, so the unit reported never handles a report about itself.
    receives_violation_reports = models.BooleanField(
        _("receives reports of administrative violations"),
        default=False,
        help_text=_(
            "Reports of administrative violations go to this unit, whichever unit the citizen names; "
            "the unit named is recorded as the unit reported and does not see the report. One unit at most."
        ),
    )
    # One unit at most, not the one above: a report about the unit receiving reports goes here.
    oversees_violation_unit = models.BooleanField(
        _("handles reports about the unit receiving violation reports"),
        default=False,
        help_text=_(
            "A report of an administrative violation about the unit that receives such reports goes to this "
            "unit (the Director General's office). One unit at most, not that unit itself."
        ),
    )

    objects = DepartmentQuerySet.as_manager()

    # What a translator translates; the rest is copied from the Persian instance on every sync.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        TranslatableField("office_hours"),
        SynchronizedField("slug"),
        SynchronizedField("email"),
        SynchronizedField("staff_group"),
        SynchronizedField("domain"),
        SynchronizedField("sort_order"),
        SynchronizedField("phone"),
        # Where reports go is the entry's, not a translator's to change.
        SynchronizedField("receives_violation_reports", overridable=False),
        SynchronizedField("oversees_violation_unit", overridable=False),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        # Where its requests go decides who reads what citizens send: superusers only.
        FieldPanel("email", permission="superuser"),
        FieldPanel("staff_group", permission="superuser"),
        FieldPanel("receives_violation_reports", permission="superuser"),
        FieldPanel("oversees_violation_unit", permission="superuser"),
        FieldPanel("domain"),
        FieldPanel("sort_order"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("office_hours"),
            ],
            heading=_("Contact details shown to citizens"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableReference.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="department_slug_per_locale"),
            models.UniqueConstraint(fields=["locale", "name"], name="department_name_per_locale"),
            # One unit receives reports of violations (`clean` says so in words).
            models.UniqueConstraint(
                fields=["locale"], condition=Q(receives_violation_reports=True), name="department_one_violation_unit"
            ),
            models.UniqueConstraint(
                fields=["locale"], condition=Q(oversees_violation_unit=True), name="department_one_oversight_unit"
            ),
        ]

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The flag is the entry's: every translation carries the default-locale instance's.
        Department.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk).update(
            receives_violation_reports=self.receives_violation_reports,
            oversees_violation_unit=self.oversees_violation_unit,
        )

    def clean(self):
        super().clean()
        if self.receives_violation_reports and self.oversees_violation_unit:
            raise ValidationError(
                {
                    "oversees_violation_unit": _(
                        "A report about the unit that receives reports must go to another unit: untick one of the two."
                    )
                }
            )
        messages = {
            "receives_violation_reports": _(
                "Only one unit can receive reports of administrative violations, and “%(unit)s” does now. "
                "Untick it there first, then tick it here."
            ),
            "oversees_violation_unit": _(
                "Only one unit can handle reports about the unit receiving violation reports, and “%(unit)s” "
                "does now. Untick it there first, then tick it here."
            ),
        }
        for flag, message in messages.items():
            ticked = Department.objects.filter(**{flag: True}).exclude(translation_key=self.translation_key)
            other = getattr(self, flag) and ticked.first()
            if other:
                raise ValidationError({flag: message % {"unit": other.display_name}})

    def _in_active_language_only(self, field):
        # Unlike the name, an untranslated address is left out rather than shown in Persian:
        # where the entry has no instance in the language, and where wagtail-localize made one
        # (it copies the Persian text in when the entry is sent for translation) but the text
        # is not translated yet.
        instance = self.in_active_language()
        if language_of_locale(instance.locale_id) != active_language() or instance.is_untranslated(field):
            return ""
        return getattr(instance, field)

    @property
    def display_address(self):
        return self._in_active_language_only("address")

    @property
    def display_office_hours(self):
        return self._in_active_language_only("office_hours")

    @property
    def has_contact_details(self):
        return bool(self.display_address or self.phone or self.display_office_hours)


def routing_department(*, on_delete, related_name="+", field=models.ForeignKey, verbose_name=None, **options):
    """A link that routes work to a department (requests, desks, answer targets): it may only
    name the default-locale entry, which stands for all its translations, so the desk, its staff
    group and the figures see one department whichever language the citizen wrote in."""
    return field(
        Department,
        verbose_name=verbose_name or _("department"),
        on_delete=on_delete,
        related_name=related_name,
        limit_choices_to=default_locale_only,
        **options,
    )
