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
    .venv/bin/python bench/faults.py [--no-seed] [--ports 8161,8162] [--pg-port 18160] ...
Needs Debian's postgresql, redis-server and nginx.
"""

import argparse
import collections
import http.client
import itertools
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
PG_BIN = Path(sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]) if Path("/usr/lib/postgresql").exists() else None
PAGES = ["/", "/news/", "/services/", "/laws/", "/tenders/", "/contact/", "/en/", "/en/news/"]
PERSIAN = re.compile("[\u0600-\u06ff]{3}")


def as_postgres(*args, **kwargs):
    return subprocess.run(["runuser", "-u", "postgres", "--", *map(str, args)], check=True, **kwargs)


def minimal_pdf(size):
    """A PDF of about `size` bytes (the form checks the signature, the desk opens it)."""
    body = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    padding = b"% " + b"x" * 70 + b"\n"
    while len(body) < size:
        body += padding
    return body + b"trailer<</Root 1 0 R>>\n%%EOF\n"


class Client:
    """One citizen's browser: cookies, and its own source address on the loopback network."""

    def __init__(self, port, address="127.0.0.1"):
        self.port, self.address, self.cookies = port, address, {}

    def request(self, method, path, body=None, headers=None, timeout=60):
        headers = dict(headers or {})
        headers["Host"] = "127.0.0.1"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=timeout, source_address=(self.address, 0)
        )
        started = time.time()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = header.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            return response.status, response.headers, text, started
        except OSError as error:
            return 0, {}, f"{type(error).__name__}: {error}", started
        finally:
            connection.close()


def error_kind(status, text):
    """How an error looked to a citizen: Persian page, nginx's bare page, or something else."""
    if status == 0:
        return "no answer"
    if "<center>nginx" in text:
        return "nginx's bare page"
    return "Persian page" if PERSIAN.search(text) else "non-Persian page"


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.events = []  # (started, finished, kind, status, error kind or "")
        self.submissions = []  # dicts: token, mobile, status, code, started

    def add(self, started, kind, status, text, ok):
        with self.lock:
            self.events.append((started, time.time(), kind, status, "" if ok else error_kind(status, text)))


def submitter(front, recorder, stop, addresses, pdf, departments):
    while not stop.is_set():
        client = Client(front, next(addresses))
        token = uuid.uuid4().hex[:12]
        mobile = "0912" + f"{random.randrange(10**7):07d}"
        status, _, text, started = client.request("GET", "/contact/")
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)
        if status != 200 or not match:
            recorder.add(started, "submission", status, text, False)
            time.sleep(0.5)
            continue
        if not departments:
            departments.extend(re.findall(r'<option value="(\d+)"', text))
        fields = {
            "csrfmiddlewaretoken": match.group(1),
            "kind": "question",
            "department": random.choice(departments),
            "subject": f"پرسش آزمون خطا {token}",
            "text": "پرسش دربارهٔ بیمهٔ بیکاری که در آزمون خطاهای سرور فرستاده شد.",
            "name": "شهروند آزمون",
            "mobile": mobile,
            "email": "",
            "national_id": "",
            "website": "",
        }
        boundary = "----portalfaults" + token
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
            for k, v in fields.items()
        ]
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="letter-{token}.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n".encode()
            + pdf
            + b"\r\n"
        )
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        status, headers, text, started = client.request(
            "POST", "/contact/", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )
        code = None
        if status == 302:
            thanks_status, _, thanks, _ = client.request("GET", headers["Location"])
            found = re.search(r'data-code="(\d+)"', thanks)
            code = found.group(1) if thanks_status == 200 and found else None
        recorder.add(started, "submission", status, text, code is not None)
        with recorder.lock:
            recorder.submissions.append(
                {"token": token, "mobile": mobile, "status": status, "code": code, "started": started}
            )
        time.sleep(0.3)


def tracker(front, recorder, stop, addresses):
    while not stop.is_set():
        with recorder.lock:
            known = [s for s in recorder.submissions if s["code"]]
        if not known:
            time.sleep(0.5)
            continue
        chosen = random.choice(known)
        client = Client(front, next(addresses))
        status, _, text, started = client.request("GET", "/track/")
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)
        if status == 200 and match:
            body = f"csrfmiddlewaretoken={match.group(1)}&code={chosen['code']}&contact={chosen['mobile']}"
            status, headers, text, started = client.request(
                "POST", "/track/", body.encode(), {"Content-Type": "application/x-www-form-urlencoded"}
            )
            ok = status == 302 and "/track/" in headers.get("Location", "")
        else:
            ok = False
        recorder.add(started, "tracking look-up", status, text, ok)
        time.sleep(0.4)


def reader(front, recorder, stop):
    client = Client(front)
    while not stop.is_set():
        status, _, text, started = client.request("GET", random.choice(PAGES))
        recorder.add(started, "page view", status, text, status == 200)
        time.sleep(0.1)


class Stack:
    def __init__(self, options):
        self.options = options
        self.tmp = Path(tempfile.mkdtemp(prefix="portal-faults-"))
        self.tmp.chmod(0o755)
        self.processes = {}
        self.pgdata = self.tmp / "pg"
        self.private = self.tmp / "private"
        self.log = self.tmp / "logs"
        self.log.mkdir()
        self.mounted = False
        self.worker_thread = None
        self.stopping = threading.Event()
        self.worker_restarts = 0

    # -- pieces -------------------------------------------------------------------------------
    def start_postgres(self):
        self.pgdata.mkdir()
        shutil.chown(self.pgdata, "postgres", "postgres")
        as_postgres(
            PG_BIN / "initdb", "-D", self.pgdata / "data", "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C.UTF-8", stdout=subprocess.DEVNULL,
        )  # fmt: skip
        self.pg_ctl("start")
        as_postgres(PG_BIN / "createdb", "-h", "127.0.0.1", "-p", self.options.pg_port, "-U", "postgres", "portal")

    def pg_ctl(self, action):
        options = f"-p {self.options.pg_port} -k {self.pgdata} -c listen_addresses=127.0.0.1 -c fsync=off"
        extra = ["-m", "fast"] if action in ("stop", "restart") else []
        as_postgres(
            PG_BIN / "pg_ctl", "-D", self.pgdata / "data", "-l", self.pgdata / "log", "-w", "-o", options, *extra,
            action, stdout=subprocess.DEVNULL,
        )  # fmt: skip

    def start_redis(self):
        self.processes["redis"] = subprocess.Popen(
            ["redis-server", "--port", str(self.options.redis_port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.tmp)],
            stdout=(self.log / "redis.log").open("a"),
        )  # fmt: skip
        for _ in range(50):
            probe = subprocess.run(
                ["redis-cli", "-p", str(self.options.redis_port), "ping"], capture_output=True, text=True
            )
            if probe.stdout.strip() == "PONG":
                return
            time.sleep(0.1)
        raise SystemExit("redis did not start")

    def stop_redis(self):
        process = self.processes.pop("redis")
        process.terminate()
        process.wait(10)

    def env(self):
        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE="portal_site.settings.production",
            DJANGO_SECRET_KEY="faults-bench-key-0123456789abcdefghijklmnopqrstuvwxyz0123",
            DJANGO_HTTPS="0",
            DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
            WAGTAILADMIN_BASE_URL="http://127.0.0.1",
            DEFAULT_FROM_EMAIL="portal@example.ir",
            DATABASE_URL=f"postgres://postgres@127.0.0.1:{self.options.pg_port}/portal",
            REDIS_URL=f"redis://127.0.0.1:{self.options.redis_port}/0",
            TRUSTED_PROXY_COUNT="1",
            STATIC_ROOT=os.environ.get("STATIC_ROOT") or str(self.tmp / "static"),
            MEDIA_ROOT=str(self.tmp / "media"),
            PRIVATE_MEDIA_ROOT=str(self.private),
            EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
            EMAIL_FILE_PATH=str(self.tmp / "mail"),
            SMS_BACKEND="file",
            SMS_FILE_PATH=str(self.tmp / "sms"),
            DJANGO_LOG_LEVEL="WARNING",
            GUNICORN_WORKERS=str(self.options.workers),
        )
        return env

    def manage(self, *args, capture=False):
        return subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=self.env(), check=True, text=True,
            stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
        )  # fmt: skip

    def start_app(self, port):
        env = self.env()
        env["GUNICORN_BIND"] = f"127.0.0.1:{port}"
        self.processes[f"gunicorn:{port}"] = subprocess.Popen(
            [GUNICORN, "-c", "deploy/gunicorn.conf.py", "portal_site.wsgi:application"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(self.log / f"gunicorn-{port}.log").open("a"),
        )

    def run_worker(self):
        """manage.py outbox_worker, started again 5 s after it exits (Restart=always, RestartSec=5)."""
        while not self.stopping.is_set():
            process = subprocess.Popen(
                [PYTHON, "manage.py", "outbox_worker"],
                cwd=ROOT,
                env=self.env(),
                stdout=(self.log / "worker.log").open("a"),
                stderr=subprocess.STDOUT,
            )
            self.processes["worker"] = process
            while process.poll() is None and not self.stopping.is_set():
                time.sleep(0.2)
            if self.stopping.is_set():
                return
            self.worker_restarts += 1
            self.stopping.wait(5)

    def nginx_conf(self):
        """deploy/nginx.conf with only the loopback differences substituted."""
        conf = (ROOT / "deploy" / "nginx.conf").read_text()
        servers = " ".join(f"server 127.0.0.1:{p} max_fails=3 fail_timeout=10s;" for p in self.options.app_ports)
        conf = re.sub(
            r"upstream portal_app \{.*?\n\}",
            f"upstream portal_app {{ least_conn; {servers} keepalive 32; }}",
            conf,
            flags=re.S,
        )
        conf = re.sub(r"\nserver \{\n    listen 80;.*?\n\}\n", "\n", conf, flags=re.S)
        conf = re.sub(r"\n    # Only the app servers may purge\..*?\n    \}\n", "\n", conf, flags=re.S)
        conf = re.sub(r"\n    ssl_[a-z_]+ [^\n]*", "", conf)
        replacements = {
            "/var/cache/nginx/portal": f"{self.tmp}/nginx-cache",
            "listen 443 ssl;": f"listen 127.0.0.1:{self.options.nginx_port};",
            "    http2 on;\n": "",
            "server_name portal.example.ir;": "server_name 127.0.0.1;",
            "alias /srv/portal/static/;": f"alias {self.env()['STATIC_ROOT']}/;",
            "alias /srv/portal/media/;": f"alias {self.tmp / 'media'}/;",
            "root /srv/portal/app/deploy;": f"root {ROOT / 'deploy'};",
        }
        for old, new in replacements.items():
            assert old in conf, old
            conf = conf.replace(old, new)
        for sub in ("body", "proxy", "nginx-cache"):
            (self.tmp / sub).mkdir(exist_ok=True)
        return f"""daemon off; pid {self.tmp}/nginx.pid; error_log {self.log}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  include /etc/nginx/mime.types; access_log {self.log}/nginx-access.log;
  client_body_temp_path {self.tmp}/body; proxy_temp_path {self.tmp}/proxy; fastcgi_temp_path {self.tmp}/body;
  uwsgi_temp_path {self.tmp}/body; scgi_temp_path {self.tmp}/body;
{conf}
}}"""

    def start(self):
        self.start_postgres()
        self.start_redis()
        self.private.mkdir()
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={self.options.upload_mb}m", "tmpfs", str(self.private)], check=True
        )
        self.mounted = True
        collected = (Path(self.env()["STATIC_ROOT"]) / "staticfiles.json").exists()
        steps = [["migrate", "--noinput", "-v0"]]
        if not self.options.no_seed:
            steps.append(["seed_demo"])
        if not collected:
            steps.append(["collectstatic", "--noinput", "-v0"])
        for args in steps:
            print("manage.py", *args, flush=True)
            self.manage(*args)
        for port in self.options.app_ports:
            self.start_app(port)
        self.worker_thread = threading.Thread(target=self.run_worker, daemon=True)
        self.worker_thread.start()
        (self.tmp / "nginx.conf").write_text(self.nginx_conf())
        self.processes["nginx"] = subprocess.Popen(
            [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(self.tmp / "nginx.conf"), "-p", str(self.tmp)]
        )
        deadline = time.time() + 180
        for port in [*self.options.app_ports, self.options.nginx_port]:
            while Client(port).request("GET", "/healthz", timeout=5)[0] != 200:
                if time.time() > deadline:
                    raise SystemExit(f"port {port} did not answer /healthz; logs in {self.log}")
                time.sleep(0.5)

    def stop(self):
        self.stopping.set()
        for process in reversed(list(self.processes.values())):
            process.terminate()
        for process in self.processes.values():
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
        if self.pgdata.exists():
            try:
                self.pg_ctl("stop")
            except subprocess.CalledProcessError:
                pass
        if self.mounted:
            subprocess.run(["umount", str(self.private)])
        if not self.options.keep:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def wait_for_outbox(self, seconds):
        script = (
            "from forms_pages.models.outbox import OutboundMessage\n"
            "print(OutboundMessage.objects.filter(state='pending').count())"
        )
        deadline = time.time() + seconds
        while time.time() < deadline:
            pending = int(self.manage("shell", "-c", script, capture=True).stdout.split()[-1])
            if not pending:
                return
            print(f"{time.strftime('%H:%M:%S')} {pending} outbox messages pending", flush=True)
            time.sleep(20)

    # -- faults -------------------------------------------------------------------------------
    def busy_worker(self, port, seconds=5):
        """A worker of the gunicorn server on `port` that is running (serving a request) now."""
        master = self.processes[f"gunicorn:{port}"].pid
        deadline = time.time() + seconds
        while time.time() < deadline:
            for stat in Path("/proc").glob("[0-9]*/stat"):
                try:
                    fields = stat.read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == master and fields[0] == "R":
                    return int(stat.parent.name)
            time.sleep(0.005)
        return None

    def kill_worker(self):
        pid = self.busy_worker(self.options.app_ports[0])
        if pid is None:
            return "no worker was busy within 5 s"
        os.kill(pid, signal.SIGKILL)
        return f"SIGKILL to worker {pid} while it was running a request"

    def restart_postgres(self):
        self.pg_ctl("restart")
        return "pg_ctl restart -m fast"

    def redis_down(self, seconds=30):
        self.stop_redis()
        time.sleep(seconds)
        self.start_redis()
        return f"redis stopped for {seconds} s"

    def fill_uploads(self, seconds=20):
        filler = self.private / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for size in (1 << 20, 1 << 12, 1):  # to the last byte
                try:
                    while True:
                        os.write(fd, b"\0" * size)
                except OSError:
                    pass
        finally:
            os.close(fd)
        free = shutil.disk_usage(self.private).free
        time.sleep(seconds)
        filler.unlink()
        return f"upload disk full ({free} bytes free) for {seconds} s"


def stored(stack, tokens):
    """What the database and the upload disk hold for the bench's submissions."""
    script = f"""
import json, os
from django.conf import settings
from forms_pages.models import CitizenRequest, RequestAttachment
from forms_pages.models.outbox import OutboundMessage
tokens = json.load(open({str(stack.tmp / "tokens.json")!r}))
rows = {{}}
for r in CitizenRequest.objects.filter(subject__startswith="پرسش آزمون خطا").prefetch_related("attachments"):
    token = r.subject.rsplit(" ", 1)[-1]
    files = [(a.file.name, a.size, os.path.exists(a.file.path) and os.path.getsize(a.file.path)) for a in r.attachments.all()]
    rows.setdefault(token, []).append({{"code": r.code, "files": files}})
known = set(RequestAttachment.objects.values_list("file", flat=True))
orphans = []
for folder, _dirs, names in os.walk(settings.PRIVATE_MEDIA_ROOT):
    for name in names:
        path = os.path.relpath(os.path.join(folder, name), settings.PRIVATE_MEDIA_ROOT)
        if path not in known and path != "filler":
            orphans.append(path)
states = {{}}
for state in OutboundMessage.objects.filter(request__subject__startswith="پرسش آزمون خطا").values_list("state", flat=True):
    states[state] = states.get(state, 0) + 1
print(json.dumps({{"rows": rows, "orphans": orphans, "outbox": states}}))
"""
    (stack.tmp / "tokens.json").write_text(json.dumps(tokens))
    output = stack.manage("shell", "-c", script, capture=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def report(recorder, phases, stack, pdf_size, options):
    print()
    print(f"machine: {os.cpu_count()} cores; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(
        f"stack: nginx (deploy/nginx.conf) -> 2 gunicorn servers x{options.workers} sync workers "
        "(deploy/gunicorn.conf.py), PostgreSQL 15, Redis, outbox worker; uploads on a "
        f"{options.upload_mb} MB tmpfs; attachment {pdf_size // 1024} KB"
    )
    header = (
        f"{'phase':<24} {'kind':<17} {'requests':>8} {'ok':>5} {'failed: statuses':<18} {'error pages':<22} "
        f"{'recovered':>9} {'median':>7} {'max':>6}"
    )
    print(header)
    print("-" * len(header))
    rows = []
    for name, start, end, fault_end, note in phases:
        events = [e for e in recorder.events if start <= e[0] < end]
        for kind in ("submission", "tracking look-up", "page view"):
            mine = [e for e in events if e[2] == kind]
            failed = [e for e in mine if e[4]]
            statuses = collections.Counter(e[3] for e in failed)
            pages = collections.Counter(e[4] for e in failed)
            if failed:
                last = max(e[1] for e in failed)
                recovered = f"{max(0.0, last - fault_end):.1f} s"
            else:
                recovered = "-"
            status_text = " ".join(f"{s}×{n}" for s, n in sorted(statuses.items())) or "-"
            page_text = ", ".join(f"{p} ×{n}" for p, n in pages.items()) or "-"
            page_text = page_text.replace("Persian page", "Persian")
            durations = sorted(e[1] - e[0] for e in mine) or [0.0]
            line = (
                f"{name:<24} {kind:<17} {len(mine):>8} {len(mine) - len(failed):>5} {status_text:<18} {page_text:<22} "
                f"{recovered:>9} {durations[len(durations) // 2]:>6.2f}s {durations[-1]:>5.1f}s"
            )
            rows.append(line)
            print(line)
        print(f"{'':<24} ({note})")
    tokens = [s["token"] for s in recorder.submissions]
    found = stored(stack, tokens)
    with_code = [s for s in recorder.submissions if s["code"]]
    without = [s for s in recorder.submissions if not s["code"]]
    exact = sum(
        1
        for s in with_code
        if len(found["rows"].get(s["token"], [])) == 1
        and found["rows"][s["token"]][0]["code"] == s["code"]
        and len(found["rows"][s["token"]][0]["files"]) == 1
        and all(size == disk == pdf_size for _, size, disk in found["rows"][s["token"]][0]["files"])
    )
    stored_anyway = sum(1 for s in without if s["token"] in found["rows"])
    duplicates = sum(1 for rows_ in found["rows"].values() if len(rows_) > 1)
    print()
    print(f"submissions: {len(recorder.submissions)}; got a tracking code: {len(with_code)}")
    print(f"  stored exactly once with the attachment intact on disk: {exact} of {len(with_code)}")
    print(f"  failed (no code): {len(without)}; of these stored anyway: {stored_anyway}")
    print(f"  stored more than once: {duplicates}; attachment files without a request: {len(found['orphans'])}")
    print(f"  outbox messages of these requests: {found['outbox']}; worker restarts: {stack.worker_restarts}")
    non_persian = [e for e in recorder.events if e[4] and e[4] != "Persian page" and e[2] != "page view"]
    print(f"  failed submissions or look-ups without a Persian page: {len(non_persian)}")
    return exact == len(with_code) and not duplicates and not found["orphans"] and not non_persian


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
    stack = Stack(options)
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
