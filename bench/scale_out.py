#!/usr/bin/env python
"""Two app servers on one PostgreSQL and one Redis behind nginx, all on loopback.

Checks that (1) a page unpublished through app server A is immediately gone from both A and B
(and from nginx) although both had it cached, (2) a login made through A is valid on B,
(3) nginx spreads requests over both servers.

Usage: .ci/with-postgres.sh .venv/bin/python bench/scale_out.py
Needs Debian's nginx and redis-server.
"""

import http.cookiejar
import os
import re
import shutil
import subprocess
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from stack import GUNICORN, PYTHON, ROOT, free_port, portal_env, stop, wait_for_answer


def get(opener, url):
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def main():
    for tool in ("nginx", "redis-server"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            raise SystemExit(f"{tool} is not installed")
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("set DATABASE_URL (or run through .ci/with-postgres.sh)")
    tmp = Path(tempfile.mkdtemp(prefix="portal-scale-"))
    processes = []
    try:
        redis_port, a_port, b_port, nginx_port = (free_port() for _ in range(4))
        processes.append(
            subprocess.Popen(
                ["redis-server", "--port", str(redis_port), "--save", "", "--appendonly", "no", "--dir", str(tmp)],
                stdout=subprocess.DEVNULL,
            )
        )
        env = portal_env(
            static_root=tmp / "static",
            redis_url=f"redis://127.0.0.1:{redis_port}/0",
            DJANGO_CSRF_TRUSTED_ORIGINS=f"http://127.0.0.1:{nginx_port}",
        )
        for args in (["migrate", "--noinput", "-v0"], ["seed_demo"], ["collectstatic", "--noinput", "-v0"]):
            subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        subprocess.run(
            [
                PYTHON,
                "manage.py",
                "shell",
                "-c",
                "from django.contrib.auth.models import User\n"
                "u, _ = User.objects.get_or_create(username='scale-admin', defaults={'is_staff': True, 'is_superuser': True})\n"
                "u.set_password('scale-pass-2026'); u.is_staff = u.is_superuser = True; u.save()",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        for port in (a_port, b_port):
            processes.append(
                subprocess.Popen(
                    [
                        GUNICORN,
                        "portal_site.wsgi:application",
                        "-b",
                        f"127.0.0.1:{port}",
                        "-w",
                        "2",
                        "--access-logformat",
                        "%(U)s",
                        "--access-logfile",
                        str(tmp / f"access-{port}.log"),
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        conf = tmp / "nginx.conf"
        conf.write_text(
            f"""daemon off; pid {tmp}/nginx.pid; error_log {tmp}/nginx-error.log;
events {{ worker_connections 256; }}
http {{
  access_log off; client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fcgi; uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
  upstream app {{ server 127.0.0.1:{a_port}; server 127.0.0.1:{b_port}; }}
  server {{ listen 127.0.0.1:{nginx_port};
    location / {{ proxy_pass http://app; proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr; }} }}
}}"""
        )
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        processes.append(subprocess.Popen([nginx, "-c", str(conf), "-p", str(tmp)], stderr=subprocess.DEVNULL))
        a, b, front = (f"http://127.0.0.1:{p}" for p in (a_port, b_port, nginx_port))
        for url in (a, b, front):
            wait_for_answer(url + "/healthz")

        anonymous = urllib.request.build_opener()
        path = "/about/"
        for base in (a, b, a, b):
            get(anonymous, base + path)
        hits = {name: get(anonymous, base + path)[1].get("X-Cache") for name, base in (("A", a), ("B", b))}
        print(f"before: A cache={hits['A']}, B cache={hits['B']}")
        assert hits == {"A": "HIT", "B": "HIT"}, hits

        # Log in through A; the session must work on B.
        jar = http.cookiejar.CookieJar()
        staff = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        _, _, login_page = get(staff, a + "/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page).group(1)
        data = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, "username": "scale-admin", "password": "scale-pass-2026"}
        ).encode()
        staff.open(urllib.request.Request(a + "/admin/login/", data=data, headers={"Referer": a + "/admin/login/"}))
        status, _, dashboard = get(staff, b + "/admin/")
        logged_in_on_b = status == 200 and "scale-admin" in dashboard
        print(f"session made on A accepted by B: {logged_in_on_b}")
        assert logged_in_on_b

        # Unpublish the page through A.
        page_id = (
            subprocess.run(
                [
                    PYTHON,
                    "manage.py",
                    "shell",
                    "-c",
                    "from wagtail.models import Page; print(Page.objects.get(url_path='/home/about/').id)",
                ],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        _, _, confirm = get(staff, f"{a}/admin/pages/{page_id}/unpublish/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', confirm).group(1)
        staff.open(
            urllib.request.Request(
                f"{a}/admin/pages/{page_id}/unpublish/",
                data=urllib.parse.urlencode({"csrfmiddlewaretoken": token}).encode(),
                headers={"Referer": f"{a}/admin/pages/{page_id}/unpublish/"},
            )
        )
        after = {name: get(anonymous, base + path)[0] for name, base in (("A", a), ("B", b), ("nginx", front))}
        print(f"after unpublishing through A: status A={after['A']}, B={after['B']}, nginx={after['nginx']}")
        assert after == {"A": 404, "B": 404, "nginx": 404}, after

        for _ in range(20):
            get(anonymous, front + "/healthz")
        served = {port: len((tmp / f"access-{port}.log").read_text().splitlines()) for port in (a_port, b_port)}
        print(f"requests logged by A and B: {served[a_port]}, {served[b_port]}")
        assert min(served.values()) > 0
        print("OK: fresh content on both servers after a change through one, shared sessions, load spread")
    finally:
        stop(processes)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
