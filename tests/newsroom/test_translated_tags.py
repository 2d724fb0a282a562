"""Each language's news carry tags in its own words: translating a Persian news item with
wagtail-localize ("Translate", then its translation editor) gives an English page without the
Persian tags, and syncing the Persian page again leaves the English tags the English editor set."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

pytestmark = pytest.mark.django_db


def test_a_translated_news_item_carries_no_persian_tags(django_user_model, news_index, publish_news):
    editor = django_user_model.objects.create_user("tags-translator")
    english_locale = Locale.objects.get(language_code="en")
    persian = publish_news(news_index, tags=["تعاون", "نشست"], title="نشست تعاونی‌ها", slug="cooperatives-meeting")

    TranslationCreator(editor, [english_locale]).create_translations(persian)
    english = persian.get_translation(english_locale).specific
    assert list(english.tags.names()) == []

    # The English editor gives it English tags; the Persian page changes and is synced again.
    english.tags.set(["cooperatives"])
    english.save()
    persian.tags.add("تهران")
    persian.save_revision().publish()
    source, _ = TranslationSource.update_or_create_from_instance(persian)
    source.create_or_update_translation(english_locale, user=editor, fallback=True)
    english = english.__class__.objects.get(pk=english.pk)
    assert list(english.tags.names()) == ["cooperatives"]

    # Copying a news item in its own language still copies its tags.
    persian = persian.__class__.objects.get(pk=persian.pk)
    copy = persian.copy(update_attrs={"slug": "cooperatives-meeting-copy"}, user=editor)
    assert sorted(copy.specific.tags.names()) == sorted(persian.tags.names())
