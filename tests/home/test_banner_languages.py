"""The site-wide banner in two languages: the admin wants both messages while it is shown, and
no page shows the other language's message (an English page carries no Persian)."""

import datetime

import pytest
from django.utils import timezone

from home.language.jalali_input import format_jalali_input
from home.models import SiteBanner
from tests.soup import ok_soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rendered_context")]

PERSIAN = "سامانه پرداخت امشب از ساعت ۲۲ تا ۲۴ در دسترس نیست."
ENGLISH = "The payment system is down tonight from 22:00 to 24:00."


def banner_text(response):
    found = ok_soup(response).select_one(".site-banner")
    return None if found is None else " ".join(found.get_text(" ").split())


def set_banner(site, **fields):
    banner = SiteBanner.for_site(site)
    fields = {"level": "outage", "starts_at": None, "ends_at": None, **fields}
    for name, value in fields.items():
        setattr(banner, name, value)
    banner.save()  # as data saved before the form asked for both messages


def admin_data(**fields):
    now = timezone.now()
    return {
        "message": PERSIAN,
        "message_en": ENGLISH,
        "level": "outage",
        "starts_at": format_jalali_input(now - datetime.timedelta(minutes=5), with_time=True),
        "ends_at": format_jalali_input(now + datetime.timedelta(hours=3), with_time=True),
        **fields,
    }


@pytest.mark.parametrize(
    ("missing", "error"),
    [
        ("message_en", "متن انگلیسی اعلان را هم بنویسید؛ خوانندگان صفحه‌های انگلیسی آن را می‌بینند."),
        ("message", "متن فارسی اعلان را هم بنویسید؛ خوانندگان صفحه‌های فارسی آن را می‌بینند."),
    ],
)
def test_a_banner_with_one_message_is_not_saved(admin_client, site, missing, error):
    set_banner(site, message="", message_en="")
    url = f"/admin/settings/home/sitebanner/{site.pk}/"
    response = admin_client.post(url, admin_data(**{missing: ""}))
    assert response.status_code == 200
    assert [str(message) for message in response.context["form"].errors[missing]] == [error]
    page = response.content.decode()
    assert error in page
    assert (ENGLISH if missing == "message" else PERSIAN) in page  # what was typed is kept
    banner = SiteBanner.objects.get(site=site)
    assert (banner.message, banner.message_en) == ("", "")

    assert admin_client.post(url, admin_data()).status_code == 302
    banner = SiteBanner.objects.get(site=site)
    assert (banner.message, banner.message_en) == (PERSIAN, ENGLISH)


def test_a_banner_whose_time_is_over_keeps_its_one_message(admin_client, site):
    """Ending a banner in a hurry (“shown until” now) does not ask for a translation first."""
    set_banner(site, message=PERSIAN, message_en="")
    now = timezone.now()
    data = admin_data(
        message_en="",
        starts_at=format_jalali_input(now - datetime.timedelta(hours=3), with_time=True),
        ends_at=format_jalali_input(now - datetime.timedelta(minutes=1), with_time=True),
    )
    assert admin_client.post(f"/admin/settings/home/sitebanner/{site.pk}/", data).status_code == 302
    assert not SiteBanner.objects.get(site=site).is_active()


def test_each_page_shows_its_own_message(client, site):
    set_banner(site, message=PERSIAN, message_en=ENGLISH)
    assert banner_text(client.get("/")) == PERSIAN
    assert banner_text(client.get("/en/")) == ENGLISH
    set_banner(site, message_en="The payment system is back.")  # seen at once (the cache follows)
    assert banner_text(client.get("/en/")) == "The payment system is back."


def test_an_english_page_never_shows_the_persian_message(client, site):
    set_banner(site, message=PERSIAN, message_en="")
    assert banner_text(client.get("/")) == PERSIAN
    for path in ("/en/", "/en/tenders/"):
        response = client.get(path)
        assert PERSIAN not in response.content.decode()
        assert banner_text(response) == "Some services are unavailable. See the notice on the Persian site."
        link = ok_soup(response).select_one(".site-banner a")
        assert (link["href"], link["hreflang"]) == ("/", "fa")
    set_banner(site, level="info")
    assert banner_text(client.get("/en/")) == "See the notice on the Persian site."


def test_an_english_only_message_shows_and_stays_off_persian_pages(client, site):
    set_banner(site, message="", message_en=ENGLISH)
    assert banner_text(client.get("/en/")) == ENGLISH
    response = client.get("/")
    assert ENGLISH not in response.content.decode()
    assert banner_text(response) == "برخی خدمات در دسترس نیستند. اعلان را در بخش انگلیسی درگاه ببینید."
    link = ok_soup(response).select_one(".site-banner a")
    assert (link["href"], link["hreflang"]) == ("/en/", "en")
