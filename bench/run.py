#!/usr/bin/env python
"""Throughput and latency of the portal's main pages, cache hit and miss, against the
framework's ceiling (a minimal Django view), all served by gunicorn with production settings,
and behind the shipped nginx (deploy/nginx.conf) against nginx serving a static file.

Usage (from the repository root):
    .ci/with-postgres.sh .venv/bin/python bench/run.py            # demo data
    DATABASE_URL=... .venv/bin/python bench/run.py --no-seed       # an existing (e.g. large) database
    ... bench/run.py --redis                                       # the page cache in a private Redis
    ... bench/run.py --cpu                                         # CPU ms and queries per render

Without --redis the servers use production's fallback cache (files shared by the workers).
Each page is measured four ways in one run: rendered on every request (page cache off),
from the app's page cache, from nginx's cache with the shipped configuration in front of the
cached server, and a static file of the same size served by that nginx through the shipped
/static/ rule. The table gives each row's ratio (to the minimal view, or for the nginx row to
the static file) and whether it meets issue 15's target: miss ≥ 0.025, hit ≥ 0.8, nginx ≥ 0.5.
Beside it, each row gives the serving processes' CPU per request during its run (gunicorn's
workers, or nginx) and the same ratio by CPU: on a machine shared with other work the req/s
ratio moves with their load, the CPU ratio much less.

--cpu renders each page in this process through Django's test client with production
settings and the page cache off (the data caches and fragments warm, as on a running site),
and prints the median CPU time (process time, so waiting for PostgreSQL does not count) and
the queries of one render, then the same for the first render after a publish (everything
kept until content changes computed again); it starts no servers and does not need wrk.

Needs `wrk` and `nginx` (Debian packages: `make bench-packages`). Prints a Markdown table;
numbers vary run to run on a busy machine, so compare rows of the same run. The servers are
started by bench/stack.py, shared with the other bench scripts.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from stack import PYTHON, ROOT, free_port, portal_env, start_gunicorn, start_nginx, stop

# Targets of issue 15, as ratios of req/s measured in the same run.
MISS_TARGET = 0.025  # a page rendered on every request, over the minimal Django view
HIT_TARGET = 0.8  # a page from the app's page cache, over the minimal Django view
NGINX_TARGET = 0.5  # a page from nginx's cache, over nginx serving a static file of its size
CPU_TARGET = 12  # ms of CPU per uncached render (--cpu)
CPU_TARGETS = {"search": 15}
QUERIES_TARGET = 10  # queries per uncached render (--cpu)


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
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    return rps, p50, p99, int(errors.group(1)) if errors else 0, requests


def server_cpu(process):
    """CPU seconds a server has used so far: its master process and its workers."""
    pids = [process.pid]
    try:
        pids += [int(pid) for pid in Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()]
    except OSError:
        pass
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime and stime (fields 14 and 15)
    return ticks / os.sysconf("SC_CLK_TCK")


def measured(url, args, server):
    """wrk's figures for `url`, and the server's CPU µs per request it answered meanwhile."""
    before = server_cpu(server)
    rps, p50, p99, errors, requests = wrk(url, args.seconds, args.connections)
    return rps, p50, p99, errors, (server_cpu(server) - before) / max(requests, 1) * 1e6


def discover_paths(base, fetch=None):
    """The pages to measure, found on the running site so the script needs no ids.

    The same demo pages are measured at every data size (the generator only adds to them),
    so a run on the large database compares like with like. `fetch(path)` returns a page's
    text, or None when it does not answer 200 (default: over HTTP from `base`).
    """
    fetch = fetch or (lambda path: _fetch(base + path))
    paths = {"home": "/", "English home": "/en/"}
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


# One page of every other public kind citizens open, for --cpu (the demo's pages; a path that
# does not answer 200 is left out).
MORE_PATHS = {
    "section page": "/labour-relations/",
    "news item": "/news/dispute-board-weekly-sessions/",
    "tender notices": "/tenders/",
    "tender notice": "/tenders/cleaning-services-1405/",
    "contact form": "/contact/",
    "online form": "/forms/e-services-satisfaction/",
    "law": "/laws/labour-law/",
    "notice board": "/notices/",
}


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
    paths.update({name: path for name, path in MORE_PATHS.items() if fetch(path) is not None})
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
    parser.add_argument("--no-nginx", action="store_true", help="skip the rows behind the shipped nginx")
    parser.add_argument("--only", help="comma-separated page names to measure (default: all)")
    parser.add_argument("--cpu", action="store_true", help="CPU ms and queries per render, no servers")
    parser.add_argument("--rounds", type=int, default=30, help="renders per page with --cpu")
    args = parser.parse_args()
    if args.cpu:
        return cpu_main(args)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk (make bench-packages)")
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("set DATABASE_URL (or run through .ci/with-postgres.sh)")

    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp).chmod(0o755)  # nginx's workers read the static files below it
        static = f"{tmp}/static"
        prepare(static, not args.no_seed)

        ports = {"miss": free_port(), "hit": free_port(), "minimal": free_port(), "nginx": free_port()}
        servers = []
        redis_url = None
        try:
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
            app = "portal_site.wsgi:application"
            by_mode = {
                "miss": start_gunicorn(app, portal_env(0, static, f"{tmp}/c0", redis_url), ports["miss"]),
                "hit": start_gunicorn(app, portal_env(300, static, f"{tmp}/c1", redis_url), ports["hit"]),
            }
            servers += by_mode.values()
            by_mode["minimal"] = start_gunicorn(
                "minimal_app:application", dict(os.environ), ports["minimal"], cwd=ROOT / "bench", ready_path="/"
            )
            servers.append(by_mode["minimal"])
            if not args.no_nginx:
                # Without the per-client limit on query strings: wrk is one client (a 429 is not a page).
                by_mode["nginx"] = by_mode["static"] = start_nginx(
                    tmp, ports["nginx"], [ports["hit"]], static, rate_limit=False
                )
                servers.append(by_mode["nginx"])
            rows, paths = measure(args, ports, static, by_mode)
        finally:
            stop(servers)

    cache = "redis" if redis_url else "files"
    print(
        f"wrk -t2 -c{args.connections} -d{args.seconds}s, gunicorn {os.cpu_count() + 1} sync workers, "
        f"production settings, cache in {cache}\n"
    )
    print("| page | served by | req/s | p50 ms | p99 ms | non-2xx | ratio | target | server CPU µs/req | CPU ratio |")
    print("|---|---|---:|---:|---:|---:|---:|---|---:|---:|")
    for name, mode, rps, p50, p99, errors, ratio, target, cpu, cpu_ratio in rows:
        goal = f"≥ {target:g}: {'met' if ratio >= target else 'NOT met'}" if target else ""
        print(
            f"| {name} | {mode} | {rps:,.0f} | {p50:.1f} | {p99:.1f} | {errors} | {ratio:.3f} | {goal} "
            f"| {cpu:,.0f} | {cpu_ratio:.3f} |"
        )
    print(
        "\nratio: req/s over the minimal Django view's measured just before (gunicorn rows), or over "
        "nginx serving a static file of the page's size measured just after (nginx row); the targets "
        "are on this ratio.\nserver CPU µs/req: CPU time of the serving processes (gunicorn's master "
        "and workers, or nginx's) during the row's wrk run over the requests answered; CPU ratio: the "
        "minimal view's (or the static file's) over the row's. It does not count wrk or other users of "
        "the machine, so on a busy machine it is the steadier of the two ratios."
    )
    for name, path in paths.items():
        print(f"\n{name}: {path}", end="")
    print()


MODES = {
    "minimal": "minimal Django view (ceiling)",
    "miss": "gunicorn, page cache off",
    "hit": "gunicorn, page cache on",
    "nginx": "nginx's cache (shipped conf)",
    "static": "nginx, static file of that size",
}


def measure(args, ports, static, servers):
    paths = discover_paths(f"http://127.0.0.1:{ports['miss']}")
    if args.only:
        wanted = set(args.only.split(","))
        paths = {name: path for name, path in paths.items() if name in wanted}
    rows = []
    for name, path in paths.items():
        # The ceiling again beside each page: on a shared machine the load moves within a run.
        minimal_url = f"http://127.0.0.1:{ports['minimal']}/"
        base_rps, base_p50, base_p99, _, base_cpu = measured(minimal_url, args, servers["minimal"])
        rows.append([name, MODES["minimal"], base_rps, base_p50, base_p99, 0, 1.0, None, base_cpu, 1.0])
        static_rps = None
        page_rps = {}
        for mode in ["miss", "hit"] if args.no_nginx else ["miss", "hit", "nginx", "static"]:
            if mode == "static":
                # A static file as long as the page nginx served, through the shipped /static/ rule.
                size = len(urllib.request.urlopen(f"http://127.0.0.1:{ports['nginx']}{path}").read())
                slug = re.sub(r"\W+", "-", name)
                Path(static, f"bench-{slug}.html").write_bytes(b"x" * size)
                url = f"http://127.0.0.1:{ports['nginx']}/static/bench-{slug}.html"
            else:
                url = f"http://127.0.0.1:{ports[mode]}{path}"
            for _ in range(5):  # warm every worker's cache (and nginx's)
                urllib.request.urlopen(url).read()
            if mode == "nginx":
                cached = urllib.request.urlopen(url).headers.get("X-Proxy-Cache")
                if cached != "HIT":
                    print(f"{name}: nginx did not cache {path} (X-Proxy-Cache: {cached})", file=sys.stderr)
            rps, p50, p99, errors, cpu = measured(url, args, servers[mode])
            print(f"{name}, {MODES[mode]}: {rps:,.0f} req/s ({rps / base_rps:.3f})", file=sys.stderr, flush=True)
            page_rps[mode] = rps
            if mode == "static":
                static_rps = rps
            target = {"miss": MISS_TARGET, "hit": HIT_TARGET}.get(mode)
            rows.append(
                [
                    name,
                    MODES[mode],
                    rps,
                    p50,
                    p99,
                    errors,
                    rps / base_rps,
                    target,
                    cpu,
                    base_cpu / cpu if cpu else float("nan"),
                ]
            )
        if static_rps:
            # The nginx row's ratio is to the static file measured right after it.
            for row in rows[-2:]:
                if row[1] == MODES["nginx"]:
                    row[6], row[7], row[9] = (
                        page_rps["nginx"] / static_rps,
                        NGINX_TARGET,
                        rows[-1][8] / (row[8] or float("nan")),
                    )
                elif row[1] == MODES["static"]:
                    row[6], row[7], row[9] = 1.0, None, 1.0
    return [tuple(row) for row in rows], paths


def prepare(static_root, seed):
    env = portal_env(0, static_root)
    manage = [PYTHON, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    if seed:
        subprocess.run([*manage, "seed_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "build_offline_pages"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def cpu_main(args):
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("set DATABASE_URL (or run through .ci/with-postgres.sh)")
    with tempfile.TemporaryDirectory() as tmp:
        prepare(tmp, not args.no_seed)
        paths, rows = cpu_per_render(tmp, args.rounds, set(args.only.split(",")) if args.only else None)
    print(f"Django test client, production settings, page cache off, median of {args.rounds} renders\n")
    print(
        "| page | CPU ms per render (median) | fastest | queries | target "
        "| first render after a publish: CPU ms | queries |"
    )
    print("|---|---:|---:|---:|---|---:|---:|")
    for name, median, fastest, queries, cold, cold_queries in rows:
        cpu_target = CPU_TARGETS.get(name, CPU_TARGET)
        goal = (
            f"CPU ≤ {cpu_target:g}: {'met' if median <= cpu_target else 'NOT met'}; "
            f"queries ≤ {QUERIES_TARGET}: {'met' if queries <= QUERIES_TARGET else 'NOT met'}"
        )
        print(f"| {name} | {median:.1f} | {fastest:.1f} | {queries} | {goal} | {cold:.1f} | {cold_queries} |")
    for name, path in paths.items():
        print(f"\n{name}: {path}", end="")
    print()


if __name__ == "__main__":
    main()
