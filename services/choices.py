"""The fixed vocabularies of the catalogue and the laws: service types, delivery levels,
channels, law kinds and statuses, and the choices inside a service's blocks."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ServiceType(models.TextChoices):
    G2C = "G2C", _("Government to citizen (G2C)")
    G2B = "G2B", _("Government to business (G2B)")
    G2G = "G2G", _("Government to government (G2G)")


# What a citizen reads in listings and cards: plain words, not the G2C/G2B/G2G codes that the
# formal identity card and the open data keep.
PLAIN_SERVICE_TYPES = {
    "G2C": _("For citizens"),
    "G2B": _("For businesses and employers"),
    "G2G": _("For government bodies"),
}


class DeliveryLevel(models.TextChoices):
    ELECTRONIC = "electronic", _("Fully electronic")
    SEMI_ELECTRONIC = "semi-electronic", _("Semi-electronic")
    NON_ELECTRONIC = "non-electronic", _("Non-electronic")


class Channel(models.TextChoices):
    WEB = "web", _("Web portal")
    MOBILE = "mobile", _("Mobile app")
    SMS = "sms", _("SMS")
    CALL_CENTRE = "call-centre", _("Call centre")
    COUNTERS = "counters", _("Government e-service counters")
    IN_PERSON = "in-person", _("In person")
    POST = "post", _("Post")


# Channels reached at the service's online address (structured data gives them its URL).
ONLINE_CHANNELS = {Channel.WEB, Channel.MOBILE}


class LawKind(models.TextChoices):
    LAW = "law", _("Law")
    BYLAW = "bylaw", _("By-law")
    DIRECTIVE = "directive", _("Directive")
    CIRCULAR = "circular", _("Circular")


class LawStatus(models.TextChoices):
    IN_FORCE = "in-force", _("In force")
    AMENDED = "amended", _("Amended")
    REPEALED = "repealed", _("Repealed")


# The choices inside a service's identity card (its blocks).
class TriggerKind(models.TextChoices):
    REQUEST = "request", _("Applicant's request")
    DATE = "date", _("A date or period")
    LAW = "law", _("A new law or regulation")
    EVENT = "event", _("Another event (work accident, natural disaster, ...)")


class DocumentForm(models.TextChoices):
    ORIGINAL = "original", _("Original")
    COPY = "copy", pgettext_lazy("a photocopy of a document", "Copy")
    BOTH = "both", _("Original and copy")
    ELECTRONIC = "electronic", _("Electronic file")


class ExchangeMethod(models.TextChoices):
    ONLINE = "online", _("Online")
    BATCH = "batch", _("Offline / batch")
    LETTER = "letter", _("Official letter")
    IN_PERSON = "in-person", _("In person")
