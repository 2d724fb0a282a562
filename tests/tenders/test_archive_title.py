"""The tender listings' <title> names the page in the words of its <h1> (WCAG 2.4.2)."""

import pytest

from tests.soup import soup

pytestmark = pytest.mark.django_db


def title_and_heading(client, path):
    page = soup(client.get(path))
    title = " ".join(page.title.get_text().split())
    return title.split(" | ")[0], page.h1.get_text(strip=True)


@pytest.mark.parametrize(
    "path, heading",
    [
        ("/tenders/archive/", "بایگانی مناقصه‌ها و مزایده‌ها"),
        ("/en/tenders/archive/", "Archive of tenders and auctions"),
        ("/tenders/", "مناقصه‌ها و مزایده‌ها"),
        ("/en/tenders/", "Tenders and auctions"),
    ],
)
def test_the_title_and_the_heading_say_the_same(client, path, heading):
    assert title_and_heading(client, path) == (heading, heading)
