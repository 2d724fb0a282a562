"""Many citizens share one address (mobile networks' CGNAT): the per-address tracking limit
counts only look-ups that matched no request, and when it is reached the form comes back with
the typed code and how long to wait, never a page without it."""

import pytest
from django.test import Client

from forms_pages.factories import CitizenRequestFactory
from home.language.text import to_ascii_digits, to_persian_digits
from tests.soup import soup

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.40"


@pytest.fixture
def request_obj():
    return CitizenRequestFactory(mobile="09121112233")


@pytest.fixture
def shared():
    """A browser behind the shared address."""
    return Client(REMOTE_ADDR=ADDRESS)


def text_of(response):
    return " ".join(soup(response).select_one("main").get_text(" ").split())


def test_mistakes_in_the_form_and_look_ups_that_work_do_not_count(shared, request_obj, settings):
    settings.FORMS_RATE_LIMITS = {"track": (2, 900)}
    for _ in range(3):
        assert shared.post("/track/", {"code": "", "contact": ""}).status_code == 400
        assert shared.post("/track/", {"code": "12", "contact": "hello"}).status_code == 400
        assert shared.post("/track/", {"code": request_obj.code, "contact": "09121112233"}).status_code == 302
    # Well past 2 posts: the 11th post of the walk, with the right pair, still gets through.
    assert shared.post("/track/", {"code": request_obj.code, "contact": "09121112233"}).status_code == 302


def test_wrong_pairs_count_and_the_form_comes_back_with_the_code(shared, request_obj, settings):
    settings.FORMS_RATE_LIMITS = {"track": (2, 900)}
    for n in range(2):
        assert shared.post("/track/", {"code": f"12345123451234{n}", "contact": "09127778899"}).status_code == 404
    typed = {"code": request_obj.code_display, "contact": "09121112233"}
    response = Client(REMOTE_ADDR=ADDRESS).post("/track/", typed)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 900
    assert "no-store" in response["Cache-Control"]
    page = soup(response)
    assert page.select_one("#id_code")["value"] == request_obj.code_display
    assert page.select_one("#id_contact")["value"] == "09121112233"
    text = text_of(response)
    assert "کد پیگیری شما همین‌جا مانده است" in text and "دقیقهٔ دیگر" in text
    # The wait is in minutes, in Persian digits, within the window.
    minutes = text.split("مانده است:")[1].split("دقیقهٔ دیگر")[0].strip()
    assert minutes == to_persian_digits(to_ascii_digits(minutes)) and 1 <= int(to_ascii_digits(minutes)) <= 15
    # Another address is not affected.
    assert Client(REMOTE_ADDR="198.51.100.40").post("/track/", typed).status_code == 302


def test_refusals_for_the_limit_do_not_count_towards_the_code_lock(shared, request_obj, settings):
    settings.FORMS_RATE_LIMITS = {"track": (1, 900), "track-code": (3, 86400)}
    assert shared.post("/track/", {"code": request_obj.code, "contact": "09120000001"}).status_code == 404
    for _ in range(5):
        assert shared.post("/track/", {"code": request_obj.code, "contact": "09120000002"}).status_code == 429
    assert list(request_obj.events.values_list("action", flat=True)).count("track_failed") == 1
    assert Client().post("/track/", {"code": request_obj.code, "contact": "09121112233"}).status_code == 302


def test_english_says_it_in_english(request_obj, settings):
    settings.FORMS_RATE_LIMITS = {"track": (1, 900)}
    Client(REMOTE_ADDR=ADDRESS).post("/en/track/", {"code": "123451234512340", "contact": "09127778899"})
    response = Client(REMOTE_ADDR=ADDRESS).post("/en/track/", {"code": request_obj.code, "contact": "09121112233"})
    assert response.status_code == 429
    assert "Your tracking code is still here: try again in" in text_of(response)
    assert soup(response).select_one("#id_code")["value"] == request_obj.code
