"""Whole-response cache for anonymous readers, in the shared cache (Redis when configured).

A response is stored only when it is safe to share: an anonymous GET, status 200, no cookie
set, no CSRF token used (so no form), nothing marked private or no-store. Every stored key
includes a generation number; publishing, unpublishing, moving or deleting a page, or saving
anything a page can show (snippets, settings, menus, images, documents), bumps the generation,
so all pages are fresh at once without tracking which page shows what. A page is stored with
the generation it was rendered in, so a hit costs one round trip to the cache (generation,
switches such as maintenance mode, and page read together).

What citizens send is the exception: a request, a reply, a poll vote or a survey answer must
not make the whole site stale (at the hours citizens write most, the cache would never be
warm). A feature app declares such models: `private_rows()` for rows no public page shows,
`shown_on()` for rows a few pages show, with a function naming those pages' addresses. Each
address has a version of its own, read in the same round trip as the page, so a vote makes
that poll's page stale and nothing else.

A view can shorten the lifetime with `Cache-Control: max-age=N` (a tender page sets N to the
seconds until its status changes); `max-age=0` keeps the response out of the cache.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse, HttpResponseRedirect
from django.utils.cache import get_max_age, patch_cache_control
from django.utils.translation import get_language

from home.caching.query_params import (
    NonCanonicalQuery,
    cache_query,
    canonical_url,
    unread_parameters_redirect,
    view_reads,
)
from home.caching.request_memo import remember

GENERATION_KEY = "pagecache:generation"
NEVER_CACHED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/django-admin/")
# Models of the watched apps whose rows never change what a public page shows (other apps'
# rows, sessions, users, lockouts, the search index, are not watched at all).
IGNORED_MODELS = {
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.pagesubscription",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.referenceindex",
}
# Apps whose rows a public page may show; each feature app adds itself with `watch_app`.
WATCHED_APPS = {
    "home",
    "wagtailcore",
    "wagtailmenus",
    "wagtailimages",
    "wagtaildocs",
    "taggit",
    "wagtailredirects",
}


# Models saved on a citizen's behalf, declared by their apps (label -> paths function or None).
_SUBMISSIONS = {}


def watch_app(app_label):
    """Rows of this app's models may show on public pages: saving or deleting one makes every
    cached page stale (except the models declared with `private_rows` or `shown_on`)."""
    WATCHED_APPS.add(app_label)


def private_rows(*models):
    """Rows of these models appear on no public page: saving them leaves every page cached."""
    for model in models:
        _SUBMISSIONS[model._meta.label_lower] = None


def shown_on(model, paths):
    """Rows of `model` appear only on the pages at `paths(instance)` (URL paths, any language):
    saving or deleting one makes just those addresses stale, whatever their query string."""
    _SUBMISSIONS[model._meta.label_lower] = paths


def saved_for_citizens(model):
    """True for a model declared with `private_rows` or `shown_on`: what citizens send."""
    return model._meta.label_lower in _SUBMISSIONS


def _path_key(path):
    return f"pagecache:path:{hashlib.sha256(path.encode()).hexdigest()}"


def refresh_paths(paths):
    """Make the cached pages at these URL paths (every query string) stale."""
    for path in set(paths):
        key = _path_key(path)
        try:
            cache.incr(key)
        except ValueError:
            # Never back to a value a page was stored with: start from the clock.
            cache.set(key, time.time_ns(), timeout=None)


def generation():
    """The content generation; read from the cache once per reading request."""
    return remember("pagecache-generation", _read_generation)


def _read_generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        # Start from the clock, not from 1: if the key was evicted or the cache emptied, the
        # new generation must not match keys stored under an earlier one.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY) or time.time_ns()
    return value


def purge_all():
    """Make every cached page stale (called when content changes)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


# Strings kept until content changes, in this process too (key -> (expires, value)): a
# string cannot be changed by whoever reads it, and the key holds the generation.
_LOCAL = {}
LOCAL_MAX_ENTRIES = 2000


def until_content_changes(key, compute, timeout=3600, local=False):
    """`compute()`, kept in the shared cache until content changes (the generation moves).

    For figures over a whole collection that every page of a listing shows (archive months,
    counts per section): computed once per change instead of once per request. With
    `local=True` (strings only: rendered fragments) the value is kept in this process as
    well, which saves reading and unpickling it from the shared cache.
    """
    full_key = f"data:{generation()}:{key}"
    if local:
        found = _LOCAL.get(full_key)
        if found is not None and found[0] > time.monotonic():
            return found[1]
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, timeout)
    if local:
        if len(_LOCAL) >= LOCAL_MAX_ENTRIES:
            _LOCAL.clear()  # old generations' entries are never read again
        # Half the lifetime: the shared copy may already be that old.
        _LOCAL[full_key] = (time.monotonic() + timeout / 2, value)
    return value


def reader_key(request, *parts):
    """A key for what is kept for the readers of one language on one site: the parts, the
    active language, and the scheme and host asked for (`request` may be None), hashed."""
    site = f"{request.scheme}://{request.get_host()}" if request is not None else ""
    raw = ":".join(str(part) for part in (*parts, get_language() or "", site))
    return hashlib.sha1(raw.encode()).hexdigest()


def _page_key(request):
    # The scheme is part of the key: an http request must reach SecurityMiddleware's redirect.
    raw = f"{request.scheme}://{request.get_host()}{request.path}?{cache_query(request)}"
    return f"pagecache:{hashlib.sha256(raw.encode()).hexdigest()}"


def _file_prefixes():
    # WhiteNoise (further in) serves these; files are never stored here.
    return tuple(prefix for prefix in (settings.STATIC_URL, settings.MEDIA_URL) if prefix and prefix != "/")


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(NEVER_CACHED_PREFIXES) or request.path.startswith(_file_prefixes()):
        return False
    if "messages" in request.COOKIES or settings.SESSION_COOKIE_NAME in request.COOKIES:
        # Someone with a session (logged in, or with a pending message) sees a personal page.
        return False
    # No session cookie means no signed-in user: the middleware runs before authentication.
    return True


def _response_lifetime(request, response):
    """Seconds to keep this response, or 0 when it must not be shared."""
    if response.status_code != 200 or response.cookies or request.META.get("CSRF_COOKIE_USED"):
        return 0
    if getattr(response, "streaming", False):
        return 0
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control or "no-cache" in cache_control:
        return 0
    max_age = get_max_age(response)
    default = settings.PAGE_CACHE_SECONDS
    return default if max_age is None else min(max_age, default)


# The pages this process served last (key -> entry, which holds its expiry): a hit still reads the
# generation, maintenance switch and address version from the shared cache, but not the page,
# which is the large part of a hit's cost (reading, decompressing and unpickling ~50 KB).
_LOCAL_PAGES = {}
LOCAL_PAGES_MAX = 200


def _entry(current, version, lifetime, response):
    """What is stored for a page: plain values (cheaper to unpickle than a response), with the
    time it stops being served (a tender's page may live shorter than the default)."""
    return (current, version, time.time() + lifetime, response.status_code, list(response.items()), response.content)


def _response(entry):
    response = HttpResponse(entry[5], status=entry[3])
    for name, value in entry[4]:
        response[name] = value
    response["X-Cache"] = "HIT"
    return response


def look_up(request, read_missing=True):
    """The stored page for a cacheable request: (key, generation, address version, entry), the
    entry None when nothing current is stored; None when maintenance mode is on (or, with
    `read_missing=False`, when the switch or the generation is not in the shared cache: only
    Django's stack may read the database to fill them).

    One round trip to the cache for a hit: the generation, the maintenance switch, the
    address's own version and the stored page together (the page only when this process has
    no copy of its own). A page is stored with the generation and version it was made in and
    served only while both are current.
    """
    return find(_page_key(request), _path_key(request.path), read_missing)


# Switches that stop stored pages being served (maintenance mode, home/operations/maintenance.py):
# the shared cache's key for each, and the function that reads and caches its state when the
# key is missing. The parts of the site that own them register them (`serve_none_while`), so the
# cache below them names none of them.
_SWITCHES = {}


def serve_none_while(key, read):
    """Serve no stored page while the shared cache's `key` holds a true value; `read()` fills
    the key (and answers it) when it is missing."""
    _SWITCHES[key] = read


def find(key, path_key, read_missing=True):
    """`look_up` for a request whose page key and address key are known."""
    local = _LOCAL_PAGES.get(key)
    if local is not None and local[2] <= time.time():
        local = None
    keys = [GENERATION_KEY, *_SWITCHES, path_key] + ([] if local else [key])
    found = cache.get_many(keys)
    current = found.get(GENERATION_KEY)
    if not read_missing and (current is None or any(found.get(switch) is None for switch in _SWITCHES)):
        return None
    for switch, read in _SWITCHES.items():
        state = found.get(switch)
        if state is None:
            state = read()  # not cached yet: read and cache it
        if state:
            return None
    current = current or generation()
    version = found.get(path_key)
    if local is not None and local[0] == current and local[1] == version:
        return key, current, version, local
    entry = found.get(key) if local is None else cache.get(key)
    if isinstance(entry, tuple) and len(entry) == 6 and entry[0] == current and entry[1] == version:
        if entry[2] > time.time():
            _keep(key, entry)
            return key, current, version, entry
    return key, current, version, None


class AnonymousPageCacheMiddleware:
    """Serve and store anonymous page responses (placed first: hits skip the rest of the stack)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not request_is_cacheable(request):
            return self.get_response(request)
        found = look_up(request)
        if found is None:
            # Maintenance mode answers from further in; cached pages must not slip past it.
            return self.get_response(request)
        key, current, version, entry = found
        if entry is not None:
            return _response(entry)
        response = self.get_response(request)
        lifetime = _response_lifetime(request, response)
        if lifetime > 0:
            if get_max_age(response) is None:
                # Browsers revalidate; a shared proxy (nginx) keeps it briefly: publishing
                # purges this cache, not nginx's (settings.SHARED_CACHE_SECONDS).
                patch_cache_control(
                    response, public=True, max_age=0, s_maxage=min(lifetime, settings.SHARED_CACHE_SECONDS)
                )
            entry = _entry(current, version, lifetime, response)
            cache.set(key, entry, lifetime)
            _keep(key, entry)
            response["X-Cache"] = "MISS"
        return response

    def process_view(self, request, view_func, _view_args, _view_kwargs):
        """A declared parameter the view does not read (?page=N on a feed) redirects to the
        address without it. Wagtail pages are checked once the page is known (the
        before_serve_page hook in home/wagtail_hooks.py)."""
        if not request.GET or not request_is_cacheable(request) or getattr(view_func, "checks_query_params", False):
            return None
        return unread_parameters_redirect(request, view_reads(view_func))

    def process_exception(self, request, exception):
        if isinstance(exception, NonCanonicalQuery):
            return HttpResponseRedirect(canonical_url(request, exception.replace))
        return None


def _keep(key, entry):
    if len(_LOCAL_PAGES) >= LOCAL_PAGES_MAX:
        _LOCAL_PAGES.clear()
        _WSGI_FORMS.clear()
    _LOCAL_PAGES[key] = entry


# The status line and headers Django's WSGI handler sends for a kept page's hit (key -> (entry,
# status, headers)), for the answer before Django (home/caching/fast_hits.py).
_WSGI_FORMS = {}


def wsgi_form(key, entry):
    """(status line, headers) of the hit `_response(entry)` as Django's WSGIHandler sends it."""
    form = _WSGI_FORMS.get(key)
    if form is None or form[0] is not entry:
        response = _response(entry)
        # As django.core.handlers.wsgi.WSGIHandler.__call__ (a hit sets no cookie).
        status = f"{response.status_code} {response.reason_phrase}"
        form = (entry, status, [*response.items()])
        _WSGI_FORMS[key] = form
    return form[1], form[2]


def _content_changed(sender, instance=None, **kwargs):
    label = sender._meta.label_lower
    if label in _SUBMISSIONS:
        paths = _SUBMISSIONS[label]
        if paths is not None:
            refresh_paths(paths(instance))
    elif sender._meta.app_label in WATCHED_APPS and label not in IGNORED_MODELS:
        purge_all()


def connect_signals():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_content_changed, dispatch_uid="pagecache-save")
    post_delete.connect(_content_changed, dispatch_uid="pagecache-delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(lambda sender, **kwargs: purge_all(), weak=False, dispatch_uid=f"pagecache-{id(signal)}")
