"""Each language's pages in its own script, and an English site as whole as the Persian one."""

import re

import pytest
from django.utils import timezone
from wagtail.models import Locale

from home.models import ContactSettings
from newsroom.models import NewsPage
from services.models import FAQItem, LawPage, ServicePage
from tests.language_runs import wrong_script_runs
from tests.sitemaps import client_getter, sitemap_paths
from tests.soup import soup

pytestmark = pytest.mark.django_db


def pages_of(client, english):
    paths = [path for path in sitemap_paths(client_getter(client)) if path.startswith("/en/") == english]
    assert len(paths) > 40
    return paths


def leaks(client, paths, language):
    found = {}
    for path in paths:
        response = client.get(path)
        runs = wrong_script_runs(response.content.decode(), language)
        if response.status_code != 200 or runs:
            found[path] = [("status", response.status_code), *runs[:5]]
    return found


def test_scanner_tells_marked_from_unmarked_runs():
    english = '<html lang="en"><body><p>Law <span lang="fa">قانون کار</span></p><p>ماده ۱۲۰</p></body></html>'
    assert wrong_script_runs(english, "en") == [("p", "ماده ۱۲۰")]
    persian = (
        '<html lang="fa"><head><link rel="alternate" title="اخبار (RSS)"></head><body>'
        '<p>فایل <bdi lang="en">PDF</bdi> و <code>TLS-00001</code></p><p>دریافت (PDF)</p>'
        '<img alt="Sample image"><p>دولت به شهروند (G2C)</p><p>ماده 12 بند x</p></body></html>'
    )
    assert wrong_script_runs(persian, "fa") == [
        ("p", "دریافت (PDF)"),
        ("img@alt", "Sample image"),
        ("p", "دولت به شهروند (G2C)"),
    ]


def test_english_pages_carry_no_persian_outside_lang_fa(client):
    paths = pages_of(client, english=True)
    # The archive's month pages are not in the sitemap but are linked from every news listing.
    latest = NewsPage.objects.live().filter(locale__language_code="en").latest("date")
    local = timezone.localtime(latest.date)
    paths += [f"/en/news/archive/{local.year}/", f"/en/news/archive/{local.year}/{local.month}/"]
    assert leaks(client, paths, "en") == {}


def test_persian_pages_carry_no_latin_words_outside_lang_en_or_code(client):
    assert leaks(client, pages_of(client, english=False), "fa") == {}


def test_every_service_has_an_english_card_with_the_same_structure():
    persian = ServicePage.objects.live().filter(locale__language_code="fa")
    assert persian.count() >= 27
    en = Locale.objects.get(language_code="en")
    for page in persian:
        english = page.get_translation_or_none(en)
        assert english is not None and english.live, page.slug
        english = english.specific
        for field in ("triggers", "required_documents", "workflow", "system_links", "blank_forms"):
            assert len(getattr(english, field)) == len(getattr(page, field)), (page.slug, field)
        assert english.channels.count() == page.channels.count(), page.slug
        assert english.law_links.count() == page.law_links.count(), page.slug
        assert bool(english.cost_notes) == bool(page.cost_notes), page.slug
        assert bool(english.processing_time_notes) == bool(page.processing_time_notes), page.slug
        assert bool(english.in_person_reasons) == bool(page.in_person_reasons), page.slug
        for link in english.law_links.select_related("law"):
            assert re.fullmatch(r"((Article|Clause) \d+)?", link.article), (page.slug, link.article)
            assert link.law.locale_id == en.id, (page.slug, link.law.slug)


def test_every_law_has_its_articles_in_english():
    persian = LawPage.objects.live().filter(locale__language_code="fa")
    assert persian.count() >= 11
    for law in persian:
        english = LawPage.objects.live().get(translation_key=law.translation_key, locale__language_code="en")
        numbers = [block.value["number"] for block in english.body if block.block_type == "article"]
        assert len(numbers) == len([b for b in law.body if b.block_type == "article"]) > 0, law.slug
        assert all(re.fullmatch(r"(Article|Clause) \d+", number) for number in numbers), numbers
        assert english.authority and english.authority != law.authority, law.slug


def test_every_question_and_a_third_of_the_news_are_in_english():
    assert (
        FAQItem.objects.filter(locale__language_code="en").count()
        == FAQItem.objects.filter(locale__language_code="fa").count()
    )
    news = NewsPage.objects.live().filter(locale__language_code="fa").count()
    assert NewsPage.objects.live().filter(locale__language_code="en").count() * 3 >= news


def test_english_archive_is_by_gregorian_month_and_persian_by_jalali(client):
    latest = NewsPage.objects.live().filter(locale__language_code="en").latest("date")
    local = timezone.localtime(latest.date)
    page = soup(client.get("/en/news/"))
    months = page.select(".archive-months a")
    assert months and all(re.search(r"/en/news/archive/20\d\d/\d+/$", a["href"]) for a in months)
    assert local.strftime("%B") in [a.get_text() for a in months]
    month_page = soup(client.get(f"/en/news/archive/{local.year}/{local.month}/"))
    assert month_page.h1.get_text(strip=True) == f"News of {local.strftime('%B')} {local.year}"
    assert latest.title in month_page.get_text()
    persian = soup(client.get("/news/"))
    assert all(re.search(r"/news/archive/14\d\d/\d+/$", a["href"]) for a in persian.select(".archive-months a"))


def test_footer_phone_in_latin_digits_on_english_pages(client, site):
    contact = ContactSettings.for_site(site)
    contact.phone = "۰۲۱-۰۰۰۰۱۰۰۰"  # as an editor types it on a Persian keyboard
    contact.save()
    english = soup(client.get("/en/")).select_one(".site-footer address")
    assert "021-00001000" in english.get_text()
    persian = soup(client.get("/")).select_one(".site-footer address")
    assert "۰۲۱-۰۰۰۰۱۰۰۰" in persian.get_text()
