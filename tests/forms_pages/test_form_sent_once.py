"""An online form is sent once: a response answers 303 to the form's thank-you address, so the
browser's reload reads the thanks again instead of posting the answers a second time (a second
stored response, a second staff e-mail). The thanks address opened without a response leads to
the form; a wrong answer still comes back with its errors and what was typed."""

import pytest
from django.test import Client

from forms_pages.models import FormPage, FormPageSubmission, OutboundMessage
from tests.page_forms import form_answers
from tests.soup import soup

pytestmark = pytest.mark.django_db

SLUG = "labour-law-course-registration"
ANSWERS = {
    "fa": {"نام و نام خانوادگی": "رضا کریمی", "نام کارگاه یا تشکل": "کارگاه نمونه", "شماره همراه": "09123456789"}
    | {"نقش شما": "کارفرما"},
    "en": {"Full name": "Jane Smith", "Name of the workshop or organisation": "Smith Joinery"}
    | {"Mobile number": "09123456789", "Your role": "Employer"},
}
THANKS = {
    "fa": "پاسخ شما ثبت شد. از همراهی شما سپاسگزاریم.",
    "en": "Your answer has been recorded. Thank you for taking part.",
}


def thanks_text(response):
    return soup(response).select_one("main .callout--success").get_text(" ", strip=True)


@pytest.mark.parametrize("language", ["fa", "en"])
def test_a_response_is_redirected_to_the_thanks_and_a_reload_sends_nothing_again(language):
    page = FormPage.objects.get(slug=SLUG, locale__language_code=language)
    browser = Client()
    sent = browser.post(page.url, form_answers(page, ANSWERS[language]))
    assert sent.status_code == 303 and sent["Location"] == page.url + "thanks/"
    stored = FormPageSubmission.objects.filter(page=page)
    queued = OutboundMessage.objects.filter(purpose="form_response")
    counts = (stored.count(), queued.count())
    assert counts[0] == 1

    for _reload in range(2):
        thanks = browser.get(sent["Location"])
        assert thanks.status_code == 200 and thanks_text(thanks) == THANKS[language]
        assert "no-store" in thanks["Cache-Control"]
    assert (stored.count(), queued.count()) == counts
    # The other language's copy of the form thanks this browser too (its language switcher).
    other_language = "en" if language == "fa" else "fa"
    other = FormPage.objects.get(slug=SLUG, locale__language_code=other_language)
    assert thanks_text(browser.get(other.url + "thanks/")) == THANKS[other_language]


def test_the_thanks_address_opened_without_a_response_leads_to_the_form():
    page = FormPage.objects.get(slug=SLUG, locale__language_code="fa")
    response = Client().get(page.url + "thanks/")
    assert response.status_code == 302 and response["Location"] == page.url
    assert not FormPageSubmission.objects.filter(page=page).exists()


def test_a_wrong_answer_still_comes_back_with_what_was_typed():
    page = FormPage.objects.get(slug=SLUG, locale__language_code="fa")
    response = Client().post(page.url, form_answers(page, ANSWERS["fa"] | {"شماره همراه": "12"}))
    assert response.status_code == 400
    assert soup(response).find("input", attrs={"value": "کارگاه نمونه"})
    assert not FormPageSubmission.objects.filter(page=page).exists()
