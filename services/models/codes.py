"""Service codes: allocated from a counter, registered once, never reused.

A code (شناسه خدمت) identifies a service in every language and every export. The counter only
moves forward and the register keeps a row for every code ever given out (the row outlives the
service), so a deleted service's code is never handed to another one.
"""

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _


def code_prefix():
    return getattr(settings, "SERVICE_CODE_PREFIX", "TLS-")


class ServiceCodeCounter(models.Model):
    """The single-row counter codes are drawn from (locked while drawing)."""

    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("service code counter")

    def __str__(self):
        return str(self.last_number)


class ServiceCode(models.Model):
    """Every code ever assigned, with the service (its translation key) it belongs to."""

    code = models.CharField(_("service code"), max_length=40, unique=True)
    translation_key = models.UUIDField(_("service"), db_index=True)
    assigned_at = models.DateTimeField(_("assigned at"), auto_now_add=True)

    class Meta:
        verbose_name = _("service code")
        verbose_name_plural = _("service codes")

    def __str__(self):
        return self.code


def is_code_taken(code, translation_key):
    """True when `code` was ever given to a service other than `translation_key`."""
    return ServiceCode.objects.filter(code=code).exclude(translation_key=translation_key).exists()


@transaction.atomic
def allocate_code(translation_key):
    """Draw the next free code from the counter and register it for this service."""
    counter, _created = ServiceCodeCounter.objects.select_for_update().get_or_create(pk=1)
    while True:
        counter.last_number += 1
        code = f"{code_prefix()}{counter.last_number:05d}"
        # Skip numbers an editor took by hand.
        if not ServiceCode.objects.filter(code=code).exists():
            break
    counter.save(update_fields=["last_number"])
    ServiceCode.objects.create(code=code, translation_key=translation_key)
    return code


@transaction.atomic
def allocate_codes(translation_keys):
    """Draw one code per service for a bulk load, by the same rules as `allocate_code`.

    One locked read of the counter and one query per round of candidates, instead of three
    queries per service; numbers an editor took by hand are skipped as usual.
    """
    counter, _created = ServiceCodeCounter.objects.select_for_update().get_or_create(pk=1)
    codes = []
    number = counter.last_number
    while len(codes) < len(translation_keys):
        wanted = len(translation_keys) - len(codes)
        candidates = [f"{code_prefix()}{n:05d}" for n in range(number + 1, number + 1 + wanted)]
        taken = set(ServiceCode.objects.filter(code__in=candidates).values_list("code", flat=True))
        codes.extend(code for code in candidates if code not in taken)
        number += wanted
    counter.last_number = number
    counter.save(update_fields=["last_number"])
    ServiceCode.objects.bulk_create(
        ServiceCode(code=code, translation_key=key) for code, key in zip(codes, translation_keys, strict=True)
    )
    return codes


def register_code(code, translation_key):
    """Record a code chosen by an editor (a national catalogue identifier, say)."""
    ServiceCode.objects.get_or_create(code=code, defaults={"translation_key": translation_key})
