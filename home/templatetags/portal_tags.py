"""Template helpers shared by every app: dates, digits, language switching, breadcrumbs."""

from django import template
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from home.dates import format_date
from home.i18n import alternate_links
from home.text import latin_runs, to_ascii_digits, to_persian_digits

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
    """Persian digits on Persian pages, Latin digits elsewhere (whichever the value was typed in)."""
    if value is None:
        return ""
    if (get_language() or "fa").startswith("fa"):
        return to_persian_digits(value)
    return to_ascii_digits(value) if isinstance(value, str) else value


def _persian_page():
    return (get_language() or "fa").startswith("fa")


@register.filter
def mark_latin(value):
    """On Persian pages, each Latin run of a plain text («فایل PDF», «tenders@example.ir») in a
    `<bdi lang="en">`: it keeps its left-to-right order and says which language it is in.
    The text is escaped; elsewhere it is only escaped."""
    if value in (None, ""):
        return ""
    if not _persian_page():
        return conditional_escape(value)
    return mark_safe(
        "".join(
            format_html('<bdi lang="en">{}</bdi>', part) if latin else conditional_escape(part)
            for part, latin in latin_runs(str(value))
        )
    )


# Django's own units; Persian pages get Persian words and separators.
_SIZE_UNITS_FA = {"bytes": "بایت", "byte": "بایت", "KB": "کیلوبایت", "MB": "مگابایت", "GB": "گیگابایت"}


@register.filter
def local_filesize(value):
    """A file size as people read it: «۱۴٫۸ کیلوبایت» on Persian pages, «14.8 KB» elsewhere."""
    with translation.override("en"):
        text = filesizeformat(value).replace("\xa0", " ")
    if not _persian_page():
        return text
    number, _space, unit = text.partition(" ")
    return f"{to_persian_digits(number.replace('.', '٫'))}\u00a0{_SIZE_UNITS_FA.get(unit, unit)}"


@register.simple_tag(takes_context=True)
def alternate_language_links(context):
    """Links to what is on screen in each language (its translation, or that language's home)."""
    return alternate_links(context.get("request"), context.get("page"))


@register.simple_tag(takes_context=True)
def site_menu(context, handle):
    """The links of a menu in the active language; the link to the current section is marked."""
    from home.menus import menu_links

    language = (get_language() or "fa")[:2]
    request = context.get("request")
    path = request.path if request is not None else ""
    links = []
    for link in menu_links(handle, language):
        url = link["url"]
        current = bool(path) and not link.get("external") and url not in ("/", "/en/") and path.startswith(url)
        links.append({**link, "current": current})
    return links


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
