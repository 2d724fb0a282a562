"""Menus for the page templates, built once per content generation and language.

Editors manage the menus with wagtailmenus (main menu, footer, organisations), on the
Persian tree. Rendering them through wagtailmenus costs several queries per item on every
page, so the links are resolved once (page links to the page's translation in the reader's
language, with its title) and kept in the cache until content changes (the page cache's
generation number), and each request only marks the current link.
"""

from wagtail.models import Locale, Site

from home.caching.page_cache import until_content_changes
from home.caching.request_memo import remember


def _page_link(page, language, link_text):
    if language != "fa":
        translated = page.get_translations().filter(locale__language_code=language).live().first()
        if translated is None:
            return None
        return {"url": translated.get_url(), "text": translated.title}
    return {"url": page.get_url(), "text": link_text or page.title}


def _build(handle, language):
    from wagtailmenus.models import FlatMenuItem, MainMenuItem

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return []
    if handle == "main":
        items = MainMenuItem.objects.filter(menu__site=site)
    else:
        items = FlatMenuItem.objects.filter(menu__site=site, menu__handle=handle)
    links = []
    for item in items.select_related("link_page").order_by("sort_order"):
        page = item.link_page
        if page is not None:
            if not page.live:
                continue
            link = _page_link(page.specific_deferred, language, item.link_text)
        else:
            link = {"url": item.link_url, "text": item.link_text, "external": True}
        if link and link["url"]:
            links.append(link)
    return links


def menu_links(handle, language):
    """The links of a menu (`main` or a flat menu handle) in `language`, cached."""
    known = remember(
        ("locale-exists", language),
        lambda: until_content_changes(
            f"locale-exists:{language}", Locale.objects.filter(language_code=language).exists
        ),
    )
    if not known and language != "fa":
        return []
    return until_content_changes(f"menus:{handle}:{language}", lambda: _build(handle, language), timeout=24 * 3600)
