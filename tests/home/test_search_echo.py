"""The words searched for, said back when nothing matched, are marked with their language: a
Persian query on the English site is an isolated right-to-left run, a Latin one on the Persian
site keeps its own order inside the Persian sentence."""

import pytest

from tests.soup import ok_soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "query", "marked"),
    [
        ("/en/search/", "واژه‌ای‌که‌نیست", 'bdi[lang="fa"][dir="rtl"]'),
        ("/search/", "nowhere-word", 'bdi[lang="en"]'),
    ],
)
def test_an_unmatched_query_is_said_back_in_its_own_language(client, path, query, marked):
    empty = ok_soup(client.get(path, {"q": query})).select_one(".empty-state")
    assert empty is not None
    assert [bdi.get_text() for bdi in empty.select(marked)] == [query]
