"""Shared fixtures: the demo site is built once per test session on the real PostgreSQL."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Site


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Migrate (pytest-django), then build the demo content every app seeds."""
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_fa(site):
    return site.root_page.specific


@pytest.fixture
def home_en(home_fa):
    return home_fa.get_translations().get(locale__language_code="en").specific


@pytest.fixture(scope="session")
def production_server(django_db_setup, django_db_blocker):
    """The site served by gunicorn with production settings, on the test database."""
    from tests.servers import ProductionServer

    with django_db_blocker.unblock():
        server = ProductionServer().start()
    yield server
    server.stop()
