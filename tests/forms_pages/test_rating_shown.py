"""The thanks for a rating, on the request's page, writes the rating in the page's digits."""

import pytest

from forms_pages.choices import RequestStatus
from forms_pages.factories import CitizenRequestFactory
from tests.soup import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("prefix, shown", [("", "۴ از ۵"), ("/en", "4 out of 5")])
def test_the_rating_given_is_written_in_the_pages_digits(client, prefix, shown):
    rated = CitizenRequestFactory(mobile="09121112233", status=RequestStatus.CLOSED, rating=4)
    assert client.post(f"{prefix}/track/", {"code": rated.code, "contact": "09121112233"}).status_code == 302
    thanks = client.get(f"{prefix}/track/{rated.code}/").content.decode()
    assert shown in thanks  # «امتیاز 4 از ۵» mixed Latin and Persian digits in one phrase


@pytest.mark.parametrize("prefix, scale", [("", ["۱", "۲", "۳", "۴", "۵"]), ("/en", ["1", "2", "3", "4", "5"])])
def test_the_rating_scale_is_the_sites_field_in_the_pages_digits(client, prefix, scale):
    """The scale is drawn by the one field component (a required legend, options in a row, an
    error above them all), as the service survey's is."""
    closed = CitizenRequestFactory(mobile="09121112233", status=RequestStatus.CLOSED)
    assert client.post(f"{prefix}/track/", {"code": closed.code, "contact": "09121112233"}).status_code == 302
    group = soup(client.get(f"{prefix}/track/{closed.code}/")).select_one("fieldset:has(input[name=rating])")
    assert group.legend.get_text(strip=True).endswith("*")
    assert [label.get_text(strip=True) for label in group.select(".choices--inline .choice label")] == scale
    refused = client.post(f"{prefix}/track/{closed.code}/", {"comment": "—"})
    assert refused.status_code == 400
    group = soup(refused).select_one("fieldset:has(input[name=rating])")
    assert group["aria-describedby"] == "id_rating_error" and group.select_one("#id_rating_error")
