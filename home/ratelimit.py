"""A small fixed-window rate limiter on the shared cache (Redis in production).

Used by every form a citizen can submit (requests, surveys, polls, tracking look-ups).
"""

import hashlib
import time

from django.core.cache import cache

from .client_address import client_ip


def client_key(request):
    """An opaque key for the client: its address, as home.client_address decides it."""
    return hashlib.sha256(client_ip(request).encode()).hexdigest()[:32]


def hit(scope, key, limit, window_seconds):
    """Count one attempt for (scope, key); return True when it is within `limit` per window.

    The window is fixed (aligned to multiples of `window_seconds`), which is enough to stop
    floods and costs one cache round trip per attempt.
    """
    window = int(time.time() // window_seconds)
    cache_key = f"ratelimit:{scope}:{key}:{window}"
    if cache.add(cache_key, 1, timeout=window_seconds + 5):
        count = 1
    else:
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add and incr
            cache.set(cache_key, 1, timeout=window_seconds + 5)
            count = 1
    return count <= limit


def is_limited(request, scope, limit, window_seconds):
    """True when this client has gone over `limit` attempts at `scope` in the window."""
    return not hit(scope, client_key(request), limit, window_seconds)
