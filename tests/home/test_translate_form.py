"""wagtail-localize's "Translate" form comes with the only other language ticked.

It ticked none, and the portal has one other language: an editor who opened "Translate" on a
Persian page and pressed Submit was told the field was required (home.pages.translate_form).
With every language translated, the screen says so and links to the translations; its "Select
all" script runs under the admin's CSP.
"""

import re

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


def test_a_page_translated_everywhere_says_so_and_links_to_its_translation(client, untranslated_news):
    """Back after translating, or a stale link: no form that can only fail, but the translation."""
    admin = get_user_model().objects.create_superuser("translate-admin", "translate-admin@example.ir", "unused")
    client.force_login(admin)
    url = reverse("wagtail_localize:submit_page_translation", args=[untranslated_news.pk])
    english = Locale.objects.get(language_code="en")
    assert client.post(url, {"locales": [english.pk]}).status_code == 302
    translation = untranslated_news.get_translation(english)

    page = ok_soup(client.get(url))
    assert not page.select("input[name=locales], main input[type=submit]")
    assert "به همهٔ زبان‌های سایت ترجمه شده" in page.select_one(".translated-everywhere").get_text()
    [link] = page.select(".translated-everywhere__list a")
    assert link["href"] == reverse("wagtailadmin_pages:edit", args=[translation.pk])
    assert link.get_text(strip=True) == translation.title and link["lang"] == "en"
    # «بازگشت», not Wagtail's «بازگشت به عقب» ("go back to the back").
    assert page.select_one(".translated-everywhere a.button").get_text(strip=True) == "بازگشت"


def test_the_forms_select_all_script_runs_under_the_admins_csp(client, untranslated_news):
    """wagtail-localize's inline "Select all" script was blocked by the admin's CSP."""
    Locale.objects.create(language_code="ar")
    admin = get_user_model().objects.create_superuser("translate-admin", "translate-admin@example.ir", "unused")
    client.force_login(admin)
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[untranslated_news.pk]))
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    [script] = [s for s in ok_soup(response).select("script:not([src])") if "select_all" in s.get_text()]
    assert script.get("nonce") == nonce
