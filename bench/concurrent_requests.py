#!/usr/bin/env python3
"""Concurrent submissions of citizens' requests against the production stack.

Starts gunicorn with the production settings (DJANGO_HTTPS=0) on the PostgreSQL named by
DATABASE_URL (or a private throw-away one from .ci/with-postgres.sh), fires N submissions from
C concurrent clients through the real contact form (CSRF token and all), then checks in the
database that every request was stored exactly once with a unique tracking code.

    .venv/bin/python bench/concurrent_requests.py [--requests 1000] [--clients 20] [--workers 4]

Rate limits are switched off for the run (FORMS_RATE_LIMITS_ENABLED=0). Both channels are
DOWN while the submissions arrive: mail goes to an SMTP port nobody listens on and SMS to a
Kavenegar address nobody listens on, while the outbox worker (`manage.py outbox_worker`) keeps
trying. Then the channels come back (a local SMTP sink and a local server speaking Kavenegar's
send.json on those ports) and the script waits until the outbox is empty, checking that every
message arrived exactly once (each Message-ID / localid seen once) and printing the worker's
messages per second. Half the submissions give an e-mail address, all give a mobile number.
Prints the numbers; exits non-zero if any submission failed or any message was lost or doubled.
"""

import argparse
import json
import os
import re
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from channels import KavenegarSink, SmtpSink  # noqa: E402
from stack import ROOT, free_port, portal_env  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")


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
            "email": f"bench{client_no}-{i}@example.ir" if i % 2 else "",
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
    parser.add_argument("--outbox-workers", type=int, default=2)
    args = parser.parse_args()

    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        # Re-run inside a private PostgreSQL cluster that is removed afterwards.
        os.execv("/bin/bash", ["bash", str(ROOT / ".ci" / "with-postgres.sh"), PYTHON, *sys.argv])

    tmp = Path(tempfile.mkdtemp(prefix="bench-forms-"))
    port = free_port()
    smtp_port, sms_port = free_port(), free_port()
    env = portal_env(
        static_root=tmp / "static",
        FORMS_RATE_LIMITS_ENABLED="0",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_port),
        EMAIL_USE_TLS="0",
        EMAIL_TIMEOUT="5",
        SMS_BACKEND="kavenegar",
        KAVENEGAR_API_KEY="bench-key",
        KAVENEGAR_SENDER="10004346",
        KAVENEGAR_BASE_URL=f"http://127.0.0.1:{sms_port}",
        SMS_TIMEOUT="5",
        # Retries come quickly in a benchmark: 1 s, 2 s, 4 s, ... at most 10 s apart.
        OUTBOX_RETRY_BASE_SECONDS="1",
        OUTBOX_MAX_BACKOFF_SECONDS="10",
        OUTBOX_MAX_ATTEMPTS="1000",
        MEDIA_ROOT=tmp / "media",
        PRIVATE_MEDIA_ROOT=tmp / "private",
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
    workers = [
        subprocess.Popen([PYTHON, "manage.py", "outbox_worker"], cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
        for _n in range(args.outbox_workers)
    ]
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/contact/", timeout=300)
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
    except BaseException:
        for worker in workers:
            worker.kill()
        raise
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()

    def outbox_state():
        out = subprocess.run(
            [
                PYTHON,
                "manage.py",
                "shell",
                "-c",
                "import json; from django.db.models import Count, Max, Min; from forms_pages.models import OutboundMessage as M;"
                f"qs = M.objects.filter(request__subject__startswith='bench {run_id} ');"
                "sent = qs.filter(state='sent').aggregate(first=Min('sent_at'), last=Max('sent_at'));"
                "print(json.dumps({'messages': qs.count(), 'email': qs.filter(channel='email').count(),"
                "'sms': qs.filter(channel='sms').count(), 'pending': qs.filter(state='pending').count(),"
                "'sent': qs.filter(state='sent').count(), 'failed': qs.filter(state='failed').count(),"
                "'attempts': sum(qs.values_list('attempts', flat=True)),"
                "'ids': list(qs.values_list('pk', flat=True)),"
                "'sent_span_seconds': (sent['last'] - sent['first']).total_seconds() if sent['first'] else None}))",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        return json.loads(out.stdout.strip().splitlines()[-1])

    down = outbox_state()
    print(
        f"Channels down: {down['messages']} messages queued ({down['email']} e-mail, {down['sms']} SMS), "
        f"{down['sent']} sent, {down['attempts']} failed attempts so far.",
        flush=True,
    )
    smtp, sms = SmtpSink(smtp_port).start(), KavenegarSink("bench-key", sms_port).start()
    back_at = time.perf_counter()
    print("Channels back: waiting for the outbox to empty…", flush=True)
    try:
        while True:
            state = outbox_state()
            if state["pending"] == 0 or time.perf_counter() - back_at > 900:
                break
            time.sleep(2)
        drain = time.perf_counter() - back_at
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(timeout=60)
        smtp.stop()
        sms.stop()
    expected_ids = {str(pk) for pk in state["ids"]}
    delivery = {
        "outbox_messages": state["messages"],
        "queued_while_down": down["messages"],
        "sent_while_down": down["sent"],
        "failed_attempts_while_down": down["attempts"],
        "sent": state["sent"],
        "still_pending": state["pending"],
        "given_up": state["failed"],
        "smtp_received": len(smtp.message_ids),
        "smtp_distinct_message_ids": len(set(smtp.message_ids)),
        "sms_received": len(sms.local_ids),
        "sms_distinct_localids": len(set(sms.local_ids)),
        "drain_seconds_after_channels_back": round(drain, 1),
        "worker_messages_per_second": round(state["sent"] / state["sent_span_seconds"], 1)
        if state["sent_span_seconds"]
        else None,
    }
    delivered_once = (
        state["sent"] == state["messages"]
        and len(smtp.message_ids) == len(set(smtp.message_ids)) == state["email"]
        and len(sms.local_ids) == len(set(sms.local_ids)) == state["sms"]
        and set(sms.local_ids) <= expected_ids
    )

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
        **delivery,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    every_stored_once = (
        stored["rows"] == stored["distinct_subjects"] == stored["distinct_codes"] == args.requests
        and stored["duplicated_subjects"] == 0
    )
    print("every request stored exactly once with a unique code:", "yes" if every_stored_once else "NO")
    print("every notification queued while down and delivered exactly once after:", "yes" if delivered_once else "NO")
    return 0 if every_stored_once and delivered_once and not failures else 1


if __name__ == "__main__":
    sys.exit(main())
