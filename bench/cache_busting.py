#!/usr/bin/env python
"""Random query strings at full concurrency: does /healthz stay fast?

Starts the production stack on loopback (gunicorn with production settings behind nginx with
the cache rules of deploy/nginx.conf), then for DURATION seconds fires CONCURRENCY clients at
pages and PDFs, each request with a fresh random query string (?x=N, or a random ?page=N,
?kind=N, ?category=N), while a separate process times /healthz every 0.2 s. Prints request counts, statuses, how many PDFs were rendered, and
/healthz latency percentiles.

Usage: .ci/with-postgres.sh .venv/bin/python bench/cache_busting.py [--no-seed] [--seconds 30] [--concurrency 32]
Needs Debian's nginx.
"""

import argparse
import collections
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from stack import GUNICORN, PYTHON, ROOT, fetch, free_port, portal_env, prepare_site, stop, wait_for

PATHS = ["/", "/news/", "/services/", "/laws/", "/tenders/", "/search/?q=بیمه", "/en/", "/en/news/"]


# Times GET url every 0.2 s for N seconds; prints "status seconds" per probe.
PROBER = """
import sys, time, urllib.error, urllib.request
url, stop = sys.argv[1], time.time() + float(sys.argv[2])
while time.time() < stop:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0
    print(status, time.perf_counter() - started, flush=True)
    time.sleep(0.2)
"""


def shipped_args_map():
    """The query-string maps and the per-client limit on query strings exactly as
    deploy/nginx.conf ships them (the limit's zone and its lines in `location /`)."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    maps = [
        re.search(rf"map \$\w+ \${name} \{{.*?\n\}}", conf, re.S).group(0)
        for name in ("portal_cache_args", "portal_unknown_args", "portal_query_client", "portal_busy_page")
    ]
    return "\n".join([*maps, re.search(r"limit_req_zone [^;]*;", conf).group(0)])


def shipped_limit():
    """The `limit_req` lines of the shipped `location /`."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    return " ".join(re.findall(r"^\s*(limit_req(?:_status)? [^;]*;)", conf, re.M))


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
        static_root=os.environ.get("STATIC_ROOT") or tmp / "static",
        cache_dir=tmp / "cache",
        TRUSTED_PROXY_COUNT=1,
        DJANGO_LOG_LEVEL="ERROR",
        DJANGO_SERVE_MEDIA=1,
    )
    processes = []
    try:
        prepare_site(env, seed=not options.no_seed)
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
            subprocess.Popen(
                [GUNICORN, "portal_site.wsgi:application", "-b", f"127.0.0.1:{app_port}", "-w", str(options.workers)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=(tmp / "gunicorn.log").open("w"),
            )
        )
        try:
            wait_for(f"http://127.0.0.1:{app_port}/healthz")
        except SystemExit:
            print((tmp / "gunicorn.log").read_text()[-3000:])
            raise
        for sub in ("body", "proxy", "nginx-cache"):
            (tmp / sub).mkdir()
        (tmp / "nginx.conf").write_text(
            f"""daemon off; pid {tmp}/nginx.pid; error_log {tmp}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off; client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/body; uwsgi_temp_path {tmp}/body; scgi_temp_path {tmp}/body;
  proxy_cache_path {tmp}/nginx-cache levels=1:2 keys_zone=portal_pages:10m max_size=100m inactive=10m;
  {shipped_args_map()}
  upstream app {{ server 127.0.0.1:{app_port}; keepalive 16; }}
  server {{ listen 127.0.0.1:{nginx_port};
    location = /healthz {{ proxy_pass http://app; proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr; }}
    error_page 429 $portal_busy_page;
    location ^~ /errors/ {{ internal; root {ROOT / "deploy"}; }}
    location / {{ {shipped_limit()} proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_set_header Host $http_host; proxy_set_header X-Forwarded-For $remote_addr;
      proxy_cache portal_pages; proxy_cache_key "$scheme$host$uri?$portal_cache_args";
      proxy_cache_bypass $portal_unknown_args; proxy_no_cache $portal_unknown_args;
      proxy_cache_lock on; add_header X-Proxy-Cache $upstream_cache_status; }} }}
}}"""
        )
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        processes.append(subprocess.Popen([nginx, "-c", str(tmp / "nginx.conf"), "-p", str(tmp)]))
        front = f"http://127.0.0.1:{nginx_port}"
        wait_for(front + "/healthz")
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
        deadline = time.time() + options.seconds
        statuses = collections.Counter()
        pdf_statuses = collections.Counter()
        lock = threading.Lock()

        def attacker(seed):
            rnd = random.Random(seed)
            while time.time() < deadline:
                path = rnd.choice(paths)
                mark = "&" if "?" in path else "?"
                # A random undeclared parameter, or a random value of a declared one (a page
                # number, a filter value): neither may render a page or make a cache key.
                name = rnd.choice(["x", "x", "page", "kind", "category"])
                url = front + urllib.parse.quote(path, safe="/?=&") + f"{mark}{name}={rnd.getrandbits(48)}"
                status, _, _ = fetch(url)
                with lock:
                    statuses[status] += 1
                    if path.endswith("pdf/"):
                        pdf_statuses[status] += 1

        # The prober is a process of its own: as a thread beside 32 busy client threads it
        # would mostly time its own wait for the GIL, not the server.
        prober = subprocess.Popen(
            [PYTHON, "-c", PROBER, front + "/healthz", str(options.seconds)], stdout=subprocess.PIPE, text=True
        )
        threads = [threading.Thread(target=attacker, args=(n,)) for n in range(options.concurrency)]
        started = time.time()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        health = [tuple(map(float, line.split())) for line in prober.communicate()[0].split("\n") if line]
        elapsed = time.time() - started
        times = sorted(seconds * 1000 for _, seconds in health)
        total = sum(statuses.values())

        def pct(values, q):
            return values[min(len(values) - 1, int(q * len(values)))]

        print(f"stack: nginx -> gunicorn x{options.workers} sync workers, production settings, file cache")
        print(
            f"load: {options.concurrency} clients, {elapsed:.0f} s, every request with a random ?x=N, ?page=N, ?kind=N or ?category=N"
        )
        print(f"requests: {total} ({total / elapsed:.0f}/s), statuses {dict(statuses)}, PDFs {dict(pdf_statuses)}")
        print(f"/healthz idle: median {statistics.median(idle) * 1000:.1f} ms")
        print(
            f"/healthz under load: {len(times)} probes, median {statistics.median(times):.1f} ms, "
            f"p95 {pct(times, 0.95):.1f} ms, max {times[-1]:.1f} ms, "
            f"non-200 {sum(1 for status, _ in health if int(status) != 200)}"
        )
    finally:
        stop(processes)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
