"""Hostile input, everywhere a citizen can put it: every URL pattern in both languages with bad
path segments, every GET parameter a public page offers and every field of every public form.

Whatever comes in: no 5xx, no markup reflected unescaped, no link or redirect off the site.
"""

import re
import time
from urllib.parse import quote, unquote_to_bytes, urlsplit

import pytest
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from tests.soup import parse, soup

pytestmark = pytest.mark.django_db

MARKUP = '"><svg onload=alert(1)>'
OFFSITE = "evil.example"
# Raw values a client can put into a path segment (percent-encoded on the wire where needed).
BAD_SEGMENTS = [
    "a%00b",
    "%00",
    "x" * 3000,
    quote("\u202eevil\u202c"),
    "..",
    "%2e%2e",
    quote("²"),
    quote("۱۲۳"),
    quote(MARKUP, safe=""),
    f"/{OFFSITE}",  # the segment starts with a slash: //evil.example/ after the prefix
]
BAD_VALUES = ["a\x00b", "x" * 5000, "\u202eevil\u202c", "../../etc/passwd", "²", "۱۲۳", MARKUP, f"//{OFFSITE}/", "-1"]
LINK_ATTRIBUTES = ("href", "src", "action", "formaction", "content")


def route_templates(patterns=None, prefix=""):
    """Every non-admin Django URL pattern as a path with a {} for each converter."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for entry in patterns:
        pattern = entry.pattern
        if isinstance(pattern, RoutePattern):
            route = re.sub(r"<[^>]+>", "{}", str(pattern))
        else:
            route = str(getattr(pattern, "language_prefix", "")) if not hasattr(pattern, "_regex") else None
            if route is None:
                continue  # regex patterns: Wagtail's catch-all, walked through its pages below
        path = prefix + route
        if path.startswith(("admin/", "en/admin/")):
            continue
        if isinstance(entry, URLResolver):
            yield from route_templates(entry.url_patterns, path)
        elif isinstance(entry, URLPattern):
            yield path


def public_pages():
    """One live page of each page type in each language."""
    seen = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        seen.setdefault((type(page), page.locale_id), page)
    return list(seen.values())


def page_templates(page):
    """Its routable sub-routes with a converter; a bad segment under the page is covered by
    the catch-all pattern, walked at the root of both languages and under one page."""
    url = page.url
    if isinstance(page, RoutablePageMixin):
        for entry in page.get_subpage_urls():
            pattern = entry.pattern
            if isinstance(pattern, RoutePattern):
                route = str(pattern)
            else:
                route = str(pattern._regex).lstrip("^").rstrip("$").replace("\\", "")
                route = re.sub(r"\(\?P<[^>]+>[^)]*\)", "<x>", route)
            if "<" in route:
                yield url + re.sub(r"<[^>]+>", "{}", route)


def get_raw(client, path):
    """GET `path` as a server would receive it: the test client would read a leading //host
    as a host name, so PATH_INFO is set by hand (WSGI's latin-1 view of the raw bytes)."""
    raw_path, mark, query = path.partition("?")
    return client.get("/" + mark + query, PATH_INFO=unquote_to_bytes(raw_path).decode("iso-8859-1"))


def check(response, where):
    assert response.status_code < 500, f"{response.status_code} at {where!r}"
    location = response.get("Location", "")
    if location:
        assert OFFSITE not in urlsplit(location).netloc and not location.startswith("//"), where
    content_type = response.get("Content-Type", "")
    if response.status_code in (204, 301, 302) or not content_type.startswith(("text/", "application/")):
        return
    body = response.content.decode("utf-8", errors="replace")
    assert "<svg onload" not in body, f"markup reflected at {where!r}"
    if "html" in content_type:
        for tag in parse(body).find_all(True):
            for attribute in LINK_ATTRIBUTES:
                value = tag.get(attribute)
                if isinstance(value, str) and OFFSITE in value:
                    netloc = urlsplit(value.strip()).netloc
                    assert OFFSITE not in netloc and not value.strip().startswith("//"), (
                        f"off-site {attribute}={value!r} at {where!r}"
                    )


def forms_of(response, method):
    dom = soup(response)
    for form in dom.select("main form"):
        if (form.get("method") or "get").lower() == method:
            names = {field.get("name") for field in form.select("input, select, textarea") if field.get("name")}
            names.discard("csrfmiddlewaretoken")
            yield form.get("action") or response.request["PATH_INFO"], sorted(names)


@override_settings(FORMS_RATE_LIMITS_ENABLED=False, ALLOWED_HOSTS=["testserver"])
def test_hostile_input_everywhere_gives_no_5xx_no_markup_no_offsite_link():
    client = Client(raise_request_exception=False)
    started = time.monotonic()
    requests = 0

    # 1. Every Django URL pattern, both languages, each converter replaced by a bad segment.
    templates = set()
    for route in route_templates():
        templates.add("/" + route)
        if not route.startswith("en/"):
            templates.add("/en/" + route)
    # 2. Wagtail's catch-all, through one page of each type in each language.
    pages = public_pages()
    for page in pages:
        templates.update(page_templates(page))
    templates.update({"/{}/", "/en/{}/", pages[-1].url + "{}/"})
    paths = {template.replace("{}", segment) for template in templates for segment in BAD_SEGMENTS}
    # A path that starts with //host: a browser reading it back as a link goes off-site.
    paths |= {f"//{OFFSITE}" + template.replace("{}", "x") for template in templates}
    for path in sorted(paths):
        check(get_raw(client, path), path)
        requests += 1

    # 3. Every GET parameter and POST field each public page offers, with every bad value.
    for page in pages:
        response = client.get(page.url)
        check(response, page.url)
        requests += 1
        for action, names in forms_of(response, "get"):
            for value in BAD_VALUES:
                query = {name: value for name in names + ["page"]}
                check(client.get(action, query), f"{action}?{names}={value!r}")
                requests += 1
        for action, names in forms_of(response, "post"):
            for value in BAD_VALUES:
                check(client.post(action, {name: value for name in names}), f"POST {action} {names}={value!r}")
                requests += 1
    # Pages that carry no form still read ?page= and friends.
    for page in pages:
        check(client.get(page.url, {"page": MARKUP, "q": "\x00"}), page.url)
        requests += 1

    assert requests > 300
    print(f"fuzz: {requests} requests in {time.monotonic() - started:.1f} s")
