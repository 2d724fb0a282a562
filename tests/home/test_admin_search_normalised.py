"""Admin searches of pages find what an Arabic keyboard types: «تعاوني» as «تعاونی», «كار» as «کار».

The page index holds normalised text; every query reaching it is normalised the same way by the
search backend (home/language/search_backend.py): the page search, the explorer's filter and the
page chooser, as the public search always did.
"""

import pytest
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Page

from home.language.search_backend import NormalisedText, folded
from home.language.text import normalise, persian_letters
from newsroom.models import NewsIndexPage
from tests.soup import soup

pytestmark = pytest.mark.django_db

TITLE = "نظارت بر برگزاری ۴۶ مجمع عمومی تعاونی در ماه گذشته"


@pytest.fixture
def editor(client, demo_users):
    client.force_login(demo_users["editor-cooperatives"])
    return client


def found_titles(response):
    assert response.status_code == 200
    return {link.get_text(" ", strip=True) for link in soup(response).select("td.title a, .listing-title a, a")}


def news_index():
    return NewsIndexPage.objects.get(locale__language_code="fa")


@pytest.mark.parametrize("query", ["تعاوني", "مجمع عمومي تعاوني", "۴۶ مجمع", "46 مجمع", "٤٦ مجمع"])
def test_page_search_finds_arabic_letters_and_any_digits(editor, query):
    response = editor.get(reverse("wagtailadmin_pages:search"), {"q": query})
    assert TITLE in found_titles(response)


@pytest.mark.usefixtures("rendered_context")
def test_page_search_counts_the_same_either_keyboard(editor):
    arabic = editor.get(reverse("wagtailadmin_pages:search"), {"q": "كار"})
    persian = editor.get(reverse("wagtailadmin_pages:search"), {"q": "کار"})
    assert arabic.context["paginator"].count == persian.context["paginator"].count > 0


def test_explorer_filter_finds_arabic_letters(editor):
    response = editor.get(reverse("wagtailadmin_explore", args=[news_index().pk]), {"q": "تعاوني"})
    assert TITLE in found_titles(response)


def test_page_chooser_search_finds_arabic_letters(editor):
    response = editor.get(reverse("wagtailadmin_choose_page_search"), {"q": "تعاوني"})
    assert response.status_code == 200
    assert TITLE in response.content.decode()


def test_backend_folds_a_query_to_its_index():
    page = Page.objects.get(title=TITLE)
    assert page in Page.objects.autocomplete("تعاوني ۴۶")
    assert page in Page.objects.search("مجمع عمومي")
    # Words the public search normalised already pass as they are: normalising twice cuts twice.
    assert folded(NormalisedText("اطلاعات"), normalise).query_string == "اطلاعات"
    # Snippets keep their text as typed: only the keyboard's letters are changed.
    assert folded("خدمات ۱۴۰۵ كار", persian_letters) == "خدمات ۱۴۰۵ کار"
    # Images hold a normalised copy as well (tests/home/test_admin_media_search.py).
    image = get_image_model().objects.first()
    if image is not None:
        typed = image.title.replace("ی", "ي").replace("ک", "ك")
        assert image in get_image_model().objects.search(typed)
