"""The panels other pages include from services_tags: the home page and the domain sections."""

import pytest

from services.models import ServicePage
from tests.soup import soup

pytestmark = pytest.mark.django_db


def test_home_page_links_to_the_catalogue(client):
    """The home page leads with the five most-used services, in their rank, and the catalogue."""
    dom = soup(client.get("/"))
    panel = dom.select_one(".home-panel--services")
    assert panel is not None
    assert "/services/" in {a["href"] for a in panel.select("a")}
    shown = [item.select_one(".top-service__title").get_text(strip=True) for item in panel.select(".top-service")]
    ranked = list(
        ServicePage.objects.live()
        .filter(locale__language_code="fa", most_used_rank__isnull=False)
        .order_by("most_used_rank")
        .values_list("title", flat=True)[:5]
    )
    assert len(ranked) == 5
    assert shown == ranked


def test_english_home_panel_lists_english_services(client):
    dom = soup(client.get("/en/"))
    titles = {item.get_text(strip=True) for item in dom.select(".home-panel--services .top-service__title")}
    english = set(ServicePage.objects.live().filter(locale__language_code="en").values_list("title", flat=True))
    assert len(titles) == 5
    assert titles <= english


def test_section_page_lists_its_domain_services(client):
    dom = soup(client.get("/cooperatives/"))
    titles = {a.get_text(strip=True) for a in dom.select(".domain-services .card a")}
    expected = set(
        ServicePage.objects.live()
        .filter(locale__language_code="fa", domain="cooperatives")
        .values_list("title", flat=True)[:8]
    )
    assert titles == expected
    more = dom.select_one(".domain-services p a")["href"]
    assert more == "/services/?domain=cooperatives"
