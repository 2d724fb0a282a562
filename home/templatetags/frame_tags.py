"""The frame around every page: the language links, the menus, the breadcrumbs, the print
header's details and the feeds' autodiscovery links (`base.html`, the footer)."""

import hashlib

from django import template
from django.core.exceptions import DisallowedHost
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.encoding import uri_to_iri
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from wagtail.models import Page

from home.caching.page_cache import until_content_changes
from home.caching.query_params import canonical_url, refused_values
from home.caching.request_memo import in_reading_request
from home.language.i18n import alternate_links
from home.language.text import local_digits
from home.pages.feeds import feed_directory_url, registered_feeds
from home.pages.menus import menu_links, organisation_links

register = template.Library()


@register.simple_tag(takes_context=True)
def alternate_language_links(context):
    """Links to what is on screen in each language (its translation, or that language's home)."""
    return alternate_links(context.get("request"), context.get("page"))


@register.simple_tag(takes_context=True)
def site_menu(context, handle):
    """The links of a menu in the active language; the link to the current section is marked."""
    language = (get_language() or "fa")[:2]
    request = context.get("request")
    path = request.path if request is not None else ""
    links = []
    for link in menu_links(handle, language):
        url = link["url"]
        current = bool(path) and not link.get("external") and url not in ("/", "/en/") and path.startswith(url)
        links.append({**link, "current": current})
    return links


@register.simple_tag
def footer_feeds_link():
    """The footer's link to the page of every feed (None when no app serves one)."""
    url = feed_directory_url()
    return {"url": url, "text": gettext("Feeds (RSS and Atom)")} if url else None


@register.simple_tag
def ministry_organisations():
    """The footer's links to the ministry's organisations, in the active language."""
    return organisation_links((get_language() or "fa")[:2])


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """The ancestors of the current page below the site root, home first; a page's trail is
    kept until content changes (a query per page type of the ancestors otherwise).

    A route view of the page (an archive, a tag, a category) names itself in `subview_crumb`,
    the heading of its `<h1>`: the page is then a link and the sub-view the current crumb. A
    sub-view below others of the page (a sub-category) lists them, top first, as (title, url)
    pairs in `subview_ancestors`: each a link between the page and the current crumb.
    """
    page = context.get("page")
    request = context.get("request")
    subview = str(context.get("subview_crumb") or "")
    between = [(str(title), url) for title, url in context.get("subview_ancestors") or ()] if subview else []

    def render():
        if page is None or not hasattr(page, "get_ancestors"):
            return render_to_string("components/breadcrumbs.html", {"ancestors": [], "page": None})
        ancestors = page.get_ancestors().filter(depth__gt=1).live()
        return render_to_string(
            "components/breadcrumbs.html",
            {"ancestors": ancestors, "page": page, "between": between, "subview": subview, "request": request},
        )

    if not isinstance(page, Page) or not page.pk or request is None or not in_reading_request():
        return mark_safe(render())
    parts = "\n".join([request.get_host(), subview, *(f"{title}\t{url}" for title, url in between)])
    key = f"breadcrumbs:{page.pk}:{get_language()}:{hashlib.sha1(parts.encode()).hexdigest()}"
    return mark_safe(until_content_changes(key, render, local=True))


@register.simple_tag(takes_context=True)
def print_details(context):
    """What the print-only header of a page says besides the directorate's name: the page's
    address, readable (a Persian tag or query as its letters, not «%D8%A2…»), and the moment.
    The address is the canonical one, with the declared query parameters only, those the page
    cache keys on: any other parameter (`?q=کار&تماس_فوری=0912…`) is left out, or the first
    reader's words would be printed on the cached page every later reader gets.
    The error page of a host the site does not serve names no address (it is no address of ours).
    A preview in the admin is drawn for Wagtail's stand-in request, whose path is still
    percent-encoded (printed twice encoded, «%25D9%2585…») and whose host may be a stand-in too:
    it prints the address the page has on its site."""
    request = context.get("request")
    page = context.get("page")
    try:
        if getattr(request, "is_dummy", False) and isinstance(page, Page):
            url = page.get_full_url(request) or ""
        else:
            url = request.build_absolute_uri(canonical_url(request, {})) if request else ""
    except DisallowedHost:
        url = ""
    return {"url": uri_to_iri(url), "at": timezone.now()}


@register.inclusion_tag("components/feed_links.html")
def feed_links():
    """Autodiscovery `<link rel="alternate">` tags for every registered site feed."""
    links = []
    for feed in registered_feeds():
        try:
            rss = reverse(feed.rss_url_name, kwargs=feed.url_kwargs)
        except NoReverseMatch:
            continue
        links.append({"title": feed.title, "rss": rss})
    return {"links": links}


# A refused value is echoed at most this long (a page «number» of 5,000 digits).
REFUSED_ECHO_LENGTH = 40


@register.simple_tag(takes_context=True)
def refused_values_summary(context):
    """The error summary's items for the values of the address the page was shown without
    (`home.caching.query_params.refuse`): what was asked for and what is shown instead."""
    items = []
    for item in refused_values(context.get("request")):
        value = item.value if len(item.value) <= REFUSED_ECHO_LENGTH else item.value[:REFUSED_ECHO_LENGTH] + "…"
        if item.shown is None:
            message = gettext("“%(value)s” is not one of the choices; the list is shown without this filter.")
        else:
            message = gettext("This list has no page “%(value)s”; page %(shown)s is shown.")
        items.append(
            {
                "label": item.label,
                "colon": True,
                "message": message % {"value": value, "shown": local_digits(item.shown or 1)},
            }
        )
    return items
