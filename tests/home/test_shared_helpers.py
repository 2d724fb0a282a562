"""The small helpers every app shares (home/): each has one implementation, tested here."""

from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from home.i18n import localised

pytestmark = pytest.mark.django_db


def test_localised_picks_the_english_copy_on_english_pages_and_falls_back_to_persian():
    contact = SimpleNamespace(address="خیابان آزادی", address_en="Azadi Street", note="یادداشت", note_en="")
    with translation.override("fa"):
        assert localised(contact, "address") == "خیابان آزادی"
    with translation.override("en"):
        assert localised(contact, "address") == "Azadi Street"
        assert localised(contact, "note") == "یادداشت"
        assert localised(contact, "note", fallback=False) == ""
        assert localised({"message": "پیام", "message_en": "Notice"}, "message") == "Notice"


def test_maintenance_page_shows_the_message_of_the_page_language():
    state = {"message": "انتقال به سرورهای تازه", "message_en": "Moving to new servers"}
    with translation.override("en"):
        english = render_to_string("maintenance.html", {"maintenance": state})
    with translation.override("fa"):
        persian = render_to_string("maintenance.html", {"maintenance": state})
    assert "Moving to new servers" in english and "انتقال به سرورهای تازه" not in english
    assert "انتقال به سرورهای تازه" in persian and "Moving to new servers" not in persian
