"""Helpers the demo seeders of every app share, so each stays idempotent the same way.

Each helper finds an existing object by a stable key (a slug under a parent, a handle) and
creates it only when missing, so running `seed_demo` twice leaves the same content. A page's
demo texts are the demo's while no one has edited the page: `refresh_texts` brings them up to
date on such a page when the demo's wording changes, and leaves a page an editor has saved alone.
"""

from wagtail.models import Locale, Page, Site

from home.models import HomePage


def locale(code):
    """The Locale for a language code, created when missing."""
    return Locale.objects.get_or_create(language_code=code)[0]


def get_home(code="fa"):
    """The home page of a language tree (None before seed_home has run)."""
    return HomePage.objects.filter(locale__language_code=code).first()


def ensure_child(parent, model, slug, **fields):
    """Return the child page of `parent` with `slug`, creating and publishing it if missing.

    Returns (page, created).
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def ensure_translation(page, code, **fields):
    """Return the translation of `page` in language `code`, creating it from `fields`.

    The translation's parent must already be translated (seed parents first).
    """
    target = locale(code)
    existing = page.get_translations().filter(locale=target).first()
    if existing is not None:
        return existing.specific, False
    translated = page.copy_for_translation(target)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    translated.save_revision().publish()
    return translated, True


def ensure_reference(model, slug, fields, english_fields=None, key="slug"):
    """A reference entry (department, category, audience) found by slug (or by the field named
    `key`): its Persian instance, created from `fields`, and its English translation, created
    from `english_fields` (the other fields copied from the Persian one, as wagtail-localize
    would). Returns both."""
    persian = model.objects.filter(locale=locale("fa"), **{key: slug}).first()
    if persian is None:
        persian = model.objects.create(locale=locale("fa"), **{key: slug}, **fields)
    if english_fields is None:
        return persian, None
    english_locale = locale("en")
    english = persian.get_translation_or_none(english_locale)
    if english is None:
        english = persian.copy_for_translation(english_locale)
        for name, value in english_fields.items():
            setattr(english, name, value)
        english.save()
    return persian, english


def edited_by_someone(page):
    """Whether a person has saved `page` (in the admin, or its translation in wagtail-localize):
    the seeders save their revisions with no user."""
    return page.revisions.exclude(user=None).exists()


def refresh_texts(page, texts):
    """Bring the demo's `texts` (field → value) up to date on a seeded `page` no one has edited
    since, as a new published revision; a page an editor has saved keeps its own words. The
    values are compared as the page stores them (tidied by its `clean()`), so an unchanged
    demo text makes no revision. Returns whether the page changed."""
    # The usual case on seeding again: the page holds the demo's words already. Stored values
    # are tidy, so equal as given means equal once tidied (and full_clean's checks, a dozen
    # queries a page, are spared).
    if all(getattr(page, name) == value for name, value in texts.items()):
        return False
    if edited_by_someone(page):
        return False
    before = {name: getattr(page, name) for name in texts}
    for name, value in texts.items():
        setattr(page, name, value)
    page.full_clean()
    if all(getattr(page, name) == old for name, old in before.items()):
        return False
    page.save_revision().publish()
    return True


def ensure_page(parent, model, slug, texts, texts_en=None):
    """The child page `slug` of `parent`, made from `texts` when missing, and its English
    translation made from `texts_en` when given (the English parent must exist); on a page the
    demo made earlier and no one has edited, the texts are brought up to date."""
    page, created = ensure_child(parent, model, slug, **texts)
    if not created:
        refresh_texts(page, texts)
    if texts_en is not None:
        translated, created_en = ensure_translation(page, "en", **texts_en)
        if not created_en:
            refresh_texts(translated, texts_en)
    return page


def default_site():
    return Site.objects.filter(is_default_site=True).select_related("root_page").first()


def add_menu_item(page, sort_order, link_text=""):
    """Put `page` in the site's main menu (once)."""
    from wagtailmenus.models import MainMenu, MainMenuItem

    menu = MainMenu.get_for_site(default_site())
    # wagtailmenus hides pages not marked "show in menus"; mark the page and its translations.
    Page.objects.filter(translation_key=page.translation_key).update(show_in_menus=True)
    item, _created = MainMenuItem.objects.get_or_create(
        menu=menu, link_page=page, defaults={"sort_order": sort_order, "link_text": link_text}
    )
    return item


def add_flat_menu_item(handle, title, sort_order, page=None, url="", text=""):
    """Put a page or an external URL in the flat menu with `handle` (once)."""
    from wagtailmenus.models import FlatMenu, FlatMenuItem

    menu, _created = FlatMenu.objects.get_or_create(site=default_site(), handle=handle, defaults={"title": title})
    lookup = {"link_page": page} if page is not None else {"link_url": url}
    item, _created = FlatMenuItem.objects.get_or_create(
        menu=menu, **lookup, defaults={"sort_order": sort_order, "link_text": text}
    )
    return item


def root_page():
    return Page.get_first_root_node()


class AppSeeder:
    """Creates or completes one feature app's demo content under the Persian home page,
    reporting to `stdout`. A subclass names its `app` and builds in `seed(home)`."""

    app = ""

    def __init__(self, stdout):
        self.stdout = stdout

    def run(self):
        home = get_home("fa")
        if home is None:
            self.stdout.write(f"  {self.app}: no home page yet, run seed_home first")
            return
        self.seed(home)

    def seed(self, home):
        raise NotImplementedError
