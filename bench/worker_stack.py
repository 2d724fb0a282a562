#!/usr/bin/env python
"""CPU time and page faults of one uncached request in a gunicorn worker: gunicorn's own sync
worker against the shipped one, whose loop runs on one chunk of Python's frame stack
(home/operations/gunicorn_worker.py, named in deploy/gunicorn.conf.py).

Usage (from the repository root):
    .ci/with-postgres.sh .venv/bin/python bench/worker_stack.py             # demo data
    DATABASE_URL=... .venv/bin/python bench/worker_stack.py --no-seed        # an existing database

Both servers run at once with one worker each, production settings and the page cache off
(the data caches warm, as on a running site). Each page is asked `--rounds` times of each
server in turn, so a machine that slows down slows both alike. The worker's CPU (user and
system) and minor page faults are read from /proc before and after. Prints a Markdown table.
"""

import argparse
import os
import sys
import tempfile
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import MORE_PATHS, discover_paths  # noqa: E402
from stack import free_port, portal_env, prepare_site, start_gunicorn, stop  # noqa: E402

WORKERS = {
    "gunicorn's sync worker": "sync",
    "shipped worker": "home.operations.gunicorn_worker.OneStackChunkSyncWorker",
}


def worker_counters(server):
    """(minor page faults, CPU seconds) of the one worker of a gunicorn master."""
    (worker,) = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    fields = Path(f"/proc/{worker}/stat").read_text().rsplit(")", 1)[1].split()
    # After the command's name: minflt is stat's 10th field, utime and stime its 14th and 15th.
    return int(fields[7]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ask(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        assert response.status == 200, (url, response.status)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40, help="requests of each page to each server")
    parser.add_argument("--no-seed", action="store_true", help="use the database as it is")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("set DATABASE_URL (or run under .ci/with-postgres.sh)")

    tmp = Path(tempfile.mkdtemp(prefix="worker-stack-"))
    env = portal_env(0, tmp / "static", cache_dir=tmp / "cache")
    prepare_site(env, seed=not args.no_seed)
    servers, bases = [], {}
    try:
        for name, worker_class in WORKERS.items():
            port = free_port()
            servers.append(
                start_gunicorn("portal_site.wsgi:application", env, port, workers=1, args=("-k", worker_class))
            )
            bases[name] = (servers[-1], f"http://127.0.0.1:{port}")
        first = next(iter(bases.values()))[1]
        paths = discover_paths(first) | MORE_PATHS
        rows = []
        for label, path in paths.items():
            try:
                for _server, base in bases.values():
                    for _ in range(3):  # the worker's first renders of this page fill its caches
                        ask(base + path)
            except (OSError, AssertionError):
                continue  # not in this database
            totals = {name: [0, 0.0] for name in bases}
            for _ in range(args.rounds):
                for name, (server, base) in bases.items():
                    faults, cpu = worker_counters(server)
                    ask(base + path)
                    faults_after, cpu_after = worker_counters(server)
                    totals[name][0] += faults_after - faults
                    totals[name][1] += cpu_after - cpu
            rows.append((label, *(value / args.rounds for name in bases for value in totals[name])))
    finally:
        stop(servers)

    names = list(WORKERS)
    print(f"\n{args.rounds} requests of each page to each server, one worker each, page cache off.\n")
    print(f"| page | {names[0]}: CPU ms | page faults | {names[1]}: CPU ms | page faults |")
    print("|---|---:|---:|---:|---:|")
    for label, faults_a, cpu_a, faults_b, cpu_b in rows:
        print(f"| {label} | {cpu_a * 1000:.1f} | {faults_a:.0f} | {cpu_b * 1000:.1f} | {faults_b:.0f} |")
    sums = [sum(row[i] for row in rows) for i in range(1, 5)]
    print(f"| all pages | {sums[1] * 1000:.1f} | {sums[0]:.0f} | {sums[3] * 1000:.1f} | {sums[2]:.0f} |")


if __name__ == "__main__":
    main()
