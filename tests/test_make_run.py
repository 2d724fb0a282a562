"""What `make run` sets up on a newcomer's machine: the development settings on SQLite, with the
outbox worker beside the web server."""

import os
import subprocess
import sys
import textwrap

from django.conf import settings

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
