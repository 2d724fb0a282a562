"""The address a printed page names: the page's canonical address, the one the page cache keys
on, so what one reader added to the query string is never printed for the next; one
left-to-right run a reader can copy, with a Persian query in reading order inside it."""

from urllib.parse import quote

import pytest

from tests.language_runs import wrong_script_runs
from tests.soup import ok_soup, soup

pytestmark = pytest.mark.django_db

PLANTED = "تماس_فوری"
PLANTED_NUMBER = "09120000000"


def printed_address(response):
    """The printed address element and its text."""
    address = ok_soup(response).select_one(".print-header .print-header__meta > bdi")
    assert address is not None
    return address, "".join(address.stripped_strings)


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_parameter_the_page_does_not_read_is_not_printed_for_the_next_reader(client, settings, prefix):
    """`?q=کار&تماس_فوری=0912…` was rendered with the whole query in its printed address and
    stored under the key of `?q=کار` (undeclared parameters are no part of it): every later
    reader of the FAQ filtered by «کار» printed the first reader's words."""
    settings.PAGE_CACHE_SECONDS = 300
    path = f"{prefix}/faq/"
    first = client.get(path, {"q": "کار", PLANTED: PLANTED_NUMBER})
    assert first["X-Cache"] == "MISS"
    later = client.get(path, {"q": "کار"})
    assert later["X-Cache"] == "HIT"
    for response in (first, later):
        html = response.content.decode()
        for trace in (PLANTED, PLANTED_NUMBER, quote(PLANTED)):
            assert trace not in html
        assert printed_address(response)[1] == f"http://testserver{path}?q=کار"


def test_a_persian_query_is_printed_in_order_inside_one_left_to_right_address(client):
    """The address is left to right and Latin as it is typed (a reader copies it: «?page=2», not
    «۲»), isolated from the Persian sentence around it. Inside it nothing is isolated: each Latin
    run in a `<bdi>` of its own made «page» a neutral, and «&page=2» after a Persian query was
    drawn on the query's far side."""
    address, text = printed_address(client.get("/search/", {"q": "بیمه کار", "page": "2"}))
    assert text == "http://testserver/search/?q=بیمه+کار&page=2"
    assert address["dir"] == "ltr" and "ltr-address" in address["class"]
    assert address.select("bdi") == []
    assert wrong_script_runs(str(address), "fa") == []


def test_a_persian_listing_prints_its_page_number_as_typed(client):
    address, text = printed_address(client.get("/news/", {"page": "2"}))
    assert text == "http://testserver/news/?page=2"
    assert address["lang"] == "en"


def test_persian_words_in_an_english_page_address_are_marked_persian(client):
    address, text = printed_address(client.get("/en/search/", {"q": "بیمه"}))
    assert text == "http://testserver/en/search/?q=بیمه"
    assert address.select("bdi") == []
    assert wrong_script_runs(str(address), "en") == []


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_printed_notice_says_its_address_and_its_status_time_on_lines_of_their_own(client, prefix):
    """A «·» between the two began the second line on paper when the address filled the first."""
    footer = soup(client.get(f"{prefix}/tenders/cleaning-services-1405/")).select_one(".tender-printed")
    lines = [" ".join(line.get_text(" ").split()) for line in footer.find_all("p", recursive=False)]
    assert len(lines) == 2 and all(lines)
    assert "·" not in footer.get_text()
    assert lines[0].replace(" ", "").endswith(f"http://testserver{prefix}/tenders/cleaning-services-1405/")


def test_a_printed_notice_with_a_persian_address_prints_its_letters(client):
    """Like the page's print header, the notice's own printed address is readable: «مناقصه-…»,
    not «%D9%85%D9%86…»."""
    from tenders.models import TenderPage

    notice = TenderPage.objects.get(slug="cleaning-services-1405", locale__language_code="fa")
    notice.slug = "مناقصه-نظافت-۱۴۰۵"
    notice.save()
    response = client.get(f"/tenders/{quote(notice.slug)}/")
    assert response.status_code == 200
    footer = soup(response).select_one(".tender-printed")
    address = " ".join(footer.find("p").get_text(" ").split()).replace(" ", "")
    assert address.endswith("http://testserver/tenders/مناقصه-نظافت-۱۴۰۵/"), address
