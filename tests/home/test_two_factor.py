"""Optional two-factor sign-in for staff (TOTP)."""

import base64
import datetime

import pytest
from django.test import override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.soup import parse, soup

pytestmark = pytest.mark.django_db


def current_code(device):
    return str(totp(device.bin_key, device.step, device.t0, device.digits, device.drift)).zfill(device.digits)


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("two-factor-staff", "s@example.ir", "a-long-password-1405")


def test_without_a_device_the_admin_opens_after_the_password(client, staff):
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200


def test_with_a_device_the_admin_waits_for_the_code(client, staff):
    device = TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    client.force_login(staff)
    response = client.get("/admin/pages/?ordering=title&p=2")
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/verify/?next=%2Fadmin%2Fpages%2F%3Fordering%3Dtitle%26p%3D2"

    wrong = client.post("/admin/2fa/verify/", {"token": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert "کد نادرست" in soup(wrong).get_text()
    assert client.get("/admin/").status_code == 302

    # django-otp slows down guessing: after a wrong code, the next waits a second. The second
    # passes for the device (its failure moved back) rather than for the test.
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=device.throttling_failure_timestamp - datetime.timedelta(seconds=1.1)
    )
    right = client.post("/admin/2fa/verify/", {"token": current_code(device), "next": "/admin/pages/"})
    assert right.status_code == 302 and right["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_the_code_prompt_gets_the_admin_icons_not_a_second_admin(client, staff):
    """The admin fetches its icon sprite by script and pastes the answer into the page. Sent to
    the code prompt instead, it pasted a whole second admin into it, whose sidebar covered the
    code field and the Continue button on a phone."""
    TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    client.force_login(staff)
    prompt = client.get("/admin/2fa/verify/?next=/admin/")
    assert prompt.status_code == 200
    sprite_url = soup(prompt).select_one("[data-icon-url]")["data-icon-url"]
    sprite = client.get(sprite_url)
    assert sprite.status_code == 200
    body = sprite.content.decode()
    assert "<svg" in body and "wagtail-sidebar" not in body and "<html" not in body
    assert client.get("/admin/pages/").status_code == 302  # the rest of the admin still waits


def test_verify_refuses_an_outside_next_url(client, staff):
    device = TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    client.force_login(staff)
    response = client.post("/admin/2fa/verify/", {"token": current_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_setup_confirms_a_device_with_one_code(client, staff):
    client.force_login(staff)
    page = client.get("/admin/2fa/setup/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html
    secret = parse(html).select_one("code").get_text()
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    assert base64.b32decode(secret) == device.bin_key
    assert client.post("/admin/2fa/setup/", {"token": "123"}).status_code == 200  # too short: form error
    response = client.post("/admin/2fa/setup/", {"token": current_code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    # The session that confirmed it is verified; a new sign-in must give a code.
    assert client.get("/admin/").status_code == 200
    client.logout()
    client.force_login(staff)
    assert client.get("/admin/").status_code == 302


@override_settings(STAFF_TWO_FACTOR_REQUIRED=True)
def test_compulsory_mode_sends_staff_without_a_device_to_setup(client, staff):
    client.force_login(staff)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"] == "/admin/2fa/setup/"


def test_public_site_is_not_affected(client, staff):
    TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    client.force_login(staff)
    assert client.get("/").status_code == 200


def test_the_two_factor_screens_header_names_them(client, staff):
    """The header's breadcrumbs read «خانه» alone, the screen's title nowhere in its header."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "fa"
    profile.save()
    client.force_login(staff)
    crumbs = [li.get_text(strip=True) for li in soup(client.get("/admin/2fa/setup/")).select(".w-breadcrumbs li")]
    assert crumbs[-1] == "ورود دومرحله‌ای", crumbs
    TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    client.logout()
    client.force_login(staff)
    crumbs = [li.get_text(strip=True) for li in soup(client.get("/admin/2fa/verify/")).select(".w-breadcrumbs li")]
    assert crumbs[-1] == "ورود دومرحله‌ای", crumbs
