"""wagtail-localize's "Translate" form comes with the only other language ticked.

It ticked none, and the portal has one other language: an editor who opened "Translate" on a
Persian page and pressed Submit was told the field was required (home.pages.translate_form).
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from tests.soup import ok_soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def untranslated_news():
    from newsroom.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(locale__language_code="fa")
    return index.add_child(instance=NewsPage(title="خبری که هنوز ترجمه نشده", slug="not-translated-yet", lead="متن."))


def test_the_only_other_locale_is_ticked_and_submit_translates(client, untranslated_news):
    admin = get_user_model().objects.create_superuser("translate-admin", "translate-admin@example.ir", "unused")
    client.force_login(admin)
    url = reverse("wagtail_localize:submit_page_translation", args=[untranslated_news.pk])
    english = Locale.objects.get(language_code="en")

    form = ok_soup(client.get(url)).select("input[name=locales]")
    assert [(box["value"], box.has_attr("checked")) for box in form] == [(str(english.pk), True)]

    # Submitted as it comes: the English page is made.
    response = client.post(url, {"locales": [box["value"] for box in form if box.has_attr("checked")]})
    assert response.status_code == 302
    assert untranslated_news.get_translations().filter(locale=english).exists()


def test_with_two_languages_left_none_is_ticked(client, untranslated_news):
    Locale.objects.create(language_code="ar")
    admin = get_user_model().objects.create_superuser("translate-admin", "translate-admin@example.ir", "unused")
    client.force_login(admin)
    url = reverse("wagtail_localize:submit_page_translation", args=[untranslated_news.pk])
    boxes = ok_soup(client.get(url)).select("input[name=locales]")
    assert len(boxes) == 2 and not any(box.has_attr("checked") for box in boxes)
