"""Finding the page for an address, kept until content changes.

Wagtail finds a page by asking the database for the site, the localized root page, then
each level's child by slug and its specific page: two queries a level, about 3 ms of CPU
each, on every uncached view. None of that changes until content does, so in a reading
request (GET or HEAD outside the admin) the site, the root and each (parent, slug) step are
read from the cache, keyed by the content generation; publishing, moving or deleting a page
moves the generation and routing follows at once. Everything else (the page's own `serve`,
routable sub-pages, view restrictions, Wagtail's hooks) runs as before.
"""

import hashlib

from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.caching.page_cache import until_content_changes
from home.caching.request_memo import in_reading_request

_MISSING = "missing"  # stored for "no such page", since the cache cannot hold None


def _key(*parts):
    return hashlib.sha1(":".join(str(part) for part in parts).encode()).hexdigest()


def child_by_slug(parent, slug):
    """The specific live-or-not child of `parent` with `slug`, or None."""

    def find():
        child = parent.get_children().filter(slug=slug).first()
        return child.specific if child is not None else _MISSING

    if not in_reading_request():
        found = find()
    else:
        found = until_content_changes(f"route:child:{_key(parent.pk, slug)}", find)
    return None if found == _MISSING else found


def find_site(request):
    """`Site.find_for_request`, from the cache in a reading request (Wagtail keeps the answer
    on the request, so `pageurl` and `get_url(request)` use it too)."""
    if not hasattr(request, "_wagtail_site") and in_reading_request():
        request._wagtail_site = _site_and_root(request)[0]
    return Site.find_for_request(request)


def _site_and_root(request):
    hostname = request._get_raw_host()
    port = request.get_port()
    language = get_language()

    def find():
        site = Site.find_for_request(request)
        if site is None:
            return _MISSING
        return site, site.root_page.localized.specific

    found = until_content_changes(f"route:root:{_key(hostname, port, language)}", find)
    return (None, None) if found == _MISSING else found


def serve(request, path):
    """Wagtail's page view, with the route found from the cache in reading requests."""
    from wagtail import views as wagtail_views

    if in_reading_request() and not hasattr(request, "_wagtail_route_for_request"):
        site, root = _site_and_root(request)
        request._wagtail_site = site
        route = None
        if root is not None:
            try:
                route = root.route(request, [component for component in path.split("/") if component])
            except Http404:
                route = None
        # Wagtail's own view reads the route from here instead of finding it again.
        request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)


# The page it serves checks its own query parameters once it is known (the before_serve_page
# hook in home/wagtail_hooks.py): the page cache's process_view leaves this view alone.
serve.checks_query_params = True


def route_child(page, request, path_components):
    """`Page.route` for a portal page, taking each child from `child_by_slug`."""
    if not path_components:
        return Page.route(page, request, path_components)
    child = child_by_slug(page, path_components[0])
    if child is None:
        raise Http404
    child._cached_parent_obj = page
    return child.route(request, path_components[1:])
