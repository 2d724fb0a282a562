"""Each worker keeps the pages it served; a kept page is served only while the shared cache's
generation and the address's version are those it was made in, and never past its lifetime."""

import time

import pytest
from django.core.cache import cache
from django.test import override_settings

from home.caching import page_cache
from home.caching.page_cache import GENERATION_KEY
from home.models import StandardPage
from tests.cache_checks import rebuilt_text

pytestmark = pytest.mark.django_db


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_kept_page_is_not_served_after_another_worker_publishes(client):
    page_cache._LOCAL_PAGES.clear()
    assert client.get("/about/")["X-Cache"] == "MISS"
    assert client.get("/about/")["X-Cache"] == "HIT"
    [key] = page_cache._LOCAL_PAGES
    # A publish moves the shared generation; this process still holds its copy of the page.
    about = StandardPage.objects.get(slug="about", locale__language_code="fa")
    about.title = "درباره اداره کل، نشانی تازه"
    about.save_revision().publish()
    assert key in page_cache._LOCAL_PAGES
    assert "درباره اداره کل، نشانی تازه" in rebuilt_text(client, "/about/")


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_kept_page_is_not_served_past_its_lifetime(client, monkeypatch):
    client.get("/about/")
    assert client.get("/about/")["X-Cache"] == "HIT"
    generation = cache.get(GENERATION_KEY)
    later = time.time() + 301
    monkeypatch.setattr(page_cache.time, "time", lambda: later)
    assert cache.get(GENERATION_KEY) == generation  # nothing changed but the clock
    assert client.get("/about/")["X-Cache"] == "MISS"
