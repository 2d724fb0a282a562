"""A search with no results says what to try and links to the services catalogue of the page's
language, wherever that catalogue is in the page tree."""

import re

import pytest
from wagtail.models import Locale

from services.models import ServiceIndexPage
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db

NOTHING = "zzqqxxnothing"
PERSIAN_LETTERS = re.compile(r"[\u0600-\u06FF]")


def empty_state(client, path):
    box = ok_soup(client.get(path, {"q": NOTHING})).select_one(".empty-state[role=status]")
    assert box is not None
    return box


def catalogue(language):
    return ServiceIndexPage.objects.live().get(locale=Locale.objects.get(language_code=language))


@pytest.mark.parametrize(("language", "path"), [("fa", "/search/"), ("en", "/en/search/")])
def test_the_empty_state_links_to_the_catalogue_of_its_language(client, home_en, language, path):
    link = empty_state(client, path).select_one("a[href]")
    assert link is not None, "no link to the catalogue"
    assert link["href"] == catalogue(language).url
    assert client.get(link["href"]).status_code == 200


def test_the_persian_empty_state_is_persian(client, home_fa):
    text = empty_state(client, "/search/").get_text(" ", strip=True).replace(NOTHING, "")
    assert "دسته‌بندی" in text
    assert not re.search(r"[A-Za-z0-9]", text), text


def test_the_english_empty_state_has_no_persian(client, home_en):
    box = empty_state(client, "/en/search/")
    assert "browse the services by category" in box.select_one("a").get_text()
    assert not PERSIAN_LETTERS.search(box.get_text()), box.get_text()


def test_the_link_follows_the_catalogue_when_it_moves(client, home_en):
    page = catalogue("en")
    page.slug = "service-catalogue"
    page.save_revision().publish()
    assert empty_state(client, "/en/search/").select_one("a")["href"] == "/en/service-catalogue/"


def test_without_a_catalogue_the_advice_has_no_dead_link(client, home_en):
    catalogue("en").unpublish()
    box = empty_state(client, "/en/search/")
    assert box.select("a") == []
    assert "Check the spelling or use fewer words." in box.get_text()


@pytest.mark.parametrize("prefix", ["", "/en"])
@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_search_says_what_it_searches_and_leads_to_the_sections(client, home_en, prefix, query):
    """`/search/?q=` showed the heading and the box alone: it now says what a search covers
    and links to each section it tells apart (services, news, laws, tenders...), in the page's
    language and script."""
    box = ok_soup(client.get(f"{prefix}/search/", {"q": query})).select_one("main .empty-state")
    assert box is not None
    links = [link["href"] for link in box.select("a[href]")]
    assert {f"{prefix}{section}" for section in ("/services/", "/news/", "/laws/", "/tenders/")} <= set(links)
    assert all(client.get(link).status_code == 200 for link in links)
    text = box.get_text(" ", strip=True)
    if prefix:
        assert not PERSIAN_LETTERS.search(text), text
    else:
        assert not re.search(r"[A-Za-z0-9]", text), text
