"""A fixed-window rate limiter whose every increment is atomic.

With Redis (REDIS_URL) each attempt is one `INCR`; without it, one PostgreSQL upsert that
returns the new count (home.models.RateLimitCounter). A cache's add-then-incr is not used:
the file cache's `incr` is a read and a write, so parallel requests slipped through it.
If Redis is unreachable the counter falls back to the database, so limits (and the pages
behind them) keep working while Redis is down.

Used by every form a citizen can submit (requests, surveys, polls, tracking look-ups).
"""

import hashlib
import logging
import random
import time

from django.conf import settings
from django.db import connection

from home.models import RateLimitCounter
from home.security.client_address import client_ip

logger = logging.getLogger(__name__)

PRUNE_ONE_IN = 200  # attempts between two clean-ups of stale database counters


def client_key(request):
    """An opaque key for the client: its address, as home.security.client_address decides it."""
    return hashlib.sha256(client_ip(request).encode()).hexdigest()[:32]


def opaque(value):
    """An opaque key for any other identifier (a tracking code, a mobile number)."""
    return hashlib.sha256(str(value).encode()).hexdigest()[:32]


def _window(window_seconds, now=None):
    now = time.time() if now is None else now
    index = int(now // window_seconds)
    return index, int((index + 1) * window_seconds)


def _redis():
    if not getattr(settings, "REDIS_URL", ""):
        return None
    from django_redis import get_redis_connection

    return get_redis_connection("default")


def _redis_key(scope, key, index):
    prefix = settings.CACHES["default"].get("KEY_PREFIX") or "portal"
    return f"{prefix}:ratelimit:{scope}:{key}:{index}"


def _db_incr(counter_key, index, expires_at):

    table = connection.ops.quote_name(RateLimitCounter._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (key, window_index, count, expires_at) VALUES (%s, %s, 1, %s) "
            f"ON CONFLICT (key) DO UPDATE SET "
            f"count = CASE WHEN {table}.window_index = EXCLUDED.window_index THEN {table}.count + 1 ELSE 1 END, "
            f"window_index = EXCLUDED.window_index, expires_at = EXCLUDED.expires_at "
            f"RETURNING count",
            [counter_key, index, expires_at],
        )
        count = cursor.fetchone()[0]
        if random.randrange(PRUNE_ONE_IN) == 0:
            cursor.execute(f"DELETE FROM {table} WHERE expires_at < %s", [int(time.time())])
    return count


def _db_peek(counter_key, index):

    row = RateLimitCounter.objects.filter(key=counter_key, window_index=index).values_list("count", flat=True)
    return next(iter(row), 0)


def incr(scope, key, window_seconds):
    """Count one attempt for (scope, key) in the current window; return the new count."""
    index, expires_at = _window(window_seconds)
    redis = None
    try:
        redis = _redis()
        if redis is not None:
            name = _redis_key(scope, key, index)
            pipe = redis.pipeline(transaction=True)
            pipe.incr(name)
            pipe.expireat(name, expires_at + 5)
            return int(pipe.execute()[0])
    except Exception:  # Redis down: the database still counts
        logger.warning("Rate limiter: Redis unreachable, counting in the database")
    return _db_incr(f"{scope}:{key}", index, expires_at)


def peek(scope, key, window_seconds):
    """The count so far for (scope, key) in the current window, without adding to it."""
    index, _ = _window(window_seconds)
    try:
        redis = _redis()
        if redis is not None:
            return int(redis.get(_redis_key(scope, key, index)) or 0)
    except Exception:
        logger.warning("Rate limiter: Redis unreachable, reading the database")
    return _db_peek(f"{scope}:{key}", index)


def hit(scope, key, limit, window_seconds):
    """Count one attempt for (scope, key); return True when it is within `limit` per window."""
    return incr(scope, key, window_seconds) <= limit


def is_limited(request, scope, limit, window_seconds):
    """True when this client has gone over `limit` attempts at `scope` in the window."""
    return not hit(scope, client_key(request), limit, window_seconds)
