"""What `make run` sets up on a newcomer's machine: the development settings on SQLite, with the
outbox worker beside the web server."""

import io
import os
import subprocess
import sys
import textwrap
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command

# A web request's transaction reads, then writes, while the outbox worker's poll (django-tasks-db's
# db_worker, `BEGIN EXCLUSIVE` every second on SQLite) comes in between.
WRITE_WHILE_THE_WORKER_POLLS = textwrap.dedent(
    """
    import sqlite3, threading, time
    import django
    django.setup()
    from django.conf import settings
    from django.db import connection, transaction

    name = settings.DATABASES["default"]["NAME"]
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE request (subject text)")

    def poll():
        worker = sqlite3.connect(name, isolation_level=None, timeout=5)
        worker.execute("BEGIN EXCLUSIVE")
        worker.execute("SELECT 1")
        worker.execute("COMMIT")
        worker.close()

    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM request")
            poller = threading.Thread(target=poll)
            poller.start()
            time.sleep(0.3)
            cursor.execute("INSERT INTO request VALUES ('saved')")
    poller.join()
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM request")
        print(cursor.fetchone()[0])
    """
)


def test_a_request_is_saved_while_the_outbox_worker_polls_the_sqlite_database(tmp_path):
    """The first contact form sent on a fresh `make run` answered 500 "database is locked": its
    deferred transaction could not take the write lock the worker's poll was waiting for."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal_site.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", WRITE_WHILE_THE_WORKER_POLLS],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split()[-1] == "1"


def test_make_run_serves_the_demo_at_the_address_its_links_use(tmp_path):
    """`make run PORT=…` seeded a site at http://localhost/ (the sitemap's and feeds' links) and
    left WAGTAILADMIN_BASE_URL at 127.0.0.1:8000 (the e-mails' tracking and admin links)."""
    venv = tmp_path / "venv"
    venv.mkdir()
    (venv / ".installed").touch()  # newer than the requirements: nothing is installed
    fake_python = tmp_path / "python"
    # Says what it was asked to run and with which base URL; the server waits a moment, so the
    # worker started beside it has said so too before `make run` stops it.
    fake_python.write_text(
        '#!/bin/sh\necho "$* | WAGTAILADMIN_BASE_URL=$WAGTAILADMIN_BASE_URL"\n'
        'case "$*" in *runserver*) sleep 2;; esac\n'
    )
    fake_python.chmod(0o755)
    result = subprocess.run(
        ["make", "--no-print-directory", "-s", "run", f"VENV={venv}", f"PY={fake_python}", "PORT=8806"],
        cwd=settings.BASE_DIR,
        env={key: value for key, value in os.environ.items() if key != "WAGTAILADMIN_BASE_URL"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    commands = dict(line.split(" | ") for line in result.stdout.splitlines() if " | " in line)
    assert commands["manage.py seed_demo --site-url http://127.0.0.1:8806"]
    assert commands["manage.py runserver 127.0.0.1:8806"] == "WAGTAILADMIN_BASE_URL=http://127.0.0.1:8806"
    assert commands["manage.py outbox_worker --reload"] == "WAGTAILADMIN_BASE_URL=http://127.0.0.1:8806"
    assert "manage.py create_demo_admin --url http://127.0.0.1:8806/admin/" in commands


@pytest.mark.django_db
def test_seed_demo_points_the_sitemap_and_feeds_at_the_served_address(client, settings):
    settings.DEMO_SEEDERS = []  # the demo content is already seeded
    out = io.StringIO()
    call_command("seed_demo", "--site-url", "http://127.0.0.1:8806", stdout=out)
    assert "http://127.0.0.1:8806/" in out.getvalue()

    # The sitemap names the host it is served on (home.pages.sitemaps), the feeds the Site's.
    sitemap = client.get("/sitemap-pages.xml", HTTP_HOST="127.0.0.1:8806").content.decode()
    assert "<loc>http://127.0.0.1:8806/</loc>" in sitemap
    assert "<loc>http://127.0.0.1:8806/en/</loc>" in sitemap
    assert "http://localhost" not in sitemap
    feed = client.get("/feeds/news/rss/").content.decode()
    assert '<guid isPermaLink="true">http://127.0.0.1:8806/news/' in feed
    assert "http://localhost" not in feed

    # Running it again on the same address changes nothing; port 80 is left out of the links.
    call_command("seed_demo", "--site-url", "http://127.0.0.1:8806", stdout=io.StringIO())
    call_command("seed_demo", "--site-url", "http://portal.test", stdout=io.StringIO())
    assert '<guid isPermaLink="true">http://portal.test/news/' in client.get("/feeds/news/rss/").content.decode()


def test_seed_demo_refuses_a_site_url_that_is_not_an_address(settings):
    from django.core.management.base import CommandError

    settings.DEMO_SEEDERS = []
    with pytest.raises(CommandError, match="--site-url"):
        call_command("seed_demo", "--site-url", "127.0.0.1:8806", stdout=io.StringIO())


@pytest.mark.parametrize(
    "options, reloads",
    [(["--reload"], True), ([], False), (["--batch", "--reload"], False)],
)
def test_the_worker_beside_the_development_server_starts_again_when_the_code_changes(options, reloads):
    """Under `make run` the worker kept sending with the code it started with: a changed message
    template showed on the site at once and reached the mailbox only after a restart by hand."""
    with mock.patch("forms_pages.management.commands.outbox_worker.call_command") as worker:
        call_command("outbox_worker", *options)
    name, *arguments = worker.call_args.args
    assert name == "db_worker"
    assert ("--reload" in arguments, "--no-reload" in arguments) == (reloads, not reloads)
