#!/usr/bin/env python
"""Random query strings at full concurrency: does /healthz stay fast?

Starts the production stack on loopback (gunicorn with production settings behind nginx with
the cache rules of deploy/nginx.conf), then for DURATION seconds fires CONCURRENCY clients at
pages and PDFs, each request with a fresh random query string (?x=N...), while one more client
times /healthz every 0.2 s. Prints request counts, statuses, how many PDFs were rendered, and
/healthz latency percentiles.

Usage: .ci/with-postgres.sh .venv/bin/python bench/cache_busting.py [--no-seed] [--seconds 30] [--concurrency 32]
Needs Debian's nginx.
"""

import argparse
import collections
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from stack import PYTHON, ROOT, fetch, free_port, portal_env, start_gunicorn, start_nginx
from stack import stop as stop_processes

PATHS = ["/", "/news/", "/services/", "/laws/", "/tenders/", "/search/?q=بیمه", "/en/", "/en/news/"]


def main():
    # A timeout's SIGTERM must still stop the servers started here (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-seed", action="store_true")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, default=3)
    options = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("set DATABASE_URL (or run through .ci/with-postgres.sh)")
    tmp = Path(tempfile.mkdtemp(prefix="portal-busting-"))
    tmp.chmod(0o755)  # nginx workers (nobody) write their cache and temp files in here
    app_port, nginx_port = free_port(), free_port()
    env = portal_env(
        cache_seconds=os.environ.get("PAGE_CACHE_SECONDS", 300),
        static_root=os.environ.get("STATIC_ROOT") or tmp / "static",
        cache_dir=tmp / "cache",
        DJANGO_SECRET_KEY="busting-bench-key-0123456789abcdefghijklmnopqrstuvwxyz",
        TRUSTED_PROXY_COUNT="1",
        DJANGO_LOG_LEVEL="ERROR",
        DJANGO_SERVE_MEDIA="1",
    )
    processes = []
    try:
        # A STATIC_ROOT from the environment that was already collected is used as it is.
        collected = (Path(env["STATIC_ROOT"]) / "staticfiles.json").exists()
        steps = [] if collected else [["collectstatic", "--noinput", "-v0"]]
        if not options.no_seed:
            steps = [["migrate", "--noinput", "-v0"], ["seed_demo"]] + steps
        for args in steps:
            print("manage.py", *args, flush=True)
            subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        pdfs = subprocess.run(
            [
                PYTHON,
                "manage.py",
                "shell",
                "-c",
                "from services.models import ServicePage\n"
                "for s in ServicePage.objects.live().order_by('pk')[:6]: print(s.url + 'pdf/')",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        paths = PATHS + [p for p in pdfs if p.startswith("/")]
        processes.append(
            start_gunicorn(
                "portal_site.wsgi:application", env, app_port, workers=options.workers, log=tmp / "gunicorn.log"
            )
        )
        # The shipped deploy/nginx.conf (its cache maps and proxy rules), on loopback.
        processes.append(start_nginx(tmp, nginx_port, [app_port], env["STATIC_ROOT"]))
        front = f"http://127.0.0.1:{nginx_port}"
        print(f"stack up; warming {len(paths)} paths", flush=True)
        # Warm: each page and PDF once, as after any content change. A cold render can take
        # seconds on a busy machine, so wait for each and check the app's cache has it.
        for path in paths:
            url = front + urllib.parse.quote(path, safe="/?=&")
            fetch(url, timeout=180)
            status, headers, seconds = fetch(url + ("&" if "?" in path else "?") + "x=warm", timeout=180)
            print(f"  {path}: {status} {headers.get('X-Cache', '-')} {seconds * 1000:.0f} ms", flush=True)
            if status >= 500:
                print((tmp / "nginx-error.log").read_text()[-1500:], flush=True)
                print((tmp / "gunicorn.log").read_text()[-1500:], flush=True)

        idle = [fetch(front + "/healthz")[2] for _ in range(20)]
        stop = time.time() + options.seconds
        statuses = collections.Counter()
        pdf_statuses = collections.Counter()
        health = []
        lock = threading.Lock()

        def attacker(seed):
            rnd = random.Random(seed)
            while time.time() < stop:
                path = rnd.choice(paths)
                mark = "&" if "?" in path else "?"
                url = front + urllib.parse.quote(path, safe="/?=&") + f"{mark}x={rnd.getrandbits(48)}"
                status, _, _ = fetch(url)
                with lock:
                    statuses[status] += 1
                    if path.endswith("pdf/"):
                        pdf_statuses[status] += 1

        def prober():
            while time.time() < stop:
                status, _, seconds = fetch(front + "/healthz")
                health.append((status, seconds))
                time.sleep(0.2)

        threads = [threading.Thread(target=attacker, args=(n,)) for n in range(options.concurrency)]
        threads.append(threading.Thread(target=prober))
        started = time.time()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.time() - started
        times = sorted(seconds * 1000 for _, seconds in health)
        total = sum(statuses.values())

        def pct(values, q):
            return values[min(len(values) - 1, int(q * len(values)))]

        print(f"stack: nginx -> gunicorn x{options.workers} sync workers, production settings, file cache")
        print(f"load: {options.concurrency} clients, {elapsed:.0f} s, every request with a random ?x=N")
        print(f"requests: {total} ({total / elapsed:.0f}/s), statuses {dict(statuses)}, PDFs {dict(pdf_statuses)}")
        print(f"/healthz idle: median {statistics.median(idle) * 1000:.1f} ms")
        print(
            f"/healthz under load: {len(times)} probes, median {statistics.median(times):.1f} ms, "
            f"p95 {pct(times, 0.95):.1f} ms, max {times[-1]:.1f} ms, "
            f"non-200 {sum(1 for status, _ in health if status != 200)}"
        )
    finally:
        stop_processes(processes)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
