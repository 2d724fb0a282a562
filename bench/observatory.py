#!/usr/bin/env python
"""Score the shipped nginx + app configuration with the Mozilla HTTP Observatory, on loopback.

Starts gunicorn with production settings (HTTPS on) behind nginx running deploy/nginx.conf,
adapted only where a loopback run must differ (ports, a self-signed certificate for
localhost, temporary paths), then runs the Observatory's own scanner
(npm @mdn/mdn-http-observatory) against https://localhost and prints its grade, score and
every test.

Usage: .ci/with-postgres.sh .venv/bin/python bench/observatory.py --observatory DIR [--no-seed]
DIR holds node_modules/@mdn/mdn-http-observatory (`npm install --ignore-scripts` it there; its
postinstall downloads lists from the internet, so create conf/hsts-preload.json as `{}`; and
scanner 1.4.8's `scan()` does not pass its options on to `retrieve()`, so ports other than
80/443 need `retrieve(hostname, options)` in src/scanner/index.js).
Needs Debian's nginx and openssl.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from stack import GUNICORN, ROOT, free_port, portal_env, prepare_site, stop, wait_for_answer


def nginx_conf(tmp, app_port, http_port, https_port, static_root, media_root):
    """deploy/nginx.conf with only the loopback differences substituted."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    conf = re.sub(
        r"upstream portal_app \{.*?\n\}",
        f"upstream portal_app {{ server 127.0.0.1:{app_port}; keepalive 8; }}",
        conf,
        flags=re.S,
    )
    replacements = {
        "/var/cache/nginx/portal": f"{tmp}/nginx-cache",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "return 301 https://$host$request_uri;": f"return 301 https://$host:{https_port}$request_uri;",
        "listen 443 ssl;": f"listen 127.0.0.1:{https_port} ssl;",
        "server_name portal.example.ir;": "server_name localhost;",
        "/etc/ssl/portal/fullchain.pem": f"{tmp}/cert.pem",
        "/etc/ssl/portal/privkey.pem": f"{tmp}/key.pem",
        "alias /srv/portal/static/;": f"alias {static_root}/;",
        "alias /srv/portal/media/;": f"alias {media_root}/;",
    }
    for old, new in replacements.items():
        assert old in conf, old
        conf = conf.replace(old, new)
    version = subprocess.run([nginx_binary(), "-v"], capture_output=True, text=True).stderr
    major, minor = map(int, re.search(r"nginx/(\d+)\.(\d+)", version).groups())
    if (major, minor) < (1, 25):
        conf = conf.replace("    http2 on;\n", "")  # older nginx: the directive does not exist
    return f"""daemon off; pid {tmp}/nginx.pid; error_log {tmp}/nginx-error.log;
events {{ worker_connections 256; }}
http {{
  include /etc/nginx/mime.types; access_log off;
  client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy; fastcgi_temp_path {tmp}/body;
  uwsgi_temp_path {tmp}/body; scgi_temp_path {tmp}/body;
{conf}
}}"""


def nginx_binary():
    return shutil.which("nginx") or "/usr/sbin/nginx"


def main():
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    parser = argparse.ArgumentParser()
    parser.add_argument("--observatory", required=True, help="directory with node_modules/@mdn/mdn-http-observatory")
    parser.add_argument("--no-seed", action="store_true")
    options = parser.parse_args()
    scanner = Path(options.observatory) / "node_modules" / "@mdn" / "mdn-http-observatory"
    if not (scanner / "src" / "scan.js").exists():
        raise SystemExit(f"no Observatory scanner in {scanner}")
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("set DATABASE_URL (or run through .ci/with-postgres.sh)")
    tmp = Path(tempfile.mkdtemp(prefix="portal-observatory-"))
    tmp.chmod(0o755)  # nginx workers (nobody) write their cache and temp files in here
    for sub in ("body", "proxy", "nginx-cache"):
        (tmp / sub).mkdir()
    app_port, http_port, https_port = free_port(), free_port(), free_port()
    static_root = Path(os.environ.get("STATIC_ROOT") or tmp / "static")
    media_root = Path(os.environ.get("MEDIA_ROOT") or tmp / "media")
    # Behind nginx's TLS on https://localhost, as the observatories see a deployed site.
    env = portal_env(
        static_root=static_root,
        cache_dir=tmp / "cache",
        DJANGO_HTTPS=1,
        DJANGO_ALLOWED_HOSTS="localhost",
        DJANGO_CSRF_TRUSTED_ORIGINS=f"https://localhost:{https_port}",
        WAGTAILADMIN_BASE_URL="https://localhost",
        TRUSTED_PROXY_COUNT=1,
        MEDIA_ROOT=media_root,
        DJANGO_LOG_LEVEL="ERROR",
    )
    processes = []
    try:
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost",
                "-keyout",
                str(tmp / "key.pem"),
                "-out",
                str(tmp / "cert.pem"),
            ],
            check=True,
            capture_output=True,
        )
        prepare_site(env, seed=not options.no_seed)
        processes.append(
            subprocess.Popen(
                [GUNICORN, "portal_site.wsgi:application", "-b", f"127.0.0.1:{app_port}", "-w", "2"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=(tmp / "gunicorn.log").open("w"),
            )
        )
        (tmp / "nginx.conf").write_text(nginx_conf(tmp, app_port, http_port, https_port, static_root, media_root))
        processes.append(subprocess.Popen([nginx_binary(), "-c", str(tmp / "nginx.conf"), "-p", str(tmp)]))
        wait_for_answer(f"http://127.0.0.1:{app_port}/healthz")
        for _ in range(240):  # nginx only redirects on the plain port: wait for the socket
            try:
                socket.create_connection(("127.0.0.1", https_port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.5)
        context = ssl.create_default_context(cafile=str(tmp / "cert.pem"))
        for attempt in range(60):  # the first pages may take a while on a busy machine
            try:
                with urllib.request.urlopen(f"https://localhost:{https_port}/", context=context, timeout=30) as page:
                    print(f"https://localhost:{https_port}/ answers {page.status}", flush=True)
                    break
            except urllib.error.HTTPError as error:
                print(f"https://localhost:{https_port}/ answers {error.code}", flush=True)
                if error.code >= 500:
                    log = (tmp / "gunicorn.log").read_text().splitlines()
                    print(
                        "\n".join(line for line in log if "HTTP_HOST" not in line and "DisallowedHost" not in line)[
                            -4000:
                        ]
                    )
                break
            except OSError as error:
                if attempt == 59:
                    print((tmp / "nginx-error.log").read_text()[-2000:])
                    raise SystemExit(f"https://localhost:{https_port}/ fails: {error}") from None
                time.sleep(1)
        script = tmp / "scan.mjs"
        script.write_text(
            f"import {{ scan }} from {json.dumps(str(scanner / 'src' / 'scanner' / 'index.js'))};\n"
            f"const r = await scan('localhost', {{ httpPort: {http_port}, httpsPort: {https_port} }});\n"
            "console.log(JSON.stringify({scan: r.scan, tests: Object.fromEntries(Object.entries(r.tests)"
            ".map(([k, t]) => [k, {pass: t.pass, result: t.result, score: t.scoreModifier}]))}));\n"
        )
        result = subprocess.run(
            ["node", str(script)],
            # Longer than the scanner's 10 s defaults: a busy 2-core machine can be slower.
            env={
                **os.environ,
                "NODE_EXTRA_CA_CERTS": str(tmp / "cert.pem"),
                "ABORT_TIMEOUT": "60000",
                "CLIENT_TIMEOUT": "55000",
            },
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode:
            raise SystemExit(result.stdout + result.stderr)
        report = json.loads(result.stdout.strip().splitlines()[-1])
        scan_info = report["scan"]
        print(f"Mozilla HTTP Observatory (scanner {scanner.name} run locally) against the shipped nginx.conf + app:")
        print(
            f"grade {scan_info['grade']}, score {scan_info['score']}, "
            f"tests passed {scan_info['testsPassed']}/{scan_info['testsQuantity']}"
        )
        for name, test in sorted(report["tests"].items()):
            print(f"  {'pass' if test['pass'] else 'FAIL'}  {name}: {test['result']} ({test['score']:+d})")
    finally:
        stop(processes)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
