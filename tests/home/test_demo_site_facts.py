"""The demo's site furniture says only what is true: no Bale or Eitaa link to a placeholder
channel (ble.ir/example, eitaa.com/example), and the desk has one name, the service-level
statement's «میز خدمات الکترونیک» (the menu, breadcrumb and heading said «میز خدمت الکترونیکی»)."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Site

from home.models import ContactSettings
from tests.soup import soup

pytestmark = pytest.mark.django_db


def test_the_footer_links_no_placeholder_channel(client):
    for path in ("/", "/en/"):
        links = [a["href"] for a in soup(client.get(path)).select("footer a[href]")]
        assert links and not [href for href in links if "ble.ir" in href or "eitaa.com" in href], path


def test_seeding_again_clears_the_placeholder_channels_of_an_earlier_database():
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.bale_url, contact.eitaa_url = "https://ble.ir/example", "https://eitaa.com/example"
    contact.instagram_url = "https://instagram.com/a-real-one"
    contact.save()

    call_command("seed_home", stdout=io.StringIO())

    contact.refresh_from_db()
    assert (contact.bale_url, contact.eitaa_url) == ("", "")
    assert contact.instagram_url == "https://instagram.com/a-real-one"  # an editor's, kept


@pytest.mark.parametrize(
    ("path", "name", "other"),
    [
        ("/", "میز خدمات الکترونیک", "میز خدمت الکترونیکی"),
        ("/en/", "Electronic Services Desk", "Electronic services desk"),
    ],
)
def test_the_desk_has_the_statements_name_everywhere(client, path, name, other):
    home = soup(client.get(path))
    menu = [a.get_text(strip=True) for a in home.select("header nav a")]
    assert name in menu, menu
    desk = soup(client.get(f"{path}services/"))
    assert desk.h1.get_text(strip=True) == name
    assert name in desk.select_one("nav.breadcrumbs").get_text()
    assert other not in client.get(path).content.decode() + client.get(f"{path}services/").content.decode()
