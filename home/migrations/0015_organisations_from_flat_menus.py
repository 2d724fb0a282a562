"""The ministry's organisations move from two flat menus (`organisations`, and
`organisations-en` for English pages) to the translatable Organisation entries.

Each Persian menu item becomes a Persian entry, and the English item with the same web address
its English translation (sharing its translation key); an English item with no Persian
counterpart becomes an English entry of its own. The two menus are then deleted. Reversible:
going back makes the two menus again from the entries.
"""

import uuid

from django.db import migrations

MENUS = {"fa": ("organisations", "سازمان‌های تابعه وزارت"), "en": ("organisations-en", "Organisations of the ministry")}


def _menu_items(apps, handle):
    FlatMenuItem = apps.get_model("wagtailmenus", "FlatMenuItem")
    return list(FlatMenuItem.objects.filter(menu__handle=handle).order_by("menu__site_id", "sort_order", "pk"))


def menus_to_entries(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Organisation = apps.get_model("home", "Organisation")
    FlatMenu = apps.get_model("wagtailmenus", "FlatMenu")
    persian = [item for item in _menu_items(apps, MENUS["fa"][0]) if item.link_url]
    english = [item for item in _menu_items(apps, MENUS["en"][0]) if item.link_url]
    # Nothing is dropped with the menus: a language with items gets its locale if it had none.
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, items in (("fa", persian), ("en", english)) if items
    }
    keys = {}
    if "fa" in locales:
        for order, item in enumerate(persian):
            if item.link_url in keys:
                continue  # the same organisation in the menu of another site
            keys[item.link_url] = (uuid.uuid4(), order)
            Organisation.objects.create(
                locale=locales["fa"],
                translation_key=keys[item.link_url][0],
                name=item.link_text or item.link_url,
                url=item.link_url,
                sort_order=order,
            )
    if "en" in locales:
        done = set()
        for order, item in enumerate(english):
            if item.link_url in done:
                continue
            done.add(item.link_url)
            # The translation of the Persian entry with the same address; else an entry of its own.
            key, sort_order = keys.get(item.link_url) or (uuid.uuid4(), order)
            Organisation.objects.create(
                locale=locales["en"],
                translation_key=key,
                name=item.link_text or item.link_url,
                url=item.link_url,
                sort_order=sort_order,
            )
    FlatMenu.objects.filter(handle__in=[handle for handle, _heading in MENUS.values()]).delete()


def entries_to_menus(apps, schema_editor):
    Organisation = apps.get_model("home", "Organisation")
    FlatMenu = apps.get_model("wagtailmenus", "FlatMenu")
    FlatMenuItem = apps.get_model("wagtailmenus", "FlatMenuItem")
    Site = apps.get_model("wagtailcore", "Site")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    for language, (handle, heading) in MENUS.items():
        entries = Organisation.objects.filter(locale__language_code=language).order_by("sort_order", "name")
        if not entries:
            continue
        menu, _created = FlatMenu.objects.get_or_create(site=site, handle=handle, defaults={"title": heading, "heading": heading})
        for entry in entries:
            FlatMenuItem.objects.create(menu=menu, link_url=entry.url, link_text=entry.name, sort_order=entry.sort_order)
    Organisation.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0014_organisation"),
        ("wagtailmenus", "0023_remove_use_specific"),
    ]

    operations = [migrations.RunPython(menus_to_entries, entries_to_menus)]
