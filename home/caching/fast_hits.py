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
"""

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest

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


def cached_answer(environ):
    """(status line, headers, body) of the stored page for this request, or None."""
    try:
        request = WSGIRequest(environ)
        if not page_cache.request_is_cacheable(request):
            return None
        # The key holds request.get_host(): a host Django refuses raises DisallowedHost here.
        found = page_cache.look_up(request, read_missing=False)
    except Exception:  # noqa: BLE001 - Django's own handling answers (or reports) it
        return None
    if found is None or found[3] is None:
        return None
    key, entry = found[0], found[3]
    return (*page_cache.wsgi_form(key, entry), entry[5])
