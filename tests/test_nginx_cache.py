"""nginx's page cache as shipped (deploy/nginx.conf; bench/stack.py changes only its ports and
paths) in front of a stand-in app: while an app server is down nginx serves its last copy, but
the app's own 503, the maintenance notice, reaches readers instead of a copy that hides it."""

import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.server import ThreadingHTTPServer

from bench.channels import QuietHandler
from bench.stack import free_port, start_nginx, stop


class StandInApp(QuietHandler):
    """A page nginx may keep for a second (as the app marks pages, with a shorter s-maxage),
    until `maintenance` is set: then the app's 503 notice."""

    maintenance = False

    def do_GET(self):
        if self.path == "/healthz" or not StandInApp.maintenance:
            status, body, headers = 200, b"the page", {"Cache-Control": "public, max-age=0, s-maxage=1"}
        else:
            status, body, headers = 503, b"the maintenance notice", {"Retry-After": "600"}
        self.answer(status, body, headers)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get("X-Proxy-Cache")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers.get("X-Proxy-Cache")


def test_nginx_shows_the_maintenance_notice_and_covers_an_app_server_that_is_down():
    app_port, port = free_port(), free_port()
    app = ThreadingHTTPServer(("127.0.0.1", app_port), StandInApp)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    StandInApp.maintenance = False
    with tempfile.TemporaryDirectory(prefix="portal-nginx-") as tmp:
        nginx = start_nginx(tmp, port, [app_port], tmp)
        try:
            page = f"http://127.0.0.1:{port}/about/"
            assert fetch(page) == (200, b"the page", "MISS")
            assert fetch(page) == (200, b"the page", "HIT")
            StandInApp.maintenance = True
            time.sleep(2.5)  # past the page's s-maxage
            status, body, _cache = fetch(page)
            assert (status, body) == (503, b"the maintenance notice")  # not the stale page
            StandInApp.maintenance = False
            assert fetch(page)[:2] == (200, b"the page")
            app.shutdown()
            app.server_close()
            time.sleep(2.5)
            assert fetch(page) == (200, b"the page", "STALE")  # the app is down: the last copy
        finally:
            stop([nginx])
            app.server_close()
