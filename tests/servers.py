"""Start the site the way production does, for tests that look at it from outside."""

import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from django.conf import settings

from bench.stack import free_port, portal_env
from tests.databases import database_url

BASE_DIR = Path(settings.BASE_DIR)


def production_env(**extra):
    """The production environment of bench/stack.py on the test session's database, with mail
    kept in memory; `extra` sets or overrides variables."""
    test_session = dict(
        DJANGO_SECRET_KEY="production-smoke-test-key-0123456789abcdefghijklmnopqrstuvwxyz",
        DATABASE_URL=database_url(),
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        DJANGO_SERVE_MEDIA="1",
    )
    env = portal_env(**(test_session | extra))
    # Set for the browser tests' own process only; a production process must not inherit it.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


class ProductionServer:
    """gunicorn with production settings on a free loopback port, after migrate, seed_demo
    and collectstatic run with the same settings (exactly the production start sequence)."""

    def __init__(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="portal-prod-")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = production_env(
            STATIC_ROOT=str(Path(self.tmp.name) / "static"),
            CACHE_DIR=str(Path(self.tmp.name) / "cache"),
            # The test session's uploads (seeded images and documents) must be there too.
            MEDIA_ROOT=str(settings.MEDIA_ROOT),
            PRIVATE_MEDIA_ROOT=str(settings.PRIVATE_MEDIA_ROOT),
        )
        self.process = None
        self.log = Path(self.tmp.name) / "gunicorn.log"

    def manage(self, *args):
        subprocess.run(
            [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=self.env, check=True, capture_output=True
        )

    def start(self):
        self.manage("migrate", "--noinput")
        self.manage("seed_demo")
        self.manage("collectstatic", "--noinput")
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [str(gunicorn), "-c", "deploy/gunicorn.conf.py", "portal_site.wsgi:application"]
            + ["-b", f"127.0.0.1:{self.port}", "-w", "2"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                urllib.request.urlopen(self.url + "/robots.txt", timeout=2)
                return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not start:\n" + self.log.read_text())

    def forget_cached_pages(self):
        """Empty the server's page cache, after a test changed content in the database itself:
        the change bumped the cache generation of the test's process, not of gunicorn's."""
        shutil.rmtree(self.env["CACHE_DIR"], ignore_errors=True)

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.tmp.cleanup()
