"""The site as production starts it: migrate, seed_demo, collectstatic, gunicorn."""

import statistics
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from tests.servers import production_env
from tests.sitemaps import sitemap_paths


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.mark.django_db
def test_every_sitemap_url_answers_200_under_production_settings(production_server):
    paths = sitemap_paths(lambda path: fetch(production_server.url + path)[::2])
    assert len(paths) > 20
    for path in paths:
        status, _headers, _body = fetch(production_server.url + path)
        assert status == 200, path


@pytest.mark.django_db
def test_static_files_are_hashed_and_compressed(production_server):
    status, _headers, body = fetch(production_server.url + "/")
    assert status == 200
    html = body.decode()
    start = html.index("/static/css/portal.")
    css_path = html[start : html.index('"', start)]
    assert css_path != "/static/css/portal.css", "static URLs should be hashed"
    request = urllib.request.Request(production_server.url + css_path, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        assert response.status == 200
        assert response.headers.get("Content-Encoding") == "gzip"
        assert "max-age" in response.headers.get("Cache-Control", "")


def workers_page_faults(server):
    """Minor page faults so far of all the gunicorn master's workers."""
    children = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children").read_text().split()
    return sum(int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[7]) for pid in children)


@pytest.mark.django_db
def test_the_workers_answer_a_form_page_without_taking_fresh_memory_each_time(production_server):
    """The shipped worker class runs its loop on one stack chunk (home/operations/gunicorn_worker.py);
    with gunicorn's own sync worker each request of the contact form took over 200 page faults.
    The median of 20 requests, so a worker's first, cold render does not count."""
    for _ in range(6):
        assert fetch(production_server.url + "/contact/")[0] == 200
    faults = []
    for _ in range(20):
        before = workers_page_faults(production_server)
        assert fetch(production_server.url + "/contact/")[0] == 200
        faults.append(workers_page_faults(production_server) - before)
    assert statistics.median(faults) < 50, faults


@pytest.mark.django_db
def test_missing_page_is_a_persian_404_not_a_500(production_server):
    status, _headers, body = fetch(production_server.url + "/no-such-page/")
    assert status == 404
    assert "صفحه پیدا نشد" in body.decode()


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env(DJANGO_SECRET_KEY="")
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def start_production(**overrides):
    """Import production settings and set Django up in a fresh process, as gunicorn would."""
    env = production_env(**overrides)
    for name, value in overrides.items():
        if value is None:
            env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize(
    "overrides, line",
    [
        ({"DATABASE_URL": None}, "Set DATABASE_URL to the PostgreSQL database"),
        ({"DATABASE_URL": "sqlite:////tmp/portal.sqlite3"}, "Set DATABASE_URL to the PostgreSQL database"),
        ({"DJANGO_ALLOWED_HOSTS": None}, "Set DJANGO_ALLOWED_HOSTS to the site's host names"),
        ({"WAGTAILADMIN_BASE_URL": None}, "Set WAGTAILADMIN_BASE_URL to the public address of the site"),
        ({"DEFAULT_FROM_EMAIL": None}, "Set DEFAULT_FROM_EMAIL to the sender address"),
        # Texts to applicants must not fall back to the worker's log unnoticed.
        ({"SMS_BACKEND": None}, "Set SMS_BACKEND to the gateway that texts applicants"),
        ({"SMS_BACKEND": "kavenegar", "KAVENEGAR_API_KEY": None}, "Set KAVENEGAR_API_KEY for SMS_BACKEND=kavenegar"),
    ],
)
def test_production_refuses_to_start_half_configured(overrides, line):
    result = start_production(**overrides)
    assert result.returncode != 0
    assert "started" not in result.stdout
    said = [text for text in result.stderr.splitlines() if line in text]
    assert len(said) == 1, result.stderr[-2000:]
    # The one line says what to set, with an example of the value.
    assert "(" in said[0] and said[0].rstrip().endswith(").")
    # And only what is missing: the other settings are not complained about.
    assert sum("Set " in text for text in result.stderr.splitlines()) == 1


def test_production_starts_when_fully_configured_and_its_deploy_check_is_clean():
    # One process for both (Django's start costs 3-4 s of CPU): `manage.py check` sets Django up
    # as gunicorn would, then runs the deploy checks, with HTTPS on as in production.
    # Fully configured includes the directorate's registered OCID prefix (one of the right shape
    # here): without it the check tenders.W001 warns (tests/tenders/test_ocds.py).
    env = production_env(DJANGO_HTTPS="1", TENDERS_OCID_PREFIX="ocds-a1b2c3")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, "production settings did not start"
