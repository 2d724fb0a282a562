"""Counters of the rate limiter when there is no Redis (home/security/ratelimit.py)."""

from django.db import models


class RateLimitCounter(models.Model):
    """Attempts by one client at one scope in the current fixed window.

    One row per (scope, client); an upsert that returns the count makes every increment
    atomic, whatever the number of workers or machines. Rows whose window ended are
    pruned now and then by the limiter itself.
    """

    key = models.CharField(max_length=200, primary_key=True)
    window_index = models.BigIntegerField()
    count = models.PositiveIntegerField(default=0)
    expires_at = models.BigIntegerField(db_index=True, help_text="Unix time after which the row is stale.")

    class Meta:
        verbose_name = "rate limit counter"

    def __str__(self):
        return f"{self.key}: {self.count}"
