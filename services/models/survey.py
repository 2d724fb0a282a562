"""Answers to the short satisfaction survey on every service page."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class ServiceSurveyResponse(models.Model):
    """One citizen's rating of a service. Comments are for editors only, never shown publicly."""

    service = models.ForeignKey(
        "services.ServicePage",
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        related_name="survey_responses",
    )
    score = models.PositiveSmallIntegerField(_("score"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    visited_in_person = models.BooleanField(_("had to visit in person"))
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    language = models.CharField(_("language"), max_length=8, blank=True)
    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        constraints = [
            models.CheckConstraint(condition=models.Q(score__gte=1, score__lte=5), name="survey_score_1_to_5"),
        ]

    def __str__(self):
        return f"{self.service} · {self.score}"

    def pages_showing(self):
        """The addresses that show this answer: the service's card and its PDF, in every language
        (the average counts the answers of all translations). The catalogue shows no averages."""
        paths = []
        for page in self.service.get_translations(inclusive=True):
            if page.url:
                paths += [page.url, page.url + "pdf/"]
        return paths

    @property
    def service_code(self):
        return self.service.service_code
