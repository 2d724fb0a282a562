"""The fixed vocabularies of the newsroom: a notice's importance."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Importance(models.TextChoices):
    NORMAL = "normal", _("Normal")
    IMPORTANT = "important", _("Important")
    URGENT = "urgent", _("Urgent")


IMPORTANCE_RANK = {Importance.URGENT: 0, Importance.IMPORTANT: 1, Importance.NORMAL: 2}
