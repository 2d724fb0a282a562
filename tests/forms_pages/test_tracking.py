"""Tracking: wrong pairs reveal nothing and are rate-limited; pages are private."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from forms_pages.factories import CitizenRequestFactory

pytestmark = pytest.mark.django_db


def text_of(response):
    return BeautifulSoup(response.content.decode(), "html.parser").select_one("main").get_text(" ", strip=True)


@pytest.fixture
def request_obj():
    return CitizenRequestFactory(mobile="09121112233", email="ali@example.ir")


def test_right_pair_by_mobile_or_email(client, request_obj):
    response = client.post("/track/", {"code": request_obj.code, "contact": "09121112233"})
    assert response.status_code == 302 and response["Location"].endswith(f"/track/{request_obj.code}/")
    other = Client()
    response = other.post("/track/", {"code": request_obj.code_display, "contact": "ALI@example.ir"})
    assert response.status_code == 302


def test_wrong_pairs_look_the_same(client, request_obj):
    wrong_contact = client.post("/track/", {"code": request_obj.code, "contact": "09129999999"})
    unknown_code = client.post("/track/", {"code": "000000000000001", "contact": "09121112233"})
    assert wrong_contact.status_code == unknown_code.status_code == 404
    message = "هیچ درخواستی با این کد پیگیری"
    assert message in text_of(wrong_contact) and message in text_of(unknown_code)
    assert request_obj.subject not in wrong_contact.content.decode()


def test_detail_needs_a_proved_pair(client, request_obj):
    assert client.get(f"/track/{request_obj.code}/").status_code == 404
    assert client.get(f"/track/{request_obj.code}/data.json").status_code == 404
    assert client.get(f"/track/{request_obj.code}/receipt.pdf").status_code == 404


def test_tracking_is_rate_limited(client, request_obj, settings):
    settings.FORMS_RATE_LIMITS = {"track": (3, 900)}
    for _ in range(3):
        assert client.post("/track/", {"code": "123451234512345", "contact": "09121112233"}).status_code == 404
    response = client.post("/track/", {"code": request_obj.code, "contact": "09121112233"})
    assert response.status_code == 429
    assert "چند دقیقه" in text_of(response)


def test_malformed_input_is_a_400_with_persian_errors(client):
    response = client.post("/track/", {"code": "12", "contact": "hello"})
    assert response.status_code == 400
    text = text_of(response)
    assert "پانزده رقم" in text and "موبایل" in text


def test_tracking_pages_are_private_and_not_indexed(client, request_obj):
    client.post("/track/", {"code": request_obj.code, "contact": "09121112233"})
    response = client.get(f"/track/{request_obj.code}/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


def test_english_tracking_page(client):
    response = client.get("/en/track/")
    assert response.status_code == 200
    assert "Follow a request" in text_of(response)
