"""Shared fixtures: the demo site is built once per test session on the real PostgreSQL."""

import atexit
import gc
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

# The layers `-m` chooses: unit, browser, server, slow (tests/layers.py). `--lf` reruns the
# failures of the layer chosen (tests/last_failed.py). Each test runs on a stack chunk of its
# own (tests/stack_chunk.py).
pytest_plugins = ["tests.layers", "tests.last_failed", "tests.stack_chunk"]

# The cyclic garbage collector ran about 3,500 times a process in the unit layer, 4 s of each
# process's 55 (most of it full collections walking Django's and Wagtail's long-lived objects).
# Collecting after 20,000 new objects instead of 700 leaves about a hundred runs and no full one.
# (The unit layer then runs without it: tests/layers.py.)
gc.set_threshold(20_000, 20, 20)


SETTINGS_MODULE = "portal_site.settings.test"


def is_xdist_controller(config):
    """True in the process of `pytest -n N` that hands tests out to the workers and runs none."""
    return (
        config.getoption("dist", "no") != "no"
        and not config.getoption("collectonly")  # xdist then collects in this process
        and not hasattr(config, "workerinput")
    )


def _only_hands_out_tests(argv):
    """Whether this process looks like the xdist controller of a run over the whole of tests/:
    asked for workers (`-n N`, `-n auto`), not a worker itself, and given no test file or folder
    (whose conftest would be imported now and need Django's models)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return False
    workers, paths, args = None, [], iter(argv[1:])
    for arg in args:
        if arg in ("-n", "--numprocesses"):
            workers = next(args, "0")
        elif arg.startswith("--numprocesses="):
            workers = arg.partition("=")[2]
        elif arg.startswith("-n") and not arg.startswith("--"):
            workers = arg[2:]
        elif arg in ("-m", "-k", "-p", "-c", "-o", "--rootdir"):
            next(args, None)
        elif arg in ("--co", "--collect-only"):
            return False
        elif not arg.startswith("-"):
            paths.append(arg)
    whole = {"tests", "tests/", str(Path(__file__).parent)}
    return workers not in (None, "0") and all(path in whole for path in paths)


# pytest-django sets Django up (its app registry: 1.5 to 2.3 s, most of it Wagtail's API schemas)
# in every process whose settings module it finds before this file is read. The settings module
# is named here rather than in pytest's ini for the xdist controller's sake: it runs no test and
# starts the workers only once configured, so Django's setup there delayed every run. It gets the
# settings module in its environment, for the workers to inherit, and leaves Django alone.
# Anywhere else Django is set up now, before the conftest files below this one import models.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS_MODULE)
if not _only_hands_out_tests(sys.argv):
    import django

    django.setup()


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    """A process the check above took for the controller but that runs tests itself (its
    options given through PYTEST_ADDOPTS, say) still gets Django: read here, the settings make
    pytest-django's own `pytest_configure` set it up."""
    if not is_xdist_controller(config):
        from django.conf import settings

        settings.DATABASES  # noqa: B018


def _leave_without_teardown():
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if os.environ.get("PYTEST_XDIST_WORKER"):
    # An xdist worker has reported its results to the controller by the time it exits, and the
    # controller waited for it to tear down its interpreter (0.7 s at the end of every run).
    # Exit handlers run last registered first: those of modules the tests import later still
    # run, those registered before this (logging's) do not, so the streams are flushed here.
    atexit.register(_leave_without_teardown)


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """The test database with the demo content every app seeds.

    Built once per session as a template database (pytest-django's create and migrate, then
    seed_demo; or, while the code it was built from is unchanged and it is under an hour old,
    the snapshot of a previous run restored: tests/seeded_db.py). Each process (each xdist
    worker) gets its own copy of it, made by PostgreSQL in well under a second. `--create-db`
    always seeds afresh; with `--reuse-db` or pytest's cache off, each process seeds its own.
    """
    from django.apps import apps
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from tests.search_index import search_index_updates
    from tests.seeded_db import Snapshot, copy_database, template_name

    del django_test_environment, django_db_modify_db_settings  # asked for to run first (xdist names)
    verbosity = request.config.option.verbose
    uploads = [settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT]
    snapshot = Snapshot.in_cache(request.config)
    test_name = connection.creation._get_test_db_name()
    quote = connection.ops.quote_name

    def migrate_and_seed(keepdb):
        # No test rolls back by reloading serialised data, so the seeded database is never
        # serialised (Django would otherwise dump it all into memory).
        db_cfg = setup_databases(verbosity=verbosity, interactive=False, keepdb=keepdb, serialized_aliases=set())
        call_command("seed_demo", stdout=io.StringIO())
        make_renditions()
        return db_cfg

    with django_db_blocker.unblock():
        if snapshot is None or django_db_keepdb:
            db_cfg = migrate_and_seed(django_db_keepdb and not django_db_createdb)
        else:
            template = template_name(request.config)
            with connection._nodb_cursor() as cursor:
                # One process at a time builds or copies the template (xdist workers wait here).
                cursor.execute("SELECT pg_advisory_lock(hashtext(%s))", [template])
                cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template])
                built_here = False
                if not cursor.fetchone():
                    if not django_db_createdb and snapshot.is_fresh():
                        snapshot.restore_database(connection.settings_dict, template)
                    else:
                        db_cfg = migrate_and_seed(keepdb=False)
                        connection.close()  # pg_dump and the copy want it committed and unlocked
                        snapshot.save(connection.settings_dict, test_name, uploads)
                        copy_database(cursor, template, test_name)
                        built_here = True
                # The template is there: the other workers copy it side by side.
                cursor.execute("SELECT pg_advisory_unlock(hashtext(%s))", [template])
                if not built_here:
                    cursor.execute(f"DROP DATABASE IF EXISTS {quote(test_name)}")
                    copy_database(cursor, test_name, template)
                    snapshot.restore_uploads(uploads)
                    # What create_test_db does once the database exists, without migrate
                    # (the snapshot's fingerprint covers the migrations).
                    old_name = connection.settings_dict["NAME"]
                    connection.close()
                    settings.DATABASES[connection.alias]["NAME"] = test_name
                    connection.settings_dict["NAME"] = test_name
                    db_cfg = [(connection, old_name, True)]
    # Each process's content-type cache is filled once, as a running server's is after its
    # first requests. A worker whose database was copied (not seeded in-process) started with it
    # empty, so its first page cost ten more queries and a query ceiling failed or passed
    # depending on which test a worker ran first (the forms index: 36 queries against 30).
    with django_db_blocker.unblock():
        ContentType.objects.get_for_models(*apps.get_models(), for_concrete_models=False)
    # Wagtail's reference index (the admin's "used by" counts), which seed_demo built, is not
    # kept up to date by the tests' own saves: no test reads it, and walking every saved
    # page's fields for it was a tenth of the unit layer's time. Nor is the search index, but in
    # tests that search for what they made themselves (tests/search_index.py).
    with disable_reference_index_auto_update(), search_index_updates(False):
        yield
    if not django_db_keepdb and not cluster_is_thrown_away():
        with django_db_blocker.unblock():
            # A server or thread of some test may still hold a connection to the database;
            # dropping it would then fail ("being accessed by other users") after a green run.
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            teardown_databases(db_cfg, verbosity=verbosity)


def cluster_is_thrown_away():
    """True under .ci/with-postgres.sh's private cluster, removed with every database in it
    when the command ends: dropping them first only lengthened the run by a second."""
    return os.environ.get("PORTAL_PG_THROWAWAY") == "1"


# The renditions the public templates ask for (news cards, a news page's picture, image blocks,
# a news item's structured data).
RENDITION_SPECS = [
    "fill-320x180",
    "fill-640x360",
    *(f"format-{kind}|width-{width}" for kind in ("webp", "jpeg") for width in (480, 800, 1200)),
    "width-800",
    "fill-1200x675",
]


def make_renditions():
    """Make every seeded image's renditions once, in the seeded database and its snapshot.

    Otherwise each test that renders the home page or a news listing resized the same images
    again (rolled back with the test): about a quarter of a second of CPU for such a page."""
    from wagtail.images import get_image_model

    for image in get_image_model().objects.all():
        image.get_renditions(*RENDITION_SPECS)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """xdist's controller names the session's seeded template for every worker."""
    from tests.seeded_db import template_name

    node.workerinput["seeded_template"] = template_name(node.config)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session):
    """The controller (or the only process) drops the session's seeded template."""
    if hasattr(session.config, "workerinput") or session.config.option.collectonly or not session.testscollected:
        return
    if cluster_is_thrown_away():
        return
    from django.db import connection

    from tests.seeded_db import drop_database, template_name

    try:
        drop_database(connection.settings_dict, template_name(session.config))
    except (OSError, RuntimeError, subprocess.CalledProcessError):
        pass  # no PostgreSQL reachable: nothing was made


@pytest.fixture
def search_index():
    """Saves in this test update the search index, as on the running site (tests/search_index.py)."""
    from tests.search_index import search_index_updates

    with search_index_updates(True):
        yield


@pytest.fixture(scope="session")
def _warm_cache(django_db_setup, django_db_blocker):
    """The shared cache after a first reader of the pages citizens open first (tests/shared_data.py)."""
    from tests.shared_data import warm_cache

    with django_db_blocker.unblock():
        return warm_cache()


@pytest.fixture(scope="session", autouse=True)
def _templates_not_recorded(django_test_environment):
    """Django's test setup makes every template render send a signal, by which the test client
    keeps each template a response rendered with a copy of its context: about 2 % of the unit
    layer's time (an admin page renders hundreds of templates). Only the few tests that read
    `response.context` need it; they ask for `rendered_context`."""
    from django.template import Template
    from django.test.utils import _TestState, instrumented_test_render

    del django_test_environment  # asked for to run first: it installs the recording
    if Template._render is instrumented_test_render:
        Template._render = _TestState.saved_data.template_render


@pytest.fixture
def rendered_context():
    """`response.context` (and `response.templates`) filled in by the test client, as in
    Django's own test setup."""
    from django.template import Template
    from django.test.utils import instrumented_test_render

    plain = Template._render
    Template._render = instrumented_test_render
    yield
    Template._render = plain


@pytest.fixture(autouse=True)
def _clear_cache(_warm_cache):
    from tests.shared_data import restore

    restore(_warm_cache)
    yield


@pytest.fixture(autouse=True)
def _site_language():
    """Each test starts in the site's language. The test client's request to an /en/ address
    activates English in the test's own thread (the locale middleware), and it stayed active for
    the next test: a lazy Persian message read there came out English, depending on the order."""
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def _after_seeding(django_db_setup, django_db_blocker):
    """Where the seeded database ends: the last outbox message and the moment seeding finished."""
    from django.db.models import Max
    from django.utils import timezone

    from forms_pages.models import OutboundMessage

    with django_db_blocker.unblock():
        return {"message": OutboundMessage.objects.aggregate(last=Max("pk"))["last"] or 0, "at": timezone.now()}


@pytest.fixture(autouse=True)
def _no_committed_leftovers(_after_seeding, django_db_blocker):
    """Each test starts from the seeded database.

    Browser and server tests submit forms to gunicorn on the test database, and the limit tests
    count from threads on their own connections: what they send is committed, not rolled back.
    Without this, their rate-limit counts would refuse a later test's post, and their queued
    messages would be sent by a later test's outbox worker.

    The rows are deleted on a connection of their own, in autocommit: deleted inside the test's
    transaction they would stay locked until it ends, and gunicorn counting a post would wait.
    Most tests follow one that committed nothing: one look on the test's own connection (which
    sees what others committed) saves opening that connection for them.
    """
    from django.db import connection, connections
    from django_tasks_db.models import DBTaskResult

    from forms_pages.models import OutboundMessage
    from home.models.ratelimit import RateLimitCounter

    counters = f'"{RateLimitCounter._meta.db_table}"'
    messages = (f'"{OutboundMessage._meta.db_table}" WHERE id > %s', [_after_seeding["message"]])
    tasks = (f'"{DBTaskResult._meta.db_table}" WHERE enqueued_at > %s', [_after_seeding["at"]])
    with django_db_blocker.unblock():
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT EXISTS (SELECT 1 FROM {counters}) OR EXISTS (SELECT 1 FROM {messages[0]})"
                f" OR EXISTS (SELECT 1 FROM {tasks[0]})",
                messages[1] + tasks[1],
            )
            if not cursor.fetchone()[0]:
                return
        side = connections.create_connection("default")
        try:
            with side.cursor() as cursor:
                cursor.execute(f"DELETE FROM {counters}")
                cursor.execute(f"DELETE FROM {messages[0]}", messages[1])
                cursor.execute(f"DELETE FROM {tasks[0]}", tasks[1])
        finally:
            side.close()


@pytest.fixture
def site(db):
    from wagtail.models import Site

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
