"""A question's English translation, made and re-synced in wagtail-localize, links the English
pages of the services the Persian question is about (wagtail-localize copies many-to-many links
unchanged, which left the English FAQ pointing at Persian service pages)."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from services.models import FAQIndexPage, FAQItem, ServicePage
from tests.soup import soup

pytestmark = pytest.mark.django_db


def english_of(service, english_locale):
    return ServicePage.objects.get(translation_key=service.translation_key, locale=english_locale)


def test_a_translated_question_links_the_english_service_pages(admin_client):
    persian_locale = Locale.objects.get(language_code="fa")
    english_locale = Locale.objects.get(language_code="en")
    translated = ServicePage.objects.live().filter(locale=english_locale).values("translation_key")
    services = list(ServicePage.objects.live().filter(locale=persian_locale, translation_key__in=translated)[:3])
    assert len(services) == 3
    question = FAQItem(locale=persian_locale, question="پرسش آزمایشی درباره خدمات", answer="<p>پاسخ آزمایشی</p>")
    question.services = services[:2]
    question.save()

    submit = reverse("wagtail_localize:submit_snippet_translation", args=["services", "faqitem", question.pk])
    assert admin_client.post(submit, {"locales": [english_locale.pk]}).status_code == 302
    english = question.get_translation(english_locale)
    linked = list(english.services.all())
    assert {service.locale_id for service in linked} == {english_locale.pk}
    assert {service.pk for service in linked} == {english_of(service, english_locale).pk for service in services[:2]}

    # The English FAQ page's "by service" links go to the English service pages.
    faq = FAQIndexPage.objects.live().get(locale=english_locale)
    response = admin_client.get(faq.url)
    assert response.status_code == 200
    hrefs = {a["href"] for a in soup(response).select(".faq-services a")}
    for service in services[:2]:
        assert f"{english_of(service, english_locale).url}#faq-heading" in hrefs
        assert f"{service.url}#faq-heading" not in hrefs

    # The Persian question gains a service; the re-sync brings its English page.
    question.services = services
    question.save()
    source = TranslationSource.objects.get_for_instance(question)
    update = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = admin_client.post(update, {"publish_translations": "on"})
    assert response.status_code == 302
    english = FAQItem.objects.get(pk=english.pk)
    assert {service.pk for service in english.services.all()} == {
        english_of(service, english_locale).pk for service in services
    }


def test_a_service_without_an_english_page_stays_linked_until_it_has_one():
    persian_locale = Locale.objects.get(language_code="fa")
    english_locale = Locale.objects.get(language_code="en")
    service = ServicePage.objects.filter(locale=persian_locale).first()
    question = FAQItem(locale=persian_locale, question="پرسش دوم", answer="<p>پاسخ</p>")
    question.services = [service]
    question.save()
    english = question.copy_for_translation(english_locale)
    english.question = "Second question"
    service.get_translations().filter(locale=english_locale).delete()
    english.save()
    assert [page.pk for page in english.services.all()] == [service.pk]

    english_service = service.copy_for_translation(english_locale, copy_parents=True)
    english_service.save_revision().publish()
    english.save()
    assert [page.pk for page in english.services.all()] == [english_service.pk]
