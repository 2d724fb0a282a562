"""Tracking: wrong pairs reveal nothing and are rate-limited; pages are private."""

import pytest
from django.test import Client

from forms_pages.factories import CitizenRequestFactory
from tests.soup import soup

pytestmark = pytest.mark.django_db


def text_of(response):
    return soup(response).select_one("main").get_text(" ", strip=True)


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
    # To the tracking form (tests/forms_pages/test_tracking_unproved.py), never the request.
    for suffix in ("", "data.json", "receipt.pdf"):
        response = client.get(f"/track/{request_obj.code}/{suffix}")
        assert response.status_code == 302 and response["Location"] == "/track/"


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
    assert "۱۵ رقم" in text and "شماره همراه" in text


def test_tracking_pages_are_private_and_not_indexed(client, request_obj):
    client.post("/track/", {"code": request_obj.code, "contact": "09121112233"})
    response = client.get(f"/track/{request_obj.code}/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


def test_english_tracking_page(client):
    response = client.get("/en/track/")
    assert response.status_code == 200
    assert "Follow a request" in text_of(response)


def test_a_request_written_in_persian_reads_right_to_left_on_the_english_page(client, request_obj):
    """Laid out left to right, its question mark and full stop stood at the wrong end."""
    client.post("/en/track/", {"code": request_obj.code, "contact": "09121112233"})
    page = soup(client.get(f"/en/track/{request_obj.code}/"))
    assert page.select_one("h1 bdi[dir=auto][lang=fa]").get_text() == request_obj.subject
    assert request_obj.text in [p.get_text() for p in page.select("main p[dir=auto][lang=fa]")]


# --- locks per code and per contact, whatever the address ----------------------------------


def track_from(address, code, contact):
    return Client(REMOTE_ADDR=address).post("/track/", {"code": code, "contact": contact})


def test_a_code_locks_after_a_few_wrong_mobiles_from_many_addresses(request_obj, settings):
    settings.FORMS_RATE_LIMITS = {"track-code": (3, 86400)}
    for n in range(3):
        assert track_from(f"203.0.113.{n}", request_obj.code, f"0912000000{n}").status_code == 404
    # Locked now: even the right mobile, from a fresh address, is refused with a Persian reason.
    response = track_from("198.51.100.9", request_obj.code, "09121112233")
    assert response.status_code == 429
    assert "این کد پیگیری" in text_of(response) and "قفل" in text_of(response)
    # An unknown code locks the same way, so the lock tells nobody that a code exists.
    for n in range(3):
        track_from(f"203.0.114.{n}", "555554444433333", f"0912000000{n}")
    assert track_from("198.51.100.10", "555554444433333", "09121112233").status_code == 429
    # Other codes are not affected.
    other = CitizenRequestFactory(mobile="09125556677")
    assert track_from("198.51.100.11", other.code, "09125556677").status_code == 302


def test_one_mobile_tried_against_many_codes_is_paused(settings):
    settings.FORMS_RATE_LIMITS = {"track-contact": (3, 86400)}
    for n in range(3):
        assert track_from(f"203.0.113.{n}", f"11111222223333{n}", "09127778899").status_code == 404
    response = track_from("198.51.100.9", "111112222233339", "09127778899")
    assert response.status_code == 429
    assert "این شماره همراه یا ایمیل" in text_of(response)


def test_the_desk_sees_wrong_tries_and_the_lock_in_the_history(request_obj, settings, admin_client):
    settings.FORMS_RATE_LIMITS = {"track-code": (2, 86400)}
    for n in range(2):
        track_from(f"203.0.113.{n}", request_obj.code, f"0912000000{n}")
    actions = list(request_obj.events.values_list("action", flat=True))
    assert actions.count("track_failed") == 2 and actions.count("track_locked") == 1
    page = admin_client.get(f"/admin/citizen-requests/edit/{request_obj.pk}/")
    assert page.status_code == 200
    history = soup(page).get_text(" ", strip=True)
    assert "پیگیری با شماره همراه یا ایمیل نادرست" in history
    assert "قفل پیگیری پس از تلاش‌های نادرست" in history
    # The citizen's own history does not show them.
    assert "track_failed" not in [event.action for event in request_obj.public_events()]


def test_the_code_has_one_name_on_the_form_its_errors_and_the_home_page(client, home_fa):
    """«کد پیگیری» in the label, in every error and on the home page's tile, never «کد رهگیری»."""
    empty = client.post("/track/", {"code": "", "contact": "09121112233"})
    short = client.post("/track/", {"code": "12", "contact": "09121112233"})
    long = client.post("/track/", {"code": "1" * 41, "contact": "09121112233"})
    for response in (empty, short, long):
        assert response.status_code == 400
        page = soup(response)
        assert "کد پیگیری" in page.select_one("label[for='id_code']").get_text()
        assert "کد پیگیری" in page.select_one("#id_code_error").get_text()
        assert "رهگیری" not in response.content.decode()
    tiles = soup(client.get("/")).select_one(".task-actions").get_text()
    assert "با کد پیگیری و شماره همراه یا ایمیل" in tiles and "رهگیری" not in tiles
