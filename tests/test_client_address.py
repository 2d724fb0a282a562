"""One client address for rate limits and admin lockouts: not spoofable, right behind nginx."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client, RequestFactory, override_settings

from home.security.client_address import client_ip

pytestmark = pytest.mark.django_db

NGINX_CONF = Path(settings.BASE_DIR) / "deploy" / "nginx.conf"


def addr(remote, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(RequestFactory().get("/", **meta))


@override_settings(TRUSTED_PROXY_COUNT=0)
def test_without_a_proxy_a_spoofed_header_is_ignored():
    assert addr("203.0.113.9") == "203.0.113.9"
    assert addr("203.0.113.9", "198.51.100.1") == "203.0.113.9"
    assert addr("203.0.113.9", "198.51.100.1, 10.0.0.1") == "203.0.113.9"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_nginx_the_entry_nginx_wrote_wins():
    # nginx replaced the header: one entry, the address it saw.
    assert addr("127.0.0.1", "203.0.113.9") == "203.0.113.9"
    # An nginx that appends ($proxy_add_x_forwarded_for): the client's own entries come first.
    assert addr("127.0.0.1", "6.6.6.6, 7.7.7.7, 203.0.113.9") == "203.0.113.9"
    # Garbage in the trusted place, or no header at all: the socket address.
    assert addr("127.0.0.1", "<script>") == "127.0.0.1"
    assert addr("127.0.0.1") == "127.0.0.1"


@override_settings(TRUSTED_PROXY_COUNT=0, FORMS_RATE_LIMITS={"track": (3, 900)})
def test_rotating_a_spoofed_header_does_not_escape_the_tracking_limit():
    statuses = [
        Client(REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")
        .post("/track/", {"code": "123451234512345", "contact": "09121112233"})
        .status_code
        for n in range(6)
    ]
    assert statuses[:3] == [404, 404, 404]
    assert statuses[3:] == [429, 429, 429]


@override_settings(TRUSTED_PROXY_COUNT=1, FORMS_RATE_LIMITS={"track": (3, 900)})
def test_behind_nginx_clients_have_their_own_limits_and_cannot_prepend_their_way_out():
    def post(forwarded):
        client = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
        return client.post("/track/", {"code": "123451234512345", "contact": "09121112233"}).status_code

    assert [post(f"10.0.0.{n}, 203.0.113.9") for n in range(4)] == [404, 404, 404, 429]
    # Another citizen behind the same nginx is not affected.
    assert post("198.51.100.7") == 404


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3, TRUSTED_PROXY_COUNT=1)
def test_axes_locks_the_attacker_behind_nginx_not_every_user(django_user_model):
    django_user_model.objects.create_superuser("editor-proxy", "e@example.ir", "correct-horse-battery")
    attacker = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    for _ in range(3):
        response = attacker.post("/admin/login/", {"username": "editor-proxy", "password": "wrong"})
    assert response.status_code == 429
    editor = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    response = editor.post("/admin/login/", {"username": "editor-proxy", "password": "correct-horse-battery"})
    assert response.status_code == 302
    assert "_auth_user_id" in editor.session


def test_shipped_nginx_sets_the_header_from_its_own_socket():
    conf = NGINX_CONF.read_text()
    assert "$proxy_add_x_forwarded_for" not in conf
    headers = re.findall(r"proxy_set_header\s+X-Forwarded-For\s+(\S+);", conf)
    assert headers and set(headers) == {"$remote_addr"}
