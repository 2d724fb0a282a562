"""The banner and maintenance settings refuse times that would make them lie to the public."""

import datetime

import pytest
from django.utils import timezone

from home.language.jalali_input import format_jalali_input
from home.models import MaintenanceSettings, SiteBanner

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rendered_context")]


def jalali(moment):
    return format_jalali_input(moment, with_time=True)


def errors_text(response, name):
    return " ".join(str(message) for message in response.context["form"].errors.get(name, []))


def test_banner_ending_before_it_starts_is_refused(admin_client, site):
    url = f"/admin/settings/home/sitebanner/{site.pk}/"
    start = timezone.now() + datetime.timedelta(days=10)
    data = {
        "message": "قطعی برنامه‌ریزی‌شده",
        "message_en": "Planned outage",
        "level": "outage",
        "starts_at": jalali(start),
        "ends_at": jalali(start - datetime.timedelta(days=1)),
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200
    message = "پایان نمایش اعلان باید پس از آغاز آن باشد"
    assert message in errors_text(response, "ends_at")
    assert message in response.content.decode()
    assert "قطعی برنامه‌ریزی‌شده" in response.content.decode()  # what was typed is kept
    assert not SiteBanner.objects.filter(site=site, message="قطعی برنامه‌ریزی‌شده").exists()

    data["ends_at"] = jalali(start + datetime.timedelta(hours=2))
    assert admin_client.post(url, data).status_code == 302
    assert SiteBanner.objects.get(site=site).message == "قطعی برنامه‌ریزی‌شده"


@pytest.fixture
def maintenance_url(site):
    yield f"/admin/settings/home/maintenancesettings/{site.pk}/"
    setting = MaintenanceSettings.for_site(site)
    setting.enabled = False
    setting.save()  # through the signal that forgets the cached state


def test_maintenance_expected_back_in_the_past_is_refused(admin_client, site, maintenance_url):
    past = jalali(timezone.now() - datetime.timedelta(hours=3))
    data = {"enabled": "on", "message": "جابه‌جایی کارسازها", "message_en": "Moving servers", "expected_back_at": past}
    response = admin_client.post(maintenance_url, data)
    assert response.status_code == 200
    assert "این زمان گذشته است" in errors_text(response, "expected_back_at")
    assert not MaintenanceSettings.for_site(site).enabled

    future = timezone.now() + datetime.timedelta(hours=3)
    assert admin_client.post(maintenance_url, {**data, "expected_back_at": jalali(future)}).status_code == 302
    assert MaintenanceSettings.for_site(site).enabled


@pytest.mark.parametrize(
    ("given", "missing", "expected"),
    [
        ("message", "message_en", "آنچه در جریان است را به انگلیسی هم بنویسید"),
        ("message_en", "message", "آنچه در جریان است را به فارسی هم بنویسید"),
    ],
)
def test_maintenance_with_a_message_in_one_language_only_is_refused(
    admin_client, site, maintenance_url, given, missing, expected
):
    """Each language's 503 page shows its own message only: the operator is asked for the other."""
    texts = {"message": "جابه‌جایی کارسازها", "message_en": "Moving servers"}
    data = {"enabled": "on", "message": "", "message_en": "", given: texts[given]}
    response = admin_client.post(maintenance_url, data)
    assert response.status_code == 200
    assert expected in errors_text(response, missing)
    assert texts[given] in response.content.decode()  # what was typed is kept
    assert not MaintenanceSettings.for_site(site).enabled
    assert admin_client.post(maintenance_url, {**data, **texts}).status_code == 302
    assert MaintenanceSettings.for_site(site).enabled


def test_switching_maintenance_off_keeps_a_past_time(admin_client, site, maintenance_url):
    past = jalali(timezone.now() - datetime.timedelta(hours=3))
    data = {"message": "", "message_en": "", "expected_back_at": past}  # "enabled" unticked
    assert admin_client.post(maintenance_url, data).status_code == 302


@pytest.mark.parametrize("setting", ["sitebanner", "maintenancesettings", "contactsettings"])
def test_each_language_s_box_runs_in_its_direction_in_the_english_admin(admin_client, admin_user, site, setting):
    """A Persian message typed in the English admin ran left to right (its full stop on the wrong side)."""
    from wagtail.users.models import UserProfile

    from tests.soup import soup

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    form = soup(admin_client.get(f"/admin/settings/home/{setting}/{site.pk}/")).select_one("main form")
    assert form.select_one("h2, label").get_text(strip=True).isascii()  # the English admin indeed
    boxes = {box["name"]: (box.get("lang"), box.get("dir")) for box in form.select("textarea[name], input[name]")}
    bilingual = [name for name in boxes if f"{name}_en" in boxes]
    assert bilingual
    for name in bilingual:
        assert boxes[name] == ("fa", "rtl"), name
        assert boxes[f"{name}_en"] == ("en", "ltr"), name
