"""Template helpers shared by every app: dates, digits, language switching, breadcrumbs."""

from django import template
from django.utils.translation import get_language

from home.dates import format_date
from home.i18n import alternate_links
from home.text import to_persian_digits

register = template.Library()


@register.filter
def jdate(value, arg=""):
    """`{{ value|jdate }}` or `{{ value|jdate:"time" }}`: Jalali on Persian pages, Gregorian on English."""
    return format_date(value, with_time=(arg == "time"))


@register.filter
def isodate(value):
    """A machine-readable date-time for `<time datetime>`: ISO 8601 to the second."""
    if not value:
        return ""
    if hasattr(value, "hour"):
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


@register.filter
def local_digits(value):
    """Persian digits on Persian pages, unchanged elsewhere."""
    if value is None:
        return ""
    if (get_language() or "fa").startswith("fa"):
        return to_persian_digits(value)
    return value


@register.simple_tag(takes_context=True)
def alternate_language_links(context):
    """Links to what is on screen in each language (its translation, or that language's home)."""
    return alternate_links(context.get("request"), context.get("page"))


@register.filter
def menu_target(item):
    """The URL and text of a wagtailmenus item in the active language.

    Menus are edited once, on the Persian tree; on English pages a page link goes to the
    page's English translation (with its English title) when there is one.
    """
    page = getattr(item, "link_page", None)
    link_text = getattr(item, "link_text", "")
    if page is not None:
        if (get_language() or "fa").startswith("fa"):
            return {"url": page.get_url(), "text": link_text or page.title}
        translated = page.localized
        text = translated.title if translated.pk != page.pk else (link_text or page.title)
        return {"url": translated.get_url(), "text": text}
    return {"url": getattr(item, "href", "") or getattr(item, "link_url", ""), "text": getattr(item, "text", "")}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The ancestors of the current page below the site root, home first."""
    page = context.get("page")
    if page is None or not hasattr(page, "get_ancestors"):
        return {"ancestors": [], "page": None}
    ancestors = page.get_ancestors().filter(depth__gt=1).specific().live()
    return {"ancestors": ancestors, "page": page}


@register.inclusion_tag("components/feed_links.html")
def feed_links():
    """Autodiscovery `<link rel="alternate">` tags for every registered site feed."""
    from django.urls import NoReverseMatch, reverse

    from home.feeds import registered_feeds

    links = []
    for feed in registered_feeds():
        try:
            rss = reverse(feed.rss_url_name, kwargs=feed.url_kwargs)
        except NoReverseMatch:
            continue
        links.append({"title": feed.title, "rss": rss})
    return {"links": links}
