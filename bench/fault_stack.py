"""The production stack of bench/faults.py, and the faults it suffers.

nginx with deploy/nginx.conf (as bench/stack.py adapts it to loopback), two gunicorn servers
with deploy/gunicorn.conf.py, a private PostgreSQL, Redis, and the outbox worker (restarted when
it exits, like portal-worker.service); citizens' attachments on a small tmpfs, so the upload
disk can be filled. Run as root: it mounts the tmpfs and runs PostgreSQL as the postgres user.
"""

import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from fault_citizens import Client
from stack import GUNICORN, PYTHON, ROOT, portal_env, shipped_nginx_conf

PG_BIN = Path(sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]) if Path("/usr/lib/postgresql").exists() else None


def as_postgres(*args, **kwargs):
    return subprocess.run(["runuser", "-u", "postgres", "--", *map(str, args)], check=True, **kwargs)


class FaultStack:
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
        """bench/stack.py's production environment, with this stack's database, Redis, media
        on the tmpfs, and mail and SMS written to files."""
        return portal_env(
            static_root=os.environ.get("STATIC_ROOT") or self.tmp / "static",
            redis_url=f"redis://127.0.0.1:{self.options.redis_port}/0",
            DJANGO_SECRET_KEY="faults-bench-key-0123456789abcdefghijklmnopqrstuvwxyz0123",
            DATABASE_URL=f"postgres://postgres@127.0.0.1:{self.options.pg_port}/portal",
            TRUSTED_PROXY_COUNT=1,
            MEDIA_ROOT=self.tmp / "media",
            PRIVATE_MEDIA_ROOT=self.private,
            EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
            EMAIL_FILE_PATH=self.tmp / "mail",
            SMS_BACKEND="file",
            SMS_FILE_PATH=self.tmp / "sms",
            GUNICORN_WORKERS=self.options.workers,
        )

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
        """deploy/nginx.conf as bench/stack.py adapts it to loopback."""
        for sub in ("body", "proxy", "nginx-cache"):
            (self.tmp / sub).mkdir(exist_ok=True)
        return shipped_nginx_conf(self.tmp, self.options.nginx_port, self.options.app_ports, self.env()["STATIC_ROOT"])

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
        steps.append(["build_offline_pages"])  # deploy/errors/, the pages nginx answers 502-504 with
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
