"""Field declarations shared by the apps' models."""

from django.db import models


def optional_foreign_key(to, verbose_name, *, on_delete=models.SET_NULL, related_name="+", **options):
    """A link an editor may leave empty: null in the database and blank in forms, always together.

    By default the row is kept when its target is deleted (the link is cleared); pass `on_delete`
    to protect the target or to go with it instead.
    """
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=on_delete,
        related_name=related_name,
        **options,
    )
