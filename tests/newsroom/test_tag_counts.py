"""The news archive's tag list counts as every other count on the site: «(۵)» in Persian,
"(5)" in English, the brackets never parted from the number."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.soup import ok_soup

pytestmark = pytest.mark.django_db

COUNT = {"fa": re.compile(r"^\([۰-۹٬]+\)$"), "en": re.compile(r"^\([0-9,]+\)$")}


@pytest.mark.parametrize("language", ["fa", "en"])
def test_tag_counts_are_bracketed_and_kept_whole(client, request, language):
    index = request.getfixturevalue("news_index" if language == "fa" else "news_index_en")
    tags = ok_soup(client.get(index.url)).select("nav .tag-list a.tag")
    assert tags, "the seeded news have tags"
    for tag in tags:
        count = tag.select_one(".facet-count")
        assert count is not None, tag
        assert COUNT[language].match(count.get_text()), count.get_text()
        # The name, then the count: nothing else in the link.
        assert tag.get_text(" ", strip=True).endswith(count.get_text())


def test_a_facet_count_does_not_wrap():
    css = (Path(settings.BASE_DIR) / "static/css/portal.css").read_text()
    rule = re.search(r"^\.facet-count \{([^}]*)\}", css, re.M)
    assert rule and "white-space: nowrap" in rule.group(1)
