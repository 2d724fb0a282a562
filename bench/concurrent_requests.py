#!/usr/bin/env python3
"""Concurrent submissions of citizens' requests against the production stack.

Starts gunicorn with the production settings (DJANGO_HTTPS=0) on the PostgreSQL named by
DATABASE_URL (or a private throw-away one from .ci/with-postgres.sh), fires N submissions from
C concurrent clients through the real contact form (CSRF token and all), then checks in the
database that every request was stored exactly once with a unique tracking code.

    .venv/bin/python bench/concurrent_requests.py [--requests 1000] [--clients 20] [--workers 4]

Rate limits are switched off for the run (FORMS_RATE_LIMITS_ENABLED=0); mail goes to Django's
dummy backend. Prints the numbers; exits non-zero if any submission failed or was lost.
"""

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def ensure_database(url):
    """Create the database named in DATABASE_URL when missing (a fresh private cluster has none)."""
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def wait_for(url, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not come up")


def client_run(base, run_id, client_no, count, results, lock):
    session = requests.Session()
    page = session.get(base + "/contact/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    departments = re.findall(r'<option value="(\d+)"', page.text)
    for i in range(count):
        data = {
            "csrfmiddlewaretoken": token,
            "kind": ["question", "criticism", "suggestion", "violation"][i % 4],
            "department": departments[(client_no + i) % len(departments)],
            "subject": f"bench {run_id} {client_no:02d}-{i:04d}",
            "text": "درخواست آزمایشی سنجش بار؛ این متن برای گذشتن از حداقل طول نوشته شده است.",
            "name": "کاربر سنجش بار",
            "mobile": f"0912{client_no:03d}{i:04d}",
            "email": "",
            "national_id": "",
            "website": "",
        }
        started = time.perf_counter()
        try:
            response = session.post(
                base + "/contact/",
                data=data,
                headers={"Referer": base + "/contact/"},
                allow_redirects=False,
                timeout=60,
            )
            ok = response.status_code == 302 and "/thanks/" in response.headers.get("Location", "")
            status = response.status_code
        except requests.RequestException as error:
            ok, status = False, repr(error)
        elapsed = time.perf_counter() - started
        with lock:
            results.append((ok, status, elapsed))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        # Re-run inside a private PostgreSQL cluster that is removed afterwards.
        os.execv("/bin/bash", ["bash", str(ROOT / ".ci" / "with-postgres.sh"), PYTHON, *sys.argv])

    tmp = Path(tempfile.mkdtemp(prefix="bench-forms-"))
    port = free_port()
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="portal_site.settings.production",
        DJANGO_SECRET_KEY="bench-" + uuid.uuid4().hex,
        DJANGO_HTTPS="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        DEFAULT_FROM_EMAIL="portal@example.ir",
        FORMS_RATE_LIMITS_ENABLED="0",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp / "private"),
        DJANGO_LOG_LEVEL="WARNING",
    )
    print("Preparing database and static files…", flush=True)
    ensure_database(os.environ["DATABASE_URL"])
    manage(env, "migrate", "--noinput")
    manage(env, "seed_home")
    manage(env, "seed_forms")
    manage(env, "collectstatic", "--noinput")

    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "portal_site.wsgi",
            "-w",
            str(args.workers),
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/contact/")
        run_id = uuid.uuid4().hex[:8]
        per_client = [
            args.requests // args.clients + (1 if n < args.requests % args.clients else 0) for n in range(args.clients)
        ]
        results, lock = [], threading.Lock()
        print(
            f"Firing {args.requests} submissions from {args.clients} clients at {args.workers} gunicorn workers…",
            flush=True,
        )
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.clients) as pool:
            futures = [
                pool.submit(client_run, base, run_id, n, count, results, lock) for n, count in enumerate(per_client)
            ]
            for future in futures:
                future.result()
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)

    check = subprocess.run(
        [
            PYTHON,
            "manage.py",
            "shell",
            "-c",
            "import json; from django.db.models import Count; from forms_pages.models import CitizenRequest as R;"
            f"qs = R.objects.filter(subject__startswith='bench {run_id} ');"
            "print(json.dumps({'rows': qs.count(), 'distinct_subjects': qs.values('subject').distinct().count(),"
            "'distinct_codes': qs.values('code').distinct().count(),"
            "'duplicated_subjects': qs.values('subject').annotate(n=Count('id')).filter(n__gt=1).count(),"
            "'events': sum(1 for _ in qs.filter(events__action='submitted'))}))",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    stored = json.loads(check.stdout.strip().splitlines()[-1])
    latencies = sorted(elapsed for _ok, _status, elapsed in results)
    failures = [status for ok, status, _elapsed in results if not ok]
    report = {
        "submissions": len(results),
        "clients": args.clients,
        "gunicorn_workers": args.workers,
        "succeeded": len(results) - len(failures),
        "failed": len(failures),
        "failure_statuses": sorted({str(s) for s in failures}),
        "wall_seconds": round(wall, 2),
        "submissions_per_second": round(len(results) / wall, 1),
        "latency_ms_median": round(statistics.median(latencies) * 1000, 1),
        "latency_ms_p95": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 1),
        "latency_ms_max": round(latencies[-1] * 1000, 1),
        **{f"db_{key}": value for key, value in stored.items()},
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    every_stored_once = (
        stored["rows"] == stored["distinct_subjects"] == stored["distinct_codes"] == args.requests
        and stored["duplicated_subjects"] == 0
    )
    print("every request stored exactly once with a unique code:", "yes" if every_stored_once else "NO")
    return 0 if every_stored_once and not failures else 1


if __name__ == "__main__":
    sys.exit(main())
