"""A Persian title's zero-width non-joiner becomes a hyphen in its slug, not nothing.

Django's and Wagtail's slugify dropped the ZWNJ, and «می‌خواهیم» became «میخواهیم» in the URL,
another word; a slug may not hold the ZWNJ itself (Wagtail's unicode slug validation), so it
is a hyphen there (home.language.slugs). The browser half, Wagtail's slug field filling
itself from the title, is in tests/browser/test_admin_persian_slugs.py.
"""

from urllib.parse import unquote

import pytest
from django.contrib.auth import get_user_model
from django.utils.text import slugify as django_slugify

from home.language.slugs import slugify

pytestmark = pytest.mark.django_db

TITLE = "ما می\u200cخواهیم درخواست\u200cها را ببینیم"
SLUG = "ما-می-خواهیم-درخواست-ها-را-ببینیم"


def test_slugify_keeps_the_words_apart():
    assert django_slugify(TITLE, allow_unicode=True) == "ما-میخواهیم-درخواستها-را-ببینیم"  # what went wrong
    assert slugify(TITLE, allow_unicode=True) == SLUG
    assert slugify("\u200cکار\u200c", allow_unicode=True) == "کار"
    assert slugify("Labour law 2026") == "labour-law-2026"


def test_a_page_saved_without_a_slug_takes_one_with_the_words_apart():
    from newsroom.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(locale__language_code="fa")
    news = index.add_child(instance=NewsPage(title=TITLE, lead="متن آزمایشی."))
    assert news.slug == SLUG
    news.full_clean()  # a valid unicode slug
    assert unquote(news.url).endswith(f"/{SLUG}/")


def test_a_tag_slug_keeps_the_words_apart():
    from taggit.models import Tag

    tag = Tag.objects.create(name="درخواست\u200cها")
    assert tag.slug == "درخواست-ها"


def test_the_admin_slug_field_formats_the_zwnj_as_a_hyphen(client):
    from newsroom.models import NewsIndexPage

    admin = get_user_model().objects.create_superuser("slug-admin", "slug-admin@example.ir", "unused")
    client.force_login(admin)
    index = NewsIndexPage.objects.get(locale__language_code="fa")
    html = client.get(f"/admin/pages/add/newsroom/newspage/{index.pk}/").content.decode()
    assert 'data-w-slug-formatters-value="[[[&quot;\\u200c&quot;,&quot;gu&quot;],&quot;-&quot;]]"' in html
