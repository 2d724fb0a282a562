"""The site's menus (home/pages/menus.py): each link in the reader's language, built with the
same few queries however many items a menu has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from home.caching.page_cache import purge_all
from home.demo.seeding import add_flat_menu_item
from home.factories import StandardPageFactory
from home.pages.menus import menu_links

pytestmark = pytest.mark.django_db

HANDLE = "test-links"


def persian_page(home_fa, slug, translated=True, live=True):
    page = StandardPageFactory(parent=home_fa, slug=slug, title=f"صفحه {slug}", live=live)
    if translated:
        english = page.copy_for_translation(Locale.objects.get(language_code="en"))
        english.title = f"Page {slug}"
        english.save_revision().publish()
    return page


def built(language):
    """The menu as a first reader after a change gets it, and the queries that took."""
    purge_all()
    with CaptureQueriesContext(connection) as queries:
        links = menu_links(HANDLE, language)
    return [(link["url"], link["text"]) for link in links], len(queries)


def test_each_link_is_the_pages_copy_in_the_readers_language(home_fa, home_en):
    add_flat_menu_item(HANDLE, "پیوندها", 1, page=persian_page(home_fa, "both"), text="هر دو زبان")
    add_flat_menu_item(HANDLE, "پیوندها", 2, page=persian_page(home_fa, "persian-only", translated=False))
    add_flat_menu_item(HANDLE, "پیوندها", 3, page=persian_page(home_fa, "draft", translated=False, live=False))
    add_flat_menu_item(HANDLE, "پیوندها", 4, url="https://www.mcls.gov.ir/", text="وزارت")

    persian, _ = built("fa")
    english, _ = built("en")

    assert persian == [
        ("/both/", "هر دو زبان"),
        ("/persian-only/", "صفحه persian-only"),
        ("https://www.mcls.gov.ir/", "وزارت"),
    ]
    # An editor's link text is Persian; the English menu names the page by its English title,
    # and leaves out what has no English copy. An external link has one text, as its editor
    # wrote it, in every language: that is why the ministry's organisations, external links
    # with translated names, are Organisation entries (tests/home/test_organisations.py).
    assert english == [(f"{home_en.url}both/", "Page both"), ("https://www.mcls.gov.ir/", "وزارت")]


@pytest.mark.parametrize("language", ["fa", "en"])
def test_a_longer_menu_costs_no_more_queries(home_fa, home_en, language):
    del home_en
    add_flat_menu_item(HANDLE, "پیوندها", 1, page=persian_page(home_fa, "first"))
    built(language)  # the site's root paths, cached apart from the generation
    links, queries = built(language)
    for order in range(2, 5):
        add_flat_menu_item(HANDLE, "پیوندها", order, page=persian_page(home_fa, f"more-{order}"))
    more_links, more_queries = built(language)

    assert len(links) == 1 and len(more_links) == 4
    assert more_queries == queries
