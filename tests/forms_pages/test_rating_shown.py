"""The thanks for a rating, on the request's page, writes the rating in the page's digits."""

import pytest

from forms_pages.factories import CitizenRequestFactory
from forms_pages.models import RequestStatus

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("prefix, shown", [("", "۴ از ۵"), ("/en", "4 out of 5")])
def test_the_rating_given_is_written_in_the_pages_digits(client, prefix, shown):
    rated = CitizenRequestFactory(mobile="09121112233", status=RequestStatus.CLOSED, rating=4)
    assert client.post(f"{prefix}/track/", {"code": rated.code, "contact": "09121112233"}).status_code == 302
    thanks = client.get(f"{prefix}/track/{rated.code}/").content.decode()
    assert shown in thanks  # «امتیاز 4 از ۵» mixed Latin and Persian digits in one phrase
