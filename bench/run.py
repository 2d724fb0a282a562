#!/usr/bin/env python
"""Throughput and latency of the portal's main pages, cache hit and miss, against the
framework's ceiling (a minimal Django view), all served by gunicorn with production settings.

Usage (from the repository root):
    .ci/with-postgres.sh .venv/bin/python bench/run.py            # demo data
    DATABASE_URL=... .venv/bin/python bench/run.py --no-seed       # an existing (e.g. large) database
    ... bench/run.py --redis                                       # the page cache in a private Redis

Without --redis the servers use production's fallback cache (files shared by the workers).

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


def discover_paths(base):
    """The pages to measure, found on the running site so the script needs no ids.

    The same demo pages are measured at every data size (the generator only adds to them),
    so a run on the large database compares like with like.
    """
    paths = {"home": "/"}
    catalogue = urllib.request.urlopen(base + "/services/").read().decode()
    services = re.findall(r'href="(/services/(?!category/|laws/|faq/)[a-z0-9-]+/)"', catalogue)
    if services:
        preferred = "/services/foreign-work-permit/"
        paths["service page"] = preferred if preferred in services or _answers(base + preferred) else services[0]
        paths["filtered catalogue"] = "/services/?type=G2C&level=electronic"
    news = urllib.request.urlopen(base + "/news/").read().decode()
    month = re.search(r'href="(/news/archive/\d+/\d+/)"', news)
    if month:
        paths["news archive month"] = month.group(1)
    paths["search"] = "/search/?q=%D9%83%D8%A7%D8%B1"  # «کار» typed with an Arabic kaf
    return paths


def _answers(url):
    try:
        return urllib.request.urlopen(url).status == 200
    except OSError:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--no-seed", action="store_true", help="use the database as it is")
    parser.add_argument("--redis", action="store_true", help="start a private redis-server for the cache")
    parser.add_argument("--only", help="comma-separated page names to measure (default: all)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk")
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("set DATABASE_URL (or run through .ci/with-postgres.sh)")

    with tempfile.TemporaryDirectory() as tmp:
        env = portal_env(0, tmp)
        manage = [PYTHON, "manage.py"]
        subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
        if not args.no_seed:
            subprocess.run([*manage, "seed_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)

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


if __name__ == "__main__":
    main()
