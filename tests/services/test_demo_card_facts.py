"""The demo's service cards say only what is true: no made-up online address on
services.example.ir (the card then says how to apply), and no sample fee where the service-level
statement says «ارائه خدمات در این دستگاه هزینه ای ندارد». Seeding again corrects a database
seeded before, on cards no one has edited."""

import io
import json

import pytest
from django.core.management import call_command

from services.factories import make_service
from services.models import ServiceIndexPage, ServicePage
from tests.soup import soup

pytestmark = pytest.mark.django_db


def test_no_demo_card_gives_a_made_up_address_or_a_fee():
    cards = ServicePage.objects.all()
    assert cards.exists()
    assert not [card.url_path for card in cards if "example" in card.online_url]
    assert not [card.url_path for card in cards if not card.is_free or card.cost_notes]


def test_seeding_again_clears_the_sample_fee_and_address_of_an_earlier_database():
    pages = ServicePage.objects.filter(slug="foreign-work-permit")
    notes = {"fa": "تعرفه سالانه مصوب؛ مبلغ نمونه است.", "en": "The approved yearly tariff; the amount is a sample."}
    for page in pages:
        page.online_url = "https://services.example.ir/foreign-work-permit"
        page.is_free, page.cost_rials, page.cost_notes = False, 12_000_000, notes[page.locale.language_code]
        page.save_revision().publish()

    call_command("seed_services", stdout=io.StringIO())

    for page in ServicePage.objects.filter(slug="foreign-work-permit"):
        assert (page.online_url, page.is_free, page.cost_rials, page.cost_notes) == ("", True, None, "")
        assert not page.has_unpublished_changes


def test_seeding_again_leaves_an_address_an_editor_gave(admin_user):
    page = ServicePage.objects.get(slug="foreign-work-permit", locale__language_code="fa")
    page.online_url = "https://mcls.gov.ir/"
    page.save_revision(user=admin_user).publish(user=admin_user)

    call_command("seed_services", stdout=io.StringIO())

    assert ServicePage.objects.get(pk=page.pk).online_url == "https://mcls.gov.ir/"


def test_a_card_with_no_online_address_says_how_to_apply(client):
    catalogue = ServiceIndexPage.objects.get(locale__language_code="fa")
    made = make_service(
        catalogue, slug="no-address-yet", delivery_level="electronic", online_url="", in_person_reasons=""
    )
    for url, apply, channels in (
        (made.url, "نحوه درخواست خدمت", "درگاه‌های ارائه خدمت"),
        ("/en/services/foreign-work-permit/", "How to apply", "Delivery channels"),
    ):
        html = soup(client.get(url))
        link = html.select_one(".service-actions a[href='#channels-heading']")
        assert link is not None and link.get_text(strip=True) == apply, url
        assert html.find(id="channels-heading").get_text(strip=True) == channels
        assert not html.select(".service-actions a[rel=external]")


def test_an_address_an_editor_gives_is_the_button_and_the_json_ld_service_url(client):
    catalogue = ServiceIndexPage.objects.get(locale__language_code="fa")
    made = make_service(catalogue, slug="with-address", online_url="https://mcls.gov.ir/")
    html = soup(client.get(made.url))
    assert html.select_one(".service-actions a[rel=external]")["href"] == "https://mcls.gov.ir/"
    blocks = [json.loads(s.string) for s in html.select('script[type="application/ld+json"]')]
    service = next(b for b in blocks if b.get("@type") == "GovernmentService")
    assert any(c.get("serviceUrl") == "https://mcls.gov.ir/" for c in service["availableChannel"])
