"""Limits hold under concurrency: exactly the limit gets through, with Redis and without."""

import random
import shutil
import socket
import subprocess
import threading
import time

import pytest
from django.db import connections
from django.test import Client, RequestFactory, override_settings

from forms_pages.protection import over_limit
from tests.limiter_clock import stop_mid_window

pytestmark = pytest.mark.django_db

THREADS = 40
LIMIT = 10


@pytest.fixture(autouse=True)
def one_window(monkeypatch):
    """The limiter's clock stops in the middle of a 15-minute window (tests/limiter_clock.py)."""
    stop_mid_window(monkeypatch, 15 * 60)


def parallel_track_posts(address):
    """THREADS tracking look-ups from one address at once, each on its own DB connection: each
    thread asks the limiter the question the tracking view asks first (`over_limit(request,
    "track")`, which counts the attempt) and answers 429 or goes on (404: no such code).

    The view's page after that question is not rendered: 40 renders were most of the test's
    cost and prove nothing about counting (tests/forms_pages/test_tracking.py posts to the view
    until it answers 429)."""
    barrier = threading.Barrier(THREADS)
    statuses = []
    lock = threading.Lock()

    def one():
        try:
            request = RequestFactory().post("/track/", {"code": "1" * 15}, REMOTE_ADDR=address)
            barrier.wait()
            status = 429 if over_limit(request, "track") else 404
            with lock:
                statuses.append(status)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def fresh_address():
    # The threads commit their counters on their own connections: a new address per run.
    return f"198.18.{random.randrange(256)}.{random.randrange(1, 255)}"


def test_without_redis_the_database_counts_exactly(tmp_path):
    # The production fallback without Redis used to be the file cache, whose incr races.
    file_cache = {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path)}
    }
    with override_settings(CACHES=file_cache, REDIS_URL="", FORMS_RATE_LIMITS={"track": (LIMIT, 900)}):
        statuses = parallel_track_posts(fresh_address())
    assert len(statuses) == THREADS
    assert statuses.count(404) == LIMIT
    assert statuses.count(429) == THREADS - LIMIT


@pytest.fixture
def redis_url(tmp_path):
    server = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not shutil.os.path.exists(server):
        pytest.skip("redis-server is not installed")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [server, "--port", str(port), "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(10)


def test_with_redis_incr_counts_exactly(redis_url):
    caches = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_url,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }
    with override_settings(CACHES=caches, REDIS_URL=redis_url, FORMS_RATE_LIMITS={"track": (LIMIT, 900)}):
        statuses = parallel_track_posts(fresh_address())
        from django_redis import get_redis_connection

        assert any(b"ratelimit" in key for key in get_redis_connection("default").keys("*"))
    assert statuses.count(404) == LIMIT
    assert statuses.count(429) == THREADS - LIMIT


def test_limits_keep_counting_when_redis_is_down():
    # The settings for Redis ignore cache errors (pages keep being served); the limiter,
    # which must not ignore them, counts in the database instead.
    caches = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.2,
            },
        }
    }
    with override_settings(CACHES=caches, REDIS_URL="redis://127.0.0.1:1/0", FORMS_RATE_LIMITS={"track": (2, 900)}):
        client = Client(REMOTE_ADDR=fresh_address())
        statuses = [
            client.post("/track/", {"code": "123451234512345", "contact": "09121112233"}).status_code for _ in range(3)
        ]
    assert statuses == [404, 404, 429]
