"""The language links of a news archive month go to the month of the other calendar that holds
its 15th day: Azar 1405 (22 November to 21 December 2026) and December 2026 lead to each other,
rather than to the other language's whole archive."""

import pytest

from tests.home.test_language_links import links
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("persian", "english"),
    [
        ("/news/archive/1405/9/", "/en/news/archive/2026/12/"),  # Azar: 15 Azar is 6 December
        ("/news/archive/1405/8/", "/en/news/archive/2026/11/"),  # Aban: 15 Aban is 6 November
        ("/news/archive/1404/10/", "/en/news/archive/2026/1/"),  # Dey 1404: 15 Dey is 5 January 2026
        ("/news/archive/1404/12/", "/en/news/archive/2026/3/"),  # Esfand: 15 Esfand is 6 March
        ("/news/archive/1405/1/", "/en/news/archive/2026/4/"),  # Farvardin: 15 Farvardin is 4 April
    ],
)
def test_an_archive_month_switches_to_the_month_of_the_other_calendar_both_ways(client, persian, english):
    both = {"fa": persian, "en": english}
    assert links(client, persian) == (both, both)
    assert links(client, english) == (both, both)


def test_the_other_calendars_month_is_a_page_even_with_no_news(client):
    """A month with no news in the other language is its archive's empty month (200), which says
    so, not a 404: the link goes there."""
    switch, _alternates = links(client, "/en/news/archive/2020/5/")
    assert switch["fa"] == "/news/archive/1399/2/"
    page = ok_soup(client.get(switch["fa"]))
    assert page.select_one(".empty-state") is not None


def test_a_month_before_the_other_calendars_archive_goes_to_that_archive(client):
    # January 1900 is Jalali 1278, before the first year a Persian archive address may name.
    switch, alternates = links(client, "/en/news/archive/1900/1/")
    assert switch["fa"] == alternates["fa"] == "/news/"


def test_the_switcher_of_a_month_goes_to_the_same_month_from_its_first_page(client):
    # The page number stays behind: the other language's month holds other news.
    switch, alternates = links(client, "/news/archive/1405/9/?page=1")
    assert switch == {"fa": "/news/archive/1405/9/?page=1", "en": "/en/news/archive/2026/12/"}
    assert alternates == {"fa": "/news/archive/1405/9/", "en": "/en/news/archive/2026/12/"}
