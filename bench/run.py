#!/usr/bin/env python
"""Throughput and latency of the portal's main pages, cache hit and miss, against the
framework's ceiling (a minimal Django view), all served by gunicorn with production settings.

Usage (from the repository root):
    .ci/with-postgres.sh .venv/bin/python bench/run.py            # demo data
    DATABASE_URL=... .venv/bin/python bench/run.py --no-seed       # an existing (e.g. large) database
    ... bench/run.py --redis                                       # the page cache in a private Redis
    ... bench/run.py --cpu                                         # CPU ms and queries per render

Without --redis the servers use production's fallback cache (files shared by the workers).
--cpu renders each page in this process through Django's test client with production
settings and the page cache off (the data caches and fragments warm, as on a running site),
and prints the median CPU time (process time, so waiting for PostgreSQL does not count) and
the queries of one render, then the same for the first render after a publish (everything
kept until content changes computed again); it starts no servers and does not need wrk.

Needs `wrk` (Debian package). Prints a Markdown table; numbers vary run to run on a busy
machine, so compare rows of the same run.
"""

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def portal_env(cache_seconds, static_root, cache_dir=None, redis_url=None):
    env = dict(os.environ)
    if redis_url:
        env["REDIS_URL"] = redis_url
    if cache_dir:
        env["CACHE_DIR"] = cache_dir
    env.update(
        DJANGO_SETTINGS_MODULE="portal_site.settings.production",
        DJANGO_SECRET_KEY=env.get("DJANGO_SECRET_KEY", "bench-secret-key-0123456789abcdefghijklmnopqrstuvwxyz"),
        DJANGO_HTTPS="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        DEFAULT_FROM_EMAIL="portal@example.ir",
        PAGE_CACHE_SECONDS=str(cache_seconds),
        STATIC_ROOT=static_root,
        DJANGO_LOG_LEVEL="WARNING",
    )
    return env


def start(args, env, port, cwd=ROOT):
    process = subprocess.Popen(
        [GUNICORN, *args, "-b", f"127.0.0.1:{port}", "-w", str(os.cpu_count() + 1), "--log-level", "warning"],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit(f"server on port {port} did not start")


def to_ms(value):
    match = re.match(r"([\d.]+)(us|ms|s|m)$", value)
    if not match:
        return float("nan")
    number, unit = match.groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(url, seconds, connections):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "50%" not in out:
        print(out, file=sys.stderr)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    # The distribution lines start with the percentile (other lines hold "…50%" figures too).
    p50 = to_ms((re.search(r"^\s+50%\s+(\S+)", out, re.M) or re.search("()", "")).group(1))
    p99 = to_ms((re.search(r"^\s+99%\s+(\S+)", out, re.M) or re.search("()", "")).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, p50, p99, int(errors.group(1)) if errors else 0


def discover_paths(base, fetch=None):
    """The pages to measure, found on the running site so the script needs no ids.

    The same demo pages are measured at every data size (the generator only adds to them),
    so a run on the large database compares like with like. `fetch(path)` returns a page's
    text, or None when it does not answer 200 (default: over HTTP from `base`).
    """
    fetch = fetch or (lambda path: _fetch(base + path))
    paths = {"home": "/"}
    catalogue = fetch("/services/") or ""
    services = re.findall(r'href="(/services/(?!category/|laws/|faq/)[a-z0-9-]+/)"', catalogue)
    if services:
        preferred = "/services/foreign-work-permit/"
        paths["service page"] = preferred if preferred in services or fetch(preferred) is not None else services[0]
        paths["filtered catalogue"] = "/services/?type=G2C&level=electronic"
    news = fetch("/news/") or ""
    month = re.search(r'href="(/news/archive/\d+/\d+/)"', news)
    if month:
        paths["news archive month"] = month.group(1)
    paths["search"] = "/search/?q=%D9%83%D8%A7%D8%B1"  # «کار» typed with an Arabic kaf
    return paths


def _fetch(url):
    try:
        return urllib.request.urlopen(url).read().decode()
    except OSError:
        return None


def cpu_per_render(tmp, rounds, only=None):
    """Median CPU ms and the query count of one render per page, in this process."""
    import statistics

    os.environ.update(portal_env(0, tmp, f"{tmp}/cache"))
    os.environ["DJANGO_ALLOWED_HOSTS"] += ",testserver"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from home.caching.page_cache import purge_all

    client = Client()

    def fetch(path):
        response = client.get(path)
        return response.content.decode() if response.status_code == 200 else None

    paths = discover_paths("", fetch)
    if only:
        paths = {name: path for name, path in paths.items() if name in only}
    rows = []
    for name, path in paths.items():
        for _ in range(3):  # fill the data caches a first visit fills
            assert client.get(path).status_code == 200, path
        times = []
        for _ in range(rounds):
            start = time.process_time()
            client.get(path)
            times.append((time.process_time() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        # The first render after a publish: every generation-keyed part is computed again.
        cold = []
        for _ in range(max(3, rounds // 6)):
            purge_all()
            start = time.process_time()
            with CaptureQueriesContext(connection) as cold_queries:
                client.get(path)
            cold.append((time.process_time() - start) * 1000)
        rows.append(
            (name, statistics.median(times), min(times), len(queries), statistics.median(cold), len(cold_queries))
        )
    return paths, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--no-seed", action="store_true", help="use the database as it is")
    parser.add_argument("--redis", action="store_true", help="start a private redis-server for the cache")
    parser.add_argument("--only", help="comma-separated page names to measure (default: all)")
    parser.add_argument("--cpu", action="store_true", help="CPU ms and queries per render, no servers")
    parser.add_argument("--rounds", type=int, default=30, help="renders per page with --cpu")
    args = parser.parse_args()
    if args.cpu:
        return cpu_main(args)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk")
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("set DATABASE_URL (or run through .ci/with-postgres.sh)")

    with tempfile.TemporaryDirectory() as tmp:
        prepare(tmp, not args.no_seed)

        ports = {"miss": free_port(), "hit": free_port(), "minimal": free_port()}
        servers = []
        redis_url = None
        if args.redis:
            redis_port = free_port()
            servers.append(
                subprocess.Popen(
                    ["redis-server", "--port", str(redis_port), "--save", "", "--appendonly", "no", "--dir", tmp],
                    stdout=subprocess.DEVNULL,
                )
            )
            redis_url = f"redis://127.0.0.1:{redis_port}/0"
            time.sleep(0.5)
        cache = "redis" if redis_url else "files"
        servers += [
            start(["portal_site.wsgi:application"], portal_env(0, tmp, f"{tmp}/c0", redis_url), ports["miss"]),
            start(["portal_site.wsgi:application"], portal_env(300, tmp, f"{tmp}/c1", redis_url), ports["hit"]),
            start(["minimal_app:application"], dict(os.environ), ports["minimal"], cwd=ROOT / "bench"),
        ]
        try:
            paths = discover_paths(f"http://127.0.0.1:{ports['miss']}")
            if args.only:
                wanted = set(args.only.split(","))
                paths = {name: path for name, path in paths.items() if name in wanted}
            rows = []
            base_rps, base_p50, base_p99, _ = wrk(
                f"http://127.0.0.1:{ports['minimal']}/", args.seconds, args.connections
            )
            rows.append(("minimal Django view (ceiling)", "-", base_rps, base_p50, base_p99, 0, 1.0))
            for name, path in paths.items():
                for mode in ("miss", "hit"):
                    url = f"http://127.0.0.1:{ports[mode]}{path}"
                    for _ in range(5):  # warm every worker's cache
                        urllib.request.urlopen(url).read()
                    rps, p50, p99, errors = wrk(url, args.seconds, args.connections)
                    rows.append((name, mode, rps, p50, p99, errors, rps / base_rps))
        finally:
            for server in servers:
                server.terminate()
                server.wait()

    print(
        f"wrk -t2 -c{args.connections} -d{args.seconds}s, gunicorn {os.cpu_count() + 1} sync workers, "
        f"production settings, cache in {cache}\n"
    )
    print("| page | cache | req/s | p50 ms | p99 ms | non-2xx | ratio to minimal view |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, mode, rps, p50, p99, errors, ratio in rows:
        print(f"| {name} | {mode} | {rps:,.0f} | {p50:.1f} | {p99:.1f} | {errors} | {ratio:.2f} |")
    for name, path in paths.items():
        print(f"\n{name}: {path}", end="")
    print()


def prepare(tmp, seed):
    env = portal_env(0, tmp)
    manage = [PYTHON, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    if seed:
        subprocess.run([*manage, "seed_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)


def cpu_main(args):
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("set DATABASE_URL (or run through .ci/with-postgres.sh)")
    with tempfile.TemporaryDirectory() as tmp:
        prepare(tmp, not args.no_seed)
        paths, rows = cpu_per_render(tmp, args.rounds, set(args.only.split(",")) if args.only else None)
    print(f"Django test client, production settings, page cache off, median of {args.rounds} renders\n")
    print("| page | CPU ms per render (median) | fastest | queries | first render after a publish: CPU ms | queries |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, median, fastest, queries, cold, cold_queries in rows:
        print(f"| {name} | {median:.1f} | {fastest:.1f} | {queries} | {cold:.1f} | {cold_queries} |")
    for name, path in paths.items():
        print(f"\n{name}: {path}", end="")
    print()


if __name__ == "__main__":
    main()
