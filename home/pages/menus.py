"""Menus for the page templates, built once per content generation and language.

Editors manage the menus with wagtailmenus (main menu, footer), on the Persian tree; the
ministry's organisations, whose names are translated, are Organisation entries. Rendering
the menus through wagtailmenus costs several queries per item on every page, so the links
are resolved once (page links to the page's translation in the reader's language, with its
title) and kept in the cache until content changes (the page cache's generation number), and
each request only marks the current link.
"""

from wagtail.models import Locale, Page, Site

from home.caching.page_cache import until_content_changes
from home.caching.request_memo import remember
from home.models import Organisation


def _build(handle, language):
    """The menu's links, with a fixed number of queries however many items it has: its items
    with their pages, and in another language those pages' live translations."""
    from wagtailmenus.models import FlatMenuItem, MainMenuItem

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return []
    if handle == "main":
        items = MainMenuItem.objects.filter(menu__site=site)
    else:
        items = FlatMenuItem.objects.filter(menu__site=site, menu__handle=handle)
    items = list(items.select_related("link_page").order_by("sort_order"))
    # The live page each item links to, in `language` (Persian: the page the editor chose).
    shown = {item.pk: item.link_page for item in items if item.link_page and item.link_page.live}
    if language != "fa":
        translations = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                locale__language_code=language, translation_key__in={page.translation_key for page in shown.values()}
            )
        }
        shown = {
            pk: translations[page.translation_key] for pk, page in shown.items() if page.translation_key in translations
        }
    links = []
    for item in items:
        if item.link_page is None:
            link = {"url": item.link_url, "text": item.link_text, "external": True}
        elif item.pk in shown:
            page = shown[item.pk]
            text = item.link_text if language == "fa" else ""
            link = {"url": page.get_url(), "text": text or page.title}
        else:
            continue  # a draft, or no copy in this language
        if link["url"]:
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


def organisation_links(language):
    """The ministry's organisations in `language` as footer links, cached. Only the entries
    translated into that language: wagtail-localize makes the English instance with the Persian
    name as soon as an entry is sent for translation, and until its name is translated it is
    left out rather than shown in Persian."""
    return until_content_changes(f"organisations:{language}", lambda: _organisations(language), timeout=24 * 3600)


def _organisations(language):
    entries = list(Organisation.objects.filter(locale__language_code=language).order_by("sort_order", "name"))
    untranslated = Organisation.untranslated(entries, "name")
    return [
        {"url": entry.url, "text": entry.name, "external": True} for entry in entries if entry.pk not in untranslated
    ]
