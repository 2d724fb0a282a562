"""The ministry's organisations in every page's footer: one list of entries, each translated in
wagtail-localize, managed by the administrator under Settings."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.demo.content import ORGANISATIONS
from home.models import Organisation
from tests.soup import soup

pytestmark = pytest.mark.django_db


def footer_organisations(client, path):
    """(address, name) of each link in the footer's list of organisations, in order."""
    response = client.get(path)
    assert response.status_code == 200
    nav = soup(response).select_one('footer nav[aria-labelledby="footer-orgs"]')
    if nav is None:
        return []
    return [(link["href"], link.get_text(strip=True)) for link in nav.select("li a")]


def test_the_footer_names_each_organisation_in_the_readers_language(client):
    # As seeded, in the seeded order.
    persian = footer_organisations(client, "/")
    assert persian and persian == [(url, name) for name, _english, url in ORGANISATIONS]
    english = footer_organisations(client, "/en/")
    assert english == [(url, name) for _persian, name, url in ORGANISATIONS]
    assert not any(re.search("[\u0600-\u06ff]", name) for _url, name in english)


def test_an_organisation_is_on_english_pages_once_its_name_is_translated(admin_client, client):
    persian = Organisation.objects.create(
        locale=Locale.objects.get(language_code="fa"),
        name="سازمان ملی مهارت",
        url="https://www.skills.ir/",
        sort_order=9,
    )
    assert footer_organisations(client, "/")[-1] == ("https://www.skills.ir/", "سازمان ملی مهارت")
    assert "https://www.skills.ir/" not in dict(footer_organisations(client, "/en/"))

    # Sent for translation, wagtail-localize makes the English entry with the Persian name: it
    # stays off English pages until the name is translated.
    english_locale = Locale.objects.get(language_code="en")
    submit = reverse("wagtail_localize:submit_snippet_translation", args=["home", "organisation", persian.pk])
    assert admin_client.post(submit, {"locales": [english_locale.pk]}).status_code == 302
    assert persian.get_translation(english_locale).name == "سازمان ملی مهارت"
    assert "https://www.skills.ir/" not in dict(footer_organisations(client, "/en/"))

    source = TranslationSource.objects.get_for_instance(persian)
    segment = StringSegment.objects.select_related("string", "context").get(source=source, context__path="name")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=english_locale,
        context=segment.context,
        data="National Skills Organization",
    )
    Translation.objects.get(source=source, target_locale=english_locale).save_target()
    assert footer_organisations(client, "/en/")[-1] == ("https://www.skills.ir/", "National Skills Organization")
    assert footer_organisations(client, "/")[-1] == ("https://www.skills.ir/", "سازمان ملی مهارت")


def test_the_administrator_edits_an_organisation_under_settings_and_the_footer_follows(admin_client, client):
    # In the Settings menu, beside the menus.
    assert "/admin/snippets/home/organisation/" in admin_client.get("/admin/").content.decode()

    listing = admin_client.get("/admin/snippets/home/organisation/")
    assert listing.status_code == 200
    page = soup(listing)
    assert page.select_one("h1").get_text(strip=True) == "سازمان‌های تابعه وزارت"
    assert "سازمان بهزیستی کشور" in page.get_text()

    welfare = Organisation.objects.get(locale__language_code="fa", url="https://www.behzisti.ir/")
    edit = f"/admin/snippets/home/organisation/edit/{welfare.pk}/"
    form = soup(admin_client.get(edit))
    labels = {label.get_text(" ", strip=True).rstrip("*").strip() for label in form.select("label[for]")}
    assert {"نام", "نشانی وب", "ترتیب"} <= labels

    # A bad address is refused with the field's error, and nothing changes.
    refused = admin_client.post(edit, {"name": "بهزیستی", "url": "behzisti", "sort_order": "1"})
    assert refused.status_code == 200
    assert "یک نشانی اینترنتی معتبر وارد کنید" in refused.content.decode()
    assert Organisation.objects.get(pk=welfare.pk).name == "سازمان بهزیستی کشور"

    saved = admin_client.post(edit, {"name": "سازمان بهزیستی", "url": "https://www.behzisti.ir/", "sort_order": "1"})
    assert saved.status_code == 302
    assert ("https://www.behzisti.ir/", "سازمان بهزیستی") in footer_organisations(client, "/")
