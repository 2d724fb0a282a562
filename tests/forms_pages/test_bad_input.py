"""Bad input on tracking and replies: a clear Persian error and a 4xx, never a 500."""

import pytest

from forms_pages.models import CitizenRequest
from tests.soup import soup

pytestmark = pytest.mark.django_db


def persian_errors(response):
    return " ".join(li.get_text() for li in soup(response).select(".errorlist li"))


@pytest.fixture
def stored(client, valid_data):
    client.post("/contact/", valid_data)
    return CitizenRequest.objects.get(subject=valid_data["subject"])


@pytest.mark.parametrize(
    "data, words",
    [
        ({"code": "12345\x0067890", "contact": "09123456789"}, ("تهی",)),
        # Far too long: what a code is, as for any other wrong code.
        ({"code": "1" * 10_000, "contact": "09123456789"}, ("۱۵ رقم",)),
        ({"code": "<b>12345</b>", "contact": "09123456789"}, ("۱۵ رقم", "15", "پانزده رقم")),
        ({"code": "123456789012345", "contact": "<script>alert(1)</script>"}, ("شماره همراه",)),
        ({"code": "", "contact": ""}, ("لازم", "ضروری", "بنویسید", "وارد")),
    ],
)
def test_bad_tracking_input_gets_a_persian_400(client, data, words):
    response = client.post("/track/", data)
    assert response.status_code == 400
    errors = persian_errors(response)
    assert any(word in errors for word in words), errors


@pytest.mark.parametrize("number", ["۰۹۱۲۳۴۵", "0912 345 678", "+98 912", "+44 77"])
def test_a_mistyped_number_is_told_how_to_write_it(client, number):
    # Was «enter the mobile number or e-mail you gave», to a reader who had entered their number.
    response = client.post("/track/", {"code": "123456789012345", "contact": number})
    assert response.status_code == 400
    errors = persian_errors(response)
    assert "شماره همراه ایرانی را یازده‌رقمی و با ۰۹ در آغاز وارد کنید" in errors
    assert "یا ایمیلی را" not in errors
    english = client.post("/en/track/", {"code": "123456789012345", "contact": number})
    assert "Enter an Iranian mobile number as 09xxxxxxxxx" in persian_errors(english)


def test_what_is_no_number_nor_e_mail_is_asked_for_either(client):
    response = client.post("/track/", {"code": "123456789012345", "contact": "علی رضایی"})
    assert response.status_code == 400
    assert "شماره همراه یا ایمیلی را که هنگام ثبت درخواست دادید وارد کنید" in persian_errors(response)


def test_wrong_code_or_wrong_pair_gets_the_same_persian_404(client, stored):
    unknown = client.post("/track/", {"code": "000000000000001", "contact": "09123456789"})
    wrong_pair = client.post("/track/", {"code": stored.code, "contact": "09350000000"})
    assert unknown.status_code == wrong_pair.status_code == 404
    message = "هیچ درخواستی با این کد پیگیری"
    assert message in soup(unknown).get_text() and message in soup(wrong_pair).get_text()


def test_a_huge_body_gets_a_persian_400_not_a_500(client, stored):
    client.post("/track/", {"code": stored.code, "contact": "09123456789"})
    response = client.post(f"/track/{stored.code}/reply/", {"text": "ا" * 3_000_000})
    assert response.status_code == 400
    assert "پذیرفته نشد" in soup(response).get_text()
    assert not stored.events.filter(action="replied").exists()


def test_markup_in_a_reply_is_refused_and_never_rendered(client, stored):
    client.post("/track/", {"code": stored.code, "contact": "09123456789"})
    response = client.post(f"/track/{stored.code}/reply/", {"text": 'سلام <img src=x onerror="alert(1)">'})
    assert response.status_code == 400
    assert "HTML" in persian_errors(response)
    assert "<img src=x" not in response.content.decode()
