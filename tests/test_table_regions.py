"""Every table that scrolls in its own box on a phone (`{% scroll_region %}`) is a region the
keyboard reaches, named by the heading or caption it stands under, in both languages: the
request figures, a tender's dates and a service card's table of linked systems."""

import pytest

from tenders.models import TenderPage
from tests.soup import soup

pytestmark = pytest.mark.django_db


def regions(client, url):
    """(aria-labelledby, the name those ids give it) of each scrolling box of the page at `url`."""
    page = soup(client.get(url))
    found = []
    for box in page.select(".table-scroll"):
        assert (box["tabindex"], box["role"], box.find("table") is not None) == ("0", "region", True)
        ids = box["aria-labelledby"]
        found.append((ids, " ".join(page.find(id=id).get_text(strip=True) for id in ids.split())))
    return found


@pytest.mark.parametrize(
    "url, captions",
    [
        ("/en/contact/figures/", ("By department", "By kind of request")),
        ("/contact/figures/", ("به تفکیک واحد", "به تفکیک نوع درخواست")),
    ],
)
def test_each_table_of_the_request_figures_is_named_by_its_period_and_its_caption(client, url, captions):
    found = regions(client, url)
    assert [ids for ids, _name in found] == [
        "period-1 period-1-departments",
        "period-1 period-1-kinds",
        "period-2 period-2-departments",
        "period-2 period-2-kinds",
    ]
    for (_ids, name), caption in zip(found, captions * 2, strict=True):
        period, _, rest = name.rpartition(" " + caption)
        assert period and rest == ""


@pytest.mark.parametrize("language, heading", [("fa", "تاریخ‌ها"), ("en", "Dates")])
def test_a_tenders_dates_are_a_region_named_by_their_heading(client, language, heading):
    tender = TenderPage.objects.live().filter(locale__language_code=language).first()
    assert regions(client, tender.url) == [("tender-dates", heading)]


def test_a_service_cards_table_of_linked_systems_is_a_region_named_by_its_heading(client):
    assert ("systems-heading", "Links to other systems") in regions(client, "/en/services/labour-dispute/")
