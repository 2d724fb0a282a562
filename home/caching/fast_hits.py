"""Cached pages answered before Django's request handling (a WSGI wrapper around the app).

A page cache hit through Django still paid for the whole handler around the first middleware:
the request_started and request_finished signals (closing database connections and caches),
the middleware chain and rebuilding the response's headers on every hit; together more than
the look-up itself. `FastCachedPages` answers the requests the page cache middleware would
answer from the cache, with the same look-up (`page_cache.look_up`: the same key, generation,
address version, maintenance switch and lifetime) and the same bytes: the status line and
headers are those Django's WSGI handler sends for the hit, computed once per stored page.

Anything uncertain goes to Django: a method other than GET or HEAD, a session or messages
cookie, an address the page cache never stores, a host Django would refuse, the maintenance
switch or generation missing from the shared cache (Django reads them from the database),
nothing current stored, or any error while looking (Django then answers as it would).

The keys of a request without cookies are remembered per address as sent (host, scheme
headers, path, query string), which saves building Django's request object on most hits.
"""

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest
from django.core.signals import setting_changed
from django.dispatch import receiver

from home.caching import page_cache


class FastCachedPages:
    """WSGI middleware: `application = FastCachedPages(get_wsgi_application())`."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") in ("GET", "HEAD") and settings.PAGE_CACHE_SECONDS:
            hit = cached_answer(environ)
            if hit is not None:
                status, headers, body = hit
                start_response(status, list(headers))
                return [body]
        return self.application(environ, start_response)


# What a request's cache keys are computed from: the same values give the same keys (settings
# and the declared query parameters do not change while the process runs).
_KEY_INPUTS = (
    "REQUEST_METHOD",
    "wsgi.url_scheme",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_HOST",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "SERVER_NAME",
    "SERVER_PORT",
    "SCRIPT_NAME",
    "SCRIPT_URL",
    "REDIRECT_URL",
    "PATH_INFO",
    "QUERY_STRING",
)
# (those values) -> (page key, address key), or False for a request the page cache never
# stores; for requests without cookies (a cookie's value is anyone's), at most KEYS_MAX.
_KEYS = {}
KEYS_MAX = 2000


def cached_answer(environ):
    """(status line, headers, body) of the stored page for this request, or None."""
    try:
        keys = _keys(environ)
        found = page_cache.find(*keys, read_missing=False) if keys else None
    except Exception:  # noqa: BLE001 - Django's own handling answers (or reports) it
        return None
    if found is None or found[3] is None:
        return None
    key, entry = found[0], found[3]
    return (*page_cache.wsgi_form(key, entry), entry[5])


def _keys(environ):
    """The request's page key and address key as the page cache computes them, or None."""
    remembered = "HTTP_COOKIE" not in environ
    if remembered:
        proxy_header = settings.SECURE_PROXY_SSL_HEADER  # the scheme may come from it
        inputs = (*(environ.get(name) for name in _KEY_INPUTS), proxy_header and environ.get(proxy_header[0]))
        keys = _KEYS.get(inputs)
        if keys is not None:
            return keys
    # On a copy: Django's request writes the decoded path back into the environ it is given,
    # and the handler, reading a Persian address from that again, failed (a 500 on every
    # Persian address not answered here).
    request = WSGIRequest(environ.copy())
    keys = False
    if page_cache.request_is_cacheable(request):
        # The key holds request.get_host(): a host Django refuses raises DisallowedHost here
        # (and nothing is remembered).
        keys = (page_cache._page_key(request), page_cache._path_key(request.path))
    if remembered:
        if len(_KEYS) >= KEYS_MAX:
            _KEYS.clear()
        _KEYS[inputs] = keys
    return keys


@receiver(setting_changed)
def _forget_keys(**kwargs):
    _KEYS.clear()  # tests change ALLOWED_HOSTS and the like
