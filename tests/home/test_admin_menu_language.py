"""The admin's sidebar speaks each staff member's language, whoever signed in first.

Wagtail builds its menus once per process. "What's new in Wagtail 8.0" (help menu) and
wagtail-localize's "Translations" report were translated at that moment, so after a restart
the first visitor's language stuck for everyone: English staff read «تازه‌های Wagtail ۸٫۰» and
«ترجمه‌ها» in their sidebar (home.pages.admin_wording.relabel_menu_items_built_once).
"""

import json

import pytest
from django.contrib.auth import get_user_model

from tests.home.admin_text import json_labels
from tests.soup import soup

pytestmark = pytest.mark.django_db


def sidebar_labels(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    props = soup(response).select_one("#wagtail-sidebar-props")
    return set(json_labels(json.loads(props.string)))


def test_the_sidebar_labels_follow_each_visitors_language(client, demo_users):
    from wagtail.users.models import UserProfile

    head = get_user_model().objects.get(username="head-cooperatives")
    client.force_login(head)
    for language, expected, foreign in (
        ("fa", {"ترجمه‌ها"}, {"Translations"}),
        ("en", {"Translations"}, {"ترجمه‌ها"}),
        ("fa", {"ترجمه‌ها"}, {"Translations"}),
    ):
        profile = UserProfile.get_for_user(head)
        profile.preferred_language = language
        profile.save()
        labels = sidebar_labels(client)
        assert expected <= labels, (language, labels)
        assert not foreign & labels, (language, labels)
        whats_new = [label for label in labels if "Wagtail" in label and label != "Wagtail"]
        if language == "en":
            assert whats_new and all("What's new" in label for label in whats_new), whats_new
        else:  # Wagtail's English guides are offered to English staff only (test_editor_guide.py)
            assert whats_new == [], whats_new
