"""An English page is never made an alias of its Persian page (home/pages/no_aliases.py): the
conversion would publish the Persian content on the English site, past review."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageLogEntry
from wagtail_localize.models import Translation

from newsroom.models import NewsPage
from tests.home.test_translation_review import translated_copy

pytestmark = pytest.mark.django_db


@pytest.fixture
def stopped_translation(demo_users):
    """A news item's English translation, no longer synced (edited in Wagtail's own editor,
    where wagtail-localize offers the conversion)."""
    persian, english = translated_copy(NewsPage, demo_users["editor-news"], suffix="alias", domain="employment")
    Translation.objects.filter(target_locale=english.locale).filter(source__object_id=english.translation_key).update(
        enabled=False
    )
    return persian, english


@pytest.mark.parametrize("username", ["editor-news", "director"])
def test_the_editor_offers_no_conversion_to_an_alias(client, stopped_translation, username):
    _persian, english = stopped_translation
    client.force_login(get_user_model().objects.get(username=username))
    response = client.get(f"/admin/pages/{english.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="action-save"' in html or "action-submit" in html  # Wagtail's own editor
    assert "localize-convert-to-alias" not in html


def test_the_conversion_is_refused_and_the_english_page_stays_its_own(client, stopped_translation):
    _persian, english = stopped_translation
    admin = get_user_model().objects.create_superuser("alias-admin", "alias-admin@example.ir", "unused")
    client.force_login(admin)
    url = f"/admin/localize/page/{english.pk}/convert_to_alias/"
    for response in (client.get(url, follow=True), client.post(url, follow=True)):
        assert response.redirect_chain == [(f"/admin/pages/{english.pk}/edit/", 302)]
        assert "صفحهٔ انگلیسی مستعار صفحهٔ فارسی‌اش نمی‌شود" in response.content.decode()
    english.refresh_from_db()
    assert english.alias_of_id is None
    assert not english.live
    assert not PageLogEntry.objects.filter(page=english, action="wagtail_localize.convert_to_alias").exists()
