"""Cached pages answered before Django (home/caching/fast_hits.py): the same bytes and headers
as Django's own hit, and only when the page cache would answer from the cache itself."""

from urllib.parse import quote

import pytest
from django.contrib.auth.models import User
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from django.test import Client, RequestFactory, override_settings
from wagtail.models import Site

from home.caching.fast_hits import FastCachedPages
from home.models import MaintenanceSettings, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def django_app():
    """Django's WSGI handler as gunicorn calls it; (status, headers, body) of one request."""
    # As the test client does: closing the connection would end the test's transaction.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    handler = WSGIHandler()
    try:
        yield lambda environ: call(handler, environ)
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def call(application, environ):
    sent = {}

    def start_response(status, headers, exc_info=None):
        sent["status"], sent["headers"] = status, headers

    result = application(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    return sent["status"], sent["headers"], body


def environ(path, method="GET", **extra):
    """What a WSGI server passes: the path's bytes read as Latin-1 (PEP 3333). The request
    factory's environ already holds the path Django decoded from them."""
    request = RequestFactory().generic(method, path, **extra)
    return {**request.environ, "PATH_INFO": request.path_info.encode().decode("iso-8859-1")}


class Django:
    """The app behind the fast path, counting the requests that reach it."""

    def __init__(self, django_app):
        self.django_app = django_app
        self.reached = 0

    def __call__(self, environ, start_response):
        self.reached += 1
        status, headers, body = self.django_app(environ)
        start_response(status, headers)
        return [body]


def warm(django_app, path, **extra):
    """Render `path` once (stored) and return Django's own hit of it."""
    assert dict(django_app(environ(path, **extra))[1])["X-Cache"] == "MISS"
    hit = django_app(environ(path, **extra))
    assert dict(hit[1])["X-Cache"] == "HIT"
    return hit


@pytest.mark.parametrize("path", ["/about/", "/", "/en/", "/services/?type=G2C&level=electronic"])
def test_a_cached_page_is_answered_with_djangos_bytes_and_headers(django_app, path):
    status, headers, body = warm(django_app, path)
    behind = Django(django_app)
    fast = call(FastCachedPages(behind), environ(path))
    assert behind.reached == 0
    assert fast == (status, headers, body)
    names = {name for name, _ in headers}
    # The headers the stack further in added when the page was stored are all there.
    assert {"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Content-Language"} <= names
    assert {"Cache-Control", "Content-Length", "X-Frame-Options"} <= names
    assert status == "200 OK" and dict(headers)["Content-Length"] == str(len(body))


def test_a_head_request_gets_what_django_sends_for_it(django_app):
    warm(django_app, "/about/")
    django_head = django_app(environ("/about/", method="HEAD"))
    behind = Django(django_app)
    assert call(FastCachedPages(behind), environ("/about/", method="HEAD")) == django_head
    assert behind.reached == 0


def test_an_undeclared_query_string_gets_the_cached_page_a_declared_unread_one_goes_to_django(django_app):
    page = warm(django_app, "/about/")
    behind = Django(django_app)
    # The page cache keys on declared parameters only: ?utm_source=x is the same page.
    assert call(FastCachedPages(behind), environ("/about/?utm_source=x"))[2] == page[2]
    assert behind.reached == 0
    # ?page=2 is declared (by the listings) but /about/ reads none: Django redirects it.
    status, headers, _ = call(FastCachedPages(behind), environ("/about/?page=2"))
    assert behind.reached == 1
    assert status.startswith("302") and dict(headers)["Location"] == "/about/"


def test_signed_in_users_and_posts_go_to_django(django_app):
    warm(django_app, "/about/")
    editor = Client()
    editor.force_login(User.objects.create_user("fast-hits-editor", is_staff=True))
    session = editor.cookies["sessionid"].value
    behind = Django(django_app)
    # The address is answered from the cache for a reader without cookies (its keys remembered)…
    assert dict(call(FastCachedPages(behind), environ("/about/"))[1])["X-Cache"] == "HIT"
    assert behind.reached == 0
    # …and still goes to Django for the editor.
    status, headers, body = call(FastCachedPages(behind), environ("/about/", HTTP_COOKIE=f"sessionid={session}"))
    assert behind.reached == 1 and status == "200 OK"
    assert "X-Cache" not in dict(headers)  # rendered for the editor, not from the cache
    call(FastCachedPages(behind), environ("/about/", HTTP_COOKIE="messages=x"))
    assert behind.reached == 2
    status, _, _ = call(FastCachedPages(behind), environ("/about/", method="POST"))
    assert behind.reached == 3


def test_a_publish_makes_django_render_the_page_again(django_app):
    warm(django_app, "/about/")
    about = StandardPage.objects.get(slug="about", locale__language_code="fa")
    about.title = "درباره اداره کل، نشانی تازه"
    about.save_revision().publish()
    behind = Django(django_app)
    status, headers, body = call(FastCachedPages(behind), environ("/about/"))
    assert behind.reached == 1
    assert dict(headers)["X-Cache"] == "MISS"
    assert "درباره اداره کل، نشانی تازه" in body.decode()
    # Stored again, so the next reader is answered before Django, with the new title.
    assert "درباره اداره کل، نشانی تازه" in call(FastCachedPages(behind), environ("/about/"))[2].decode()
    assert behind.reached == 1


def test_the_other_language_is_not_answered_from_this_ones_page(django_app):
    warm(django_app, "/about/")
    behind = Django(django_app)
    status, headers, body = call(FastCachedPages(behind), environ("/en/about/"))
    assert behind.reached == 1
    assert dict(headers)["Content-Language"] == "en"
    assert 'lang="en"' in body.decode()


def test_a_host_django_refuses_goes_to_django(django_app):
    warm(django_app, "/about/")
    behind = Django(django_app)
    with override_settings(ALLOWED_HOSTS=["portal.example.ir"]):
        status, _, _ = call(FastCachedPages(behind), environ("/about/"))
    assert behind.reached == 1
    assert status.startswith("400")


def test_maintenance_mode_is_not_bypassed(django_app):
    warm(django_app, "/about/")
    setting = MaintenanceSettings.for_site(Site.objects.get(is_default_site=True))
    setting.enabled = True
    setting.message = "سامانه برای به‌روزرسانی تا ساعتی دیگر در دسترس نیست."
    setting.save()
    behind = Django(django_app)
    # The switch is not in the shared cache after the save: Django reads it and answers 503.
    status, _, body = call(FastCachedPages(behind), environ("/about/"))
    assert behind.reached == 1 and status.startswith("503")
    # Now it is, and it is on: still Django's 503, never the stored page.
    status, _, _ = call(FastCachedPages(behind), environ("/about/"))
    assert behind.reached == 2 and status.startswith("503")


@pytest.mark.parametrize("cookie", [{}, {"HTTP_COOKIE": "csrftoken=abc"}])
def test_an_address_in_persian_reaches_django_as_it_was_sent(django_app, cookie):
    """The look-up built Django's request on the server's own environ, and Django writes the
    decoded path back into it; the handler behind then could not read a Persian path again
    (UnicodeEncodeError, a 500): every news tag and every Persian address not stored."""
    tag = "/news/tag/" + quote("حداقل-مزد") + "/"
    missing = "/" + quote("اخبار-تازه") + "/"
    expected = {tag: "200", missing: "404"}
    for path in (tag, missing):
        behind = Django(django_app)
        status, _, body = call(FastCachedPages(behind), environ(path, **cookie))
        assert behind.reached == 1
        assert status.split()[0] == expected[path], path
    assert "ابلاغ مصوبه حداقل مزد سال جدید" in call(FastCachedPages(behind), environ(tag, **cookie))[2].decode()
