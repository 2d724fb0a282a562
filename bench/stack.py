"""The production stack on loopback, shared by the bench scripts: gunicorn with production
settings, the minimal Django view, and nginx configured from the shipped deploy/nginx.conf.

    from stack import free_port, portal_env, start_gunicorn, start_nginx, stop

Every server binds 127.0.0.1 on a free port; `stop()` ends exactly the processes started here.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
SECRET_KEY = "bench-secret-key-0123456789abcdefghijklmnopqrstuvwxyz"


_given_ports = []


def free_port():
    """A free loopback port: the next free one of BENCH_PORTS ("8103-8109") when it is set (a
    shared machine where each user has a range), else one the system picks."""
    if os.environ.get("BENCH_PORTS") and not _given_ports:
        first, last = (int(port) for port in os.environ["BENCH_PORTS"].split("-"))
        _given_ports.extend(range(last, first - 1, -1))
    while _given_ports:
        port = _given_ports.pop()
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    if os.environ.get("BENCH_PORTS"):
        raise SystemExit(f"no free port left in BENCH_PORTS={os.environ['BENCH_PORTS']}")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def portal_env(cache_seconds=300, static_root=None, cache_dir=None, redis_url=None, **extra):
    """The environment of a production server on loopback (plain HTTP, no real mail)."""
    env = dict(os.environ)
    if redis_url:
        env["REDIS_URL"] = redis_url
    if cache_dir:
        env["CACHE_DIR"] = str(cache_dir)
    if static_root:
        env["STATIC_ROOT"] = str(static_root)
    env.update(
        DJANGO_SETTINGS_MODULE="portal_site.settings.production",
        DJANGO_SECRET_KEY=env.get("DJANGO_SECRET_KEY", SECRET_KEY),
        DJANGO_HTTPS="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        DEFAULT_FROM_EMAIL="portal@example.ir",
        SMS_BACKEND=env.get("SMS_BACKEND", "console"),
        PAGE_CACHE_SECONDS=str(cache_seconds),
        DJANGO_LOG_LEVEL="WARNING",
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def fetch(url, timeout=30):
    """(status, headers, seconds) of one GET; status 0 when nothing answered."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            status, headers = response.status, response.headers
    except urllib.error.HTTPError as error:
        error.read()
        status, headers = error.code, error.headers
    except OSError:
        status, headers = 0, {}
    return status, headers, time.perf_counter() - started


def wait_for(url, seconds=120, process=None):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if fetch(url, timeout=5)[0] == 200:
            return
        if process is not None and process.poll() is not None:
            break
        time.sleep(0.3)
    raise SystemExit(f"{url} did not answer 200")


def wait_for_answer(url, seconds=120):
    """Return once anything at all answers at `url` (any HTTP status): the server is up."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if fetch(url, timeout=5)[0]:
            return
        time.sleep(0.3)
    raise SystemExit(f"{url} did not answer")


def prepare_site(env, seed=True):
    """What a deploy runs before serving: migrate and seed the database of `env` (unless
    seed=False), collect static files unless its STATIC_ROOT was already collected (then it is
    used as it is), and build nginx's own error pages into deploy/errors/ (not committed)."""
    collected = (Path(env["STATIC_ROOT"]) / "staticfiles.json").exists()
    steps = [] if collected else [["collectstatic", "--noinput", "-v0"]]
    steps.append(["build_offline_pages"])
    if seed:
        steps = [["migrate", "--noinput", "-v0"], ["seed_demo"]] + steps
    for args in steps:
        print("manage.py", *args, flush=True)
        subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def start_gunicorn(app, env, port, workers=None, cwd=ROOT, log=None, ready_path="/healthz", args=()):
    """gunicorn serving `app` on 127.0.0.1:port; returns once `ready_path` answers 200."""
    workers = workers or (os.cpu_count() or 1) + 1
    process = subprocess.Popen(
        [GUNICORN, app, "-b", f"127.0.0.1:{port}", "-w", str(workers), "--log-level", "warning", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=Path(log).open("w") if log else subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}{ready_path}", process=process)
    except SystemExit:
        process.kill()
        process.wait()
        if log:
            print(Path(log).read_text()[-3000:], file=sys.stderr)
        raise
    return process


def shipped_nginx_conf(tmp, port, app_ports, static_root, rate_limit=True):
    """deploy/nginx.conf as shipped, made to run on loopback without root's paths or TLS.

    Kept: the upstream's options, the cache maps, the static location, the proxy location
    with its cache rules. Changed: app servers and listening port, TLS and the port-80
    redirect removed, paths moved under `tmp` (the error pages read from this checkout's
    deploy/errors/, built by `manage.py build_offline_pages` when the site is prepared). With
    `rate_limit=False` the per-client limit on requests with a query string is dropped too: a
    throughput bench is one client address.
    """
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    conf = re.sub(r"(?m)^\s*server 127\.0\.0\.1:\d+.*\n", "", conf)
    servers = "".join(f"    server 127.0.0.1:{app_port};\n" for app_port in app_ports)
    conf = re.sub(r"(upstream portal_app \{\n(?:.*\n)*?)(\s*keepalive)", rf"\g<1>{servers}\2", conf, count=1)
    conf = conf.replace("/var/cache/nginx/portal", f"{tmp}/nginx-cache")
    conf = re.sub(r"server \{\n    listen 80;.*?\n\}\n", "", conf, flags=re.S)
    conf = re.sub(r"listen 443 ssl;\n\s*http2 on;", f"listen 127.0.0.1:{port};", conf)
    conf = re.sub(r"(?m)^\s*ssl_\w+ .*\n", "", conf)
    if not rate_limit:
        conf = re.sub(r"(?m)^\s*limit_req(_status)? .*\n", "", conf)
    conf = conf.replace("/srv/portal/static/", f"{static_root}/").replace("/srv/portal/media/", f"{tmp}/media/")
    conf = conf.replace("/srv/portal/app/deploy", str(ROOT / "deploy"))
    assert "ssl" not in conf and f"127.0.0.1:{port}" in conf, conf
    return f"""daemon off; pid {tmp}/nginx.pid; error_log {tmp}/nginx-error.log; worker_processes 1;
events {{ worker_connections 1024; }}
http {{
  include /etc/nginx/mime.types;
  access_log off; client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/body; uwsgi_temp_path {tmp}/body; scgi_temp_path {tmp}/body;
{conf}
}}
"""


def start_nginx(tmp, port, app_ports, static_root, rate_limit=True):
    """nginx with the shipped configuration in front of the app servers on `app_ports`."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        raise SystemExit("nginx is not installed: apt-get install nginx")
    tmp = Path(tmp)
    tmp.chmod(0o755)  # nginx's workers (nobody) read and write below it
    conf = tmp / "nginx.conf"
    conf.write_text(shipped_nginx_conf(tmp, port, app_ports, static_root, rate_limit))
    process = subprocess.Popen([nginx, "-c", str(conf), "-p", str(tmp)], stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", seconds=30, process=process)
    except SystemExit:
        process.kill()
        process.wait()
        print((tmp / "nginx-error.log").read_text()[-2000:], file=sys.stderr)
        raise
    return process


def stop(processes):
    """End the given processes (and only those), newest first."""
    for process in reversed(processes):
        if process.poll() is None:
            process.terminate()
    for process in reversed(processes):
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
