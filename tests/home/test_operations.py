"""Running the portal safely: headers, health check, banner, maintenance mode, lockout, cache."""

import datetime
import re

import pytest
from django.test import override_settings
from django.utils import timezone

from home.models import MaintenanceSettings, SiteBanner
from tests.cache_checks import rebuilt_text

pytestmark = pytest.mark.django_db


# --- security headers ----------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/en/", "/search/?q=کار", "/admin/login/"])
def test_security_headers_on_public_and_admin_responses(client, path):
    response = client.get(path)
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in directives["script-src"]
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"  # agrees with X-Frame-Options: DENY
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_dashboard_carries_the_policy_too(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]


# --- health check --------------------------------------------------------------------------


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert response["Cache-Control"] == "no-store"
    assert "SECRET" not in response.content.decode().upper()


def test_healthz_says_503_when_the_database_is_down(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def broken(self, sql, params=None):
        raise RuntimeError("database unreachable")

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "error"


def test_healthz_stays_200_degraded_when_the_cache_is_down(client, monkeypatch):
    """Redis down: pages are still served (uncached), so the load balancer must keep the server."""
    from django.core.cache import cache

    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)  # what IGNORE_EXCEPTIONS gives
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "checks": {"database": "ok", "cache": "error"}}


def test_database_unreachable_gives_a_persian_503_not_a_500(monkeypatch):
    """PostgreSQL restarting: the citizen is told to try again in a minute (bench/faults.py)."""
    from django.db import OperationalError
    from django.db.backends.utils import CursorWrapper
    from django.test import Client

    from home.caching.page_cache import purge_all

    def down(self, sql, params=None):
        raise OperationalError("server closed the connection unexpectedly")

    # A page not kept since the last change needs the database (one that is kept is served
    # without it).
    purge_all()
    monkeypatch.setattr(CursorWrapper, "execute", down)
    response = Client(raise_request_exception=False).get("/news/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "سامانه چند لحظه در دسترس نیست" in response.content.decode()


# --- site-wide banner ----------------------------------------------------------------------


def set_banner(site, **fields):
    banner = SiteBanner.for_site(site)
    for name, value in fields.items():
        setattr(banner, name, value)
    banner.save()
    return banner


def test_banner_shows_only_inside_its_window(client, site):
    now = timezone.now()
    message = "سامانه پروانه کار اتباع امشب از ساعت ۲۲ تا ۲۴ در دسترس نیست."
    set_banner(
        site,
        message=message,
        level="outage",
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(hours=1),
    )
    assert message in client.get("/").content.decode()
    assert message in client.get("/labour-relations/").content.decode()
    set_banner(site, starts_at=now + datetime.timedelta(minutes=5))
    assert message not in client.get("/").content.decode()
    set_banner(site, starts_at=now - datetime.timedelta(hours=2), ends_at=now - datetime.timedelta(seconds=1))
    assert message not in client.get("/").content.decode()


def test_banner_window_edges():
    now = timezone.now()
    banner = SiteBanner(message="x", starts_at=now, ends_at=now + datetime.timedelta(hours=1))
    assert banner.is_active(now)
    assert not banner.is_active(now - datetime.timedelta(seconds=1))
    assert not banner.is_active(now + datetime.timedelta(hours=1))
    assert not SiteBanner(message="").is_active(now)


def test_english_banner_text_on_english_pages(client, site):
    set_banner(site, message="پیام فارسی", message_en="English notice", starts_at=None, ends_at=None)
    assert "English notice" in client.get("/en/").content.decode()
    assert "پیام فارسی" in client.get("/").content.decode()


# --- maintenance mode ----------------------------------------------------------------------


@pytest.fixture
def maintenance(site):
    setting = MaintenanceSettings.for_site(site)
    setting.enabled = True
    setting.message = "درگاه برای انتقال به کارسازهای تازه در دسترس نیست."
    setting.expected_back_at = timezone.now() + datetime.timedelta(hours=2)
    setting.save()
    yield setting
    setting.enabled = False
    setting.save()


def test_maintenance_mode_gives_the_public_a_503_with_retry_after(client, maintenance):
    response = client.get("/")
    assert response.status_code == 503
    assert 7000 < int(response["Retry-After"]) <= 7200
    body = response.content.decode()
    assert "موقتاً در دسترس نیست" in body
    assert maintenance.message in body
    assert "۰۲۱-۰۰۰۰۰۰۰۰" in body  # another way to get help


def test_the_503_page_shows_the_message_of_the_readers_language_only(client, maintenance):
    """A message saved in Persian alone (the form now asks for both) is left off the English
    page, which says its own general line instead: an English page carries no Persian."""
    english = client.get("/en/")
    assert english.status_code == 503
    body = english.content.decode()
    assert "We are doing planned maintenance work." in body
    assert maintenance.message not in body
    assert not re.search("[\u0600-\u06ff]", body)
    maintenance.message_en = "The portal is moving to new servers."
    maintenance.save()
    body = client.get("/en/").content.decode()
    assert maintenance.message_en in body and maintenance.message not in body
    persian = client.get("/").content.decode()
    assert maintenance.message in persian and maintenance.message_en not in persian


def test_maintenance_mode_keeps_admin_and_health_check_for_staff(client, admin_client, maintenance):
    assert admin_client.get("/admin/").status_code == 200
    assert admin_client.get("/").status_code == 200
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/healthz").status_code == 200


def test_the_operator_who_switched_it_on_still_sees_the_public_site(client, maintenance, django_user_model):
    from django.contrib.auth.models import Group

    from home.pages.editor_groups import OPERATORS_GROUP

    operator = django_user_model.objects.create_user("maintenance-operator", password="unused")
    operator.groups.add(Group.objects.get(name=OPERATORS_GROUP))
    assert not operator.is_staff  # no demo or real staff member has Django's flag
    client.force_login(operator)
    assert client.get("/").status_code == 200
    assert client.get("/en/").status_code == 200
    citizen = django_user_model.objects.create_user("maintenance-citizen", password="unused")
    client.force_login(citizen)  # signed in, but not admin staff
    assert client.get("/").status_code == 503


def test_switching_maintenance_off_brings_the_site_back(client, maintenance):
    assert client.get("/").status_code == 503
    maintenance.enabled = False
    maintenance.save()
    assert client.get("/").status_code == 200


# --- admin lockout -------------------------------------------------------------------------


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_admin_login_locks_after_repeated_failures(client, django_user_model):
    django_user_model.objects.create_superuser("editor-lock", "e@example.ir", "correct-horse-battery")
    for _ in range(3):
        response = client.post("/admin/login/", {"username": "editor-lock", "password": "wrong"})
    assert response.status_code == 429
    # Even the right password is refused while locked.
    response = client.post("/admin/login/", {"username": "editor-lock", "password": "correct-horse-battery"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_admin_login_works_before_the_limit(client, django_user_model):
    django_user_model.objects.create_superuser("editor-ok", "e@example.ir", "correct-horse-battery")
    client.post("/admin/login/", {"username": "editor-ok", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "editor-ok", "password": "correct-horse-battery"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


# --- page cache ----------------------------------------------------------------------------


@override_settings(PAGE_CACHE_SECONDS=300)
def test_anonymous_pages_are_cached_and_purged_on_publish(client, home_fa):
    from home.models import StandardPage

    about = StandardPage.objects.get(slug="about", locale__language_code="fa")
    first = client.get("/about/")
    assert first["X-Cache"] == "MISS"
    # nginx keeps it only briefly: publishing cannot purge nginx (settings.SHARED_CACHE_SECONDS).
    assert sorted(part.strip() for part in first["Cache-Control"].split(",")) == ["max-age=0", "public", "s-maxage=30"]
    assert client.get("/about/")["X-Cache"] == "HIT"
    about.title = "درباره اداره کل (ویرایش‌شده)"
    about.save_revision().publish()
    assert "ویرایش‌شده" in rebuilt_text(client, "/about/")


@override_settings(PAGE_CACHE_SECONDS=300)
def test_logged_in_views_are_never_cached(admin_client):
    admin_client.get("/")
    response = admin_client.get("/")
    assert "X-Cache" not in response


@override_settings(PAGE_CACHE_SECONDS=300)
def test_snippet_change_purges_pages_that_show_it(client, site):
    client.get("/")
    assert client.get("/")["X-Cache"] == "HIT"
    set_banner(site, message="اعلان تازه", starts_at=None, ends_at=None)
    assert "اعلان تازه" in rebuilt_text(client, "/")


@override_settings(PAGE_CACHE_SECONDS=300)
def test_cached_pages_keep_security_headers_and_yield_to_maintenance(client, maintenance_off_then_on):
    client.get("/about/")
    hit = client.get("/about/")
    assert hit["X-Cache"] == "HIT"
    assert "script-src 'self'" in hit["Content-Security-Policy"]
    assert hit["X-Frame-Options"] == "DENY"
    maintenance_off_then_on()
    assert client.get("/about/").status_code == 503


@override_settings(PAGE_CACHE_SECONDS=300)
def test_no_stored_page_is_served_while_the_maintenance_switch_is_on(client, site):
    """The switch as another process leaves it in the shared cache, the content unchanged: the
    page cache (below maintenance mode, which registers its switch with it) serves nothing
    stored, and the 503 page is what the reader gets."""
    from django.core.cache import cache

    from home.operations import maintenance

    client.get("/about/")
    assert client.get("/about/")["X-Cache"] == "HIT"
    setting = MaintenanceSettings(site=site, enabled=True, message="به‌روزرسانی سامانه")
    cache.set(maintenance.CACHE_KEY, setting.as_state(), 60)
    response = client.get("/about/")
    assert response.status_code == 503
    assert "X-Cache" not in response
    assert "به‌روزرسانی سامانه" in response.content.decode()


@pytest.fixture
def maintenance_off_then_on(site):
    setting = MaintenanceSettings.for_site(site)

    def switch_on():
        setting.enabled = True
        setting.save()

    yield switch_on
    setting.enabled = False
    setting.save()


# --- uploads -------------------------------------------------------------------------------


def test_svg_images_are_refused(admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images.models import Image

    svg = SimpleUploadedFile(
        "logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "image/svg+xml"
    )
    before = Image.objects.count()
    response = admin_client.post("/admin/images/add/", {"title": "logo", "file": svg, "collection": 1})
    assert response.status_code == 200  # the form again, with an error
    assert Image.objects.count() == before


def test_oversized_documents_are_refused(admin_client, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.documents.models import Document

    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    big = SimpleUploadedFile("big.pdf", b"%PDF-1.4 " + b"x" * 4096, "application/pdf")
    before = Document.objects.count()
    response = admin_client.post("/admin/documents/add/", {"title": "big", "file": big, "collection": 1})
    assert response.status_code == 200
    assert Document.objects.count() == before


# --- per-request memo and the cache generation ----------------------------------------------


def test_a_new_view_restriction_hides_the_page_from_the_next_reader(client):
    """The view restrictions are read once per request, never kept from one request to the next."""
    from wagtail.models import PageViewRestriction

    from newsroom.models import NewsPage

    newest = NewsPage.objects.live().filter(locale__language_code="fa").order_by("-date", "-pk").first()
    assert newest.title in client.get("/").content.decode()
    PageViewRestriction.objects.create(page=newest, restriction_type=PageViewRestriction.LOGIN)
    home = client.get("/").content.decode()
    assert newest.title not in home
    assert newest.title not in client.get("/news/").content.decode()


def test_the_memo_only_lives_inside_a_reading_request():
    from home.caching.request_memo import remember

    calls = []
    remember("key", lambda: calls.append(1))
    remember("key", lambda: calls.append(1))
    assert len(calls) == 2  # outside a request nothing is kept


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_lost_generation_key_never_brings_back_old_pages(client):
    from django.core.cache import cache

    from home.caching.page_cache import GENERATION_KEY, generation

    client.get("/about/")
    assert client.get("/about/")["X-Cache"] == "HIT"
    old = generation()
    cache.delete(GENERATION_KEY)  # evicted, or Redis restarted with the pages still in it
    assert generation() != old
    assert client.get("/about/")["X-Cache"] == "MISS"


def test_site_settings_changes_show_at_once(client, site):
    from home.models import ContactSettings

    client.get("/")
    contact = ContactSettings.for_site(site)
    contact.phone = "۰۲۱-۱۲۳۴۵۶۷۸"
    contact.save()
    assert "۰۲۱-۱۲۳۴۵۶۷۸" in client.get("/").content.decode()


def test_a_page_asks_for_the_locale_and_view_restrictions_once(client, django_assert_num_queries):
    """The home page's panels each used to query the active locale and every view restriction."""
    client.get("/")  # fill the caches a first visit fills (menus, settings, index pages)
    # Routing, the page's restrictions, the frame and the panels are kept until content
    # changes (it was 9 and 10 lookups of locales and view restrictions, then 2 and 3 of 19
    # queries, now none at all).
    with django_assert_num_queries(0):
        assert client.get("/").status_code == 200
