"""Values a public page asks for many times while it renders, looked up once per request.

The home page's panels, the language switcher and the listings each asked for the active
Locale and for every page view restriction (Wagtail's `public()` queries them on each call):
sixteen identical queries on one page. Within one reading request (GET or HEAD outside the
admin) they cannot change, so `remember()` keeps the first answer until the response is
ready. Outside such a request (admin, forms, commands, tests) it computes every time.
"""

from contextvars import ContextVar

_memo = ContextVar("portal_request_memo", default=None)


def remember(key, compute):
    """`compute()`, or its earlier result for `key` within this reading request."""
    store = _memo.get()
    if store is None:
        return compute()
    if key not in store:
        store[key] = compute()
    return store[key]


def in_reading_request():
    """True inside a reading request (GET or HEAD outside the admin)."""
    return _memo.get() is not None


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or request.path.startswith("/admin/"):
            return self.get_response(request)
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
