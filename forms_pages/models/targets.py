"""How long the directorate allows itself to answer each kind of request."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from home.models.departments import routing_department

from ..choices import RequestKind

DEFAULT_TARGET_DAYS = {
    RequestKind.VIOLATION: 10,
    RequestKind.CRITICISM: 7,
    RequestKind.SUGGESTION: 7,
    RequestKind.QUESTION: 3,
}


class ResponseTarget(models.Model):
    """How many working days the directorate allows itself to answer each kind of request,
    for every department or (overriding that) for one department."""

    kind = models.CharField(_("kind"), max_length=20, choices=RequestKind.choices)
    department = routing_department(
        on_delete=models.CASCADE, null=True, blank=True, help_text=_("Leave empty for every department.")
    )
    days = models.PositiveSmallIntegerField(_("working days to respond"), default=7)

    panels = [FieldPanel("kind"), FieldPanel("department"), FieldPanel("days")]

    class Meta:
        ordering = ["kind", "department"]
        verbose_name = _("response-time target")
        verbose_name_plural = _("response-time targets")
        constraints = [
            models.UniqueConstraint(fields=["kind", "department"], name="forms_target_kind_department"),
            models.UniqueConstraint(
                fields=["kind"], condition=Q(department__isnull=True), name="forms_target_kind_all_departments"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.days}"

    # A saved target moves the due dates of the requests of its kind still waiting for a
    # response (requests.target_changed).

    @classmethod
    def days_for(cls, kind, department=None):
        targets = dict(
            cls.objects.filter(Q(department__isnull=True) | Q(department=department), kind=kind).values_list(
                "department_id", "days"
            )
        )
        department_id = getattr(department, "pk", department)
        if department_id in targets:
            return targets[department_id]
        if None in targets:
            return targets[None]
        return DEFAULT_TARGET_DAYS.get(kind, 7)
