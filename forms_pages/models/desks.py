"""Who answers for a department's late requests."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from home.models.departments import routing_department


class DepartmentDesk(models.Model):
    """Who is alerted when a department's requests run late: the head of the department."""

    department = routing_department(field=models.OneToOneField, on_delete=models.CASCADE, related_name="desk")
    head_email = models.EmailField(
        _("head of department's e-mail"),
        help_text=_("Alerted when a request of the department passes its answer-by date."),
    )

    panels = [FieldPanel("department"), FieldPanel("head_email")]

    class Meta:
        verbose_name = _("department escalation contact")
        verbose_name_plural = _("department escalation contacts")

    def __str__(self):
        return str(self.department)
