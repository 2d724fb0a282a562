"""The fixed vocabularies shared by every app: the domains and the banner's levels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Domain(models.TextChoices):
    """The six separately managed domains of the directorate."""

    LABOUR_RELATIONS = "labour-relations", _("Labour relations")
    LABOUR_INSPECTION = "labour-inspection", _("Labour inspection")
    COOPERATIVES = "cooperatives", _("Cooperatives")
    EMPLOYMENT = "employment", _("Employment and entrepreneurship")
    SOCIAL_WELFARE = "social-welfare", _("Social welfare")
    FOREIGN_NATIONALS = "foreign-nationals", _("Foreign nationals' employment")


class BannerLevel(models.TextChoices):
    INFO = "info", _("Information")
    WARNING = "warning", _("Warning")
    OUTAGE = "outage", _("Outage")
