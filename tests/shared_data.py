"""Content made once for a module or a class of tests, and the shared cache each test starts from.

Every test runs in a transaction rolled back after it, on the seeded database. Each process
renders the pages a citizen opens first (WARM_PATHS) once, on that database, and every test
starts from the shared cache as they left it: the menus, the kept fragments and Wagtail's site
paths, as on a running site after its first reader. A test that changes content moves the
content generation as the site does, and reads cold from there.

Content shared by the tests of a module or a class is made inside `shared_data()`: in a
transaction rolled back after them, each test running in a savepoint inside it. The cache each
of those tests starts from has its generation moved, since what was kept for the seeded
database does not show that content.
"""

import time
from contextlib import contextmanager

from django.core.cache import cache
from django.db import transaction
from django.test import Client

from home.caching import fast_hits, page_cache

WARM_PATHS = [
    f"{prefix}{path}"
    for prefix in ("", "/en")
    for path in ("/", "/services/", "/news/", "/laws/", "/tenders/", "/notices/", "/contact/", "/faq/", "/search/")
]

# How many shared_data() blocks are open (a class's inside a module's).
_OPEN = []


@contextmanager
def shared_data(django_db_blocker):
    """A transaction for content several tests share, rolled back when they are done."""
    with django_db_blocker.unblock(), transaction.atomic():
        _OPEN.append(True)
        try:
            yield
        finally:
            _OPEN.pop()
            transaction.set_rollback(True)


def warm_cache():
    """The shared cache and this process's kept strings after a first reader of WARM_PATHS
    (called with the database unblocked; what the renders write is rolled back)."""
    _forget()
    with transaction.atomic():
        client = Client()
        for path in WARM_PATHS:
            client.get(path)
        transaction.set_rollback(True)
    # Lifetimes left, not moments: restored, every entry is as fresh as when it was made,
    # whenever the test runs (an entry that expired halfway through the session made a test's
    # query count depend on when it ran).
    now, monotonic_now = time.time(), time.monotonic()
    expiries = {key: None if at is None else at - now for key, at in cache._expire_info.items()}
    local = {key: (at - monotonic_now, value) for key, (at, value) in page_cache._LOCAL.items()}
    return dict(cache._cache), expiries, local


def restore(warm):
    """Start a test from `warm` (see warm_cache), its generation moved under shared data."""
    entries, lifetimes, local = warm
    _forget()
    now, monotonic_now = time.time(), time.monotonic()
    cache._cache.update(entries)
    cache._expire_info.update({key: None if left is None else now + left for key, left in lifetimes.items()})
    page_cache._LOCAL.update({key: (monotonic_now + left, value) for key, (left, value) in local.items()})
    if _OPEN:
        page_cache.purge_all()


def _forget():
    cache.clear()
    for kept in (page_cache._LOCAL, page_cache._LOCAL_PAGES, page_cache._WSGI_FORMS, fast_hits._KEYS):
        kept.clear()
