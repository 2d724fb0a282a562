"""Extra days the directorate is closed (besides Fridays and official holidays)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class OfficeClosure(models.Model):
    """A day editors mark as closed, e.g. Tehran's air-pollution closures; open requests' due
    dates move when one is added, changed or removed (receivers in requests.py)."""

    date = models.DateField(_("date"), unique=True)
    reason = models.CharField(_("reason"), max_length=200)

    panels = [FieldPanel("date"), FieldPanel("reason")]

    class Meta:
        ordering = ["-date"]
        verbose_name = _("office closure")
        verbose_name_plural = _("office closures")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.reason}"
