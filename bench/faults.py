#!/usr/bin/env python
"""A bad day in the server room: does the portal survive faults with nothing lost?

Starts the production stack on loopback, as deploy/ runs it: nginx with deploy/nginx.conf
(only ports, paths and the TLS lines adapted), two gunicorn servers with
deploy/gunicorn.conf.py, a private PostgreSQL, Redis, and the outbox worker
(`manage.py outbox_worker`, restarted when it exits, like portal-worker.service). Citizens'
attachments go to a small tmpfs, so the upload disk can be filled.

A steady stream of citizens runs throughout: contact requests with a PDF attachment (each
from its own address, as real citizens are, so the rate limits stay on), tracking look-ups of
the codes they got, and page views. Then, in turn:

1. a gunicorn worker is killed with SIGKILL while it is serving a request;
2. PostgreSQL is restarted;
3. Redis is stopped for 30 s;
4. the upload disk is filled to the last byte for 20 s.

It prints what citizens saw in each phase (status codes, whether every error page was
Persian, time to recover) and what was stored: every submission that got a tracking code
must be stored exactly once with its attachment on disk; no attachment file may be left
without its request; every queued message must be sent once the faults are over.

Usage (as root: it mounts a tmpfs and runs PostgreSQL as the postgres user):
    .venv/bin/python bench/faults.py [--no-seed] [--app-ports 8161,8162] [--pg-port 18160] ...
Needs Debian's postgresql, redis-server and nginx.

The pieces: fault_stack.py (the stack and the faults), fault_citizens.py (the citizens and
what they saw), fault_report.py (the table and the check of what was stored).
"""

import argparse
import itertools
import os
import shutil
import signal
import sys
import threading
import time
from pathlib import Path

from fault_citizens import Recorder, minimal_pdf, reader, submitter, tracker
from fault_report import report
from fault_stack import FaultStack


def main():
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-seed", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs)")
    parser.add_argument("--app-ports", default="8161,8162")
    parser.add_argument("--nginx-port", type=int, default=18162)
    parser.add_argument("--pg-port", type=int, default=18160)
    parser.add_argument("--redis-port", type=int, default=18161)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--upload-mb", type=int, default=8)
    parser.add_argument("--attachment-kb", type=int, default=60)
    parser.add_argument("--calm", type=int, default=15, help="seconds of normal load between faults")
    options = parser.parse_args()
    options.app_ports = [int(p) for p in options.app_ports.split(",")]
    if os.geteuid() != 0:
        raise SystemExit("run as root (tmpfs mount, PostgreSQL as the postgres user)")
    for tool in ("nginx", "redis-server"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            raise SystemExit(f"{tool} is not installed")
    stack = FaultStack(options)
    recorder = Recorder()
    stop = threading.Event()
    threads = []
    try:
        stack.start()
        print("stack up; citizens start", flush=True)
        pdf = minimal_pdf(options.attachment_kb * 1024)
        departments = []
        # 127.1.0.1, 127.1.0.2, ...: every citizen from an address of their own.
        addresses = (f"127.{1 + n // 65025}.{n // 255 % 255}.{1 + n % 255}" for n in itertools.count())
        lock = threading.Lock()

        def next_address():
            with lock:
                return next(addresses)

        class Addresses:
            def __next__(self):
                return next_address()

        front = options.nginx_port
        threads = [
            threading.Thread(target=submitter, args=(front, recorder, stop, Addresses(), pdf, departments))
            for _ in range(3)
        ]
        threads.append(threading.Thread(target=tracker, args=(front, recorder, stop, Addresses())))
        threads += [threading.Thread(target=reader, args=(front, recorder, stop)) for _ in range(2)]
        for thread in threads:
            thread.start()
        phases = []
        faults = [
            ("no fault", lambda: "steady load"),
            ("gunicorn worker SIGKILL", stack.kill_worker),
            ("PostgreSQL restart", stack.restart_postgres),
            ("Redis stopped 30 s", stack.redis_down),
            ("upload disk full 20 s", stack.fill_uploads),
        ]
        for name, fault in faults:
            start = time.time()
            time.sleep(3)
            print(f"{time.strftime('%H:%M:%S')} {name}", flush=True)
            note = fault()
            fault_end = time.time()
            time.sleep(options.calm)
            phases.append((name, start, time.time(), fault_end, note))
        stop.set()
        for thread in threads:
            thread.join()
        # The outbox worker sends what is queued; messages whose push failed while Redis was
        # down are queued again by its requeue round (every minute, once 2 minutes old).
        stack.wait_for_outbox(seconds=300)
        ok = report(recorder, phases, stack, len(pdf), options)
        print("OK: nothing lost" if ok else "FAILED: see above")
    finally:
        stop.set()
        for thread in threads:
            thread.join(60)
        stack.stop()
        if options.keep:
            print(f"logs kept in {stack.log}")


if __name__ == "__main__":
    main()
