"""The English site has the open demo forms and polls, translated, with their own responses."""

import pytest
from django.test import Client

from forms_pages.models import FormPage, FormPageSubmission, PollPage, PollVote
from tests.page_forms import field_names, form_answers
from tests.soup import soup

pytestmark = pytest.mark.django_db


def english(model, slug):
    return model.objects.get(locale__language_code="en", slug=slug)


def persian(model, slug):
    return model.objects.get(locale__language_code="fa", slug=slug)


def test_english_index_lists_the_translated_forms_and_polls(client):
    response = client.get("/en/forms/")
    assert response.status_code == 200
    page = soup(response)
    assert not page.select(".empty-state")
    titles = {a.get_text(strip=True): a["href"] for a in page.select(".listing h2 a")}
    assert titles["Satisfaction survey on the Electronic Services Desk"] == "/en/forms/e-services-satisfaction/"
    assert "Registration for the introductory course on the Labour Law" in titles
    assert titles["Which service should go online first?"] == "/en/forms/next-e-service/"
    assert "Where do you follow the directorate's news?" in titles
    # Every English title is English, not a copy of the Persian one.
    assert all(not any("\u0600" <= ch <= "\u06ff" for ch in title) for title in titles)


def test_translations_keep_the_persian_dates_and_are_open():
    for model, slug in [(FormPage, "e-services-satisfaction"), (PollPage, "next-e-service")]:
        fa, en = persian(model, slug), english(model, slug)
        assert en.translation_key == fa.translation_key
        assert (en.opens_at, en.closes_at) == (fa.opens_at, fa.closes_at)
        assert en.is_open()


def test_english_form_renders_english_labels_and_takes_a_response():
    page = english(FormPage, "labour-law-course-registration")
    browser = Client()
    response = browser.get(page.url)
    assert response.status_code == 200
    labels = [label.get_text(" ", strip=True) for label in soup(response).select("main form label")]
    assert any(label.startswith("Full name") for label in labels)
    assert any(label.startswith("Employer") for label in labels)
    answers = {
        "Full name": "Jane Smith",
        "Name of the workshop or organisation": "Smith Joinery",
        "Mobile number": "09123456789",
        "Your role": "Employer",
        "Preferred session": ["Morning"],
    }
    data = form_answers(page, answers)
    response = browser.post(page.url, data)
    assert response.status_code == 303, response.content.decode()[:500]
    response = browser.get(response["Location"])
    assert "Your answer has been recorded. Thank you for taking part." in response.content.decode()
    submission = FormPageSubmission.objects.get(page=page)
    assert submission.get_data()[field_names(page)["Full name"]] == "Jane Smith"
    assert not FormPageSubmission.objects.filter(page=persian(FormPage, "labour-law-course-registration")).exists()


def test_english_poll_vote_shows_english_results():
    page = english(PollPage, "news-channel")
    options = list(page.options.order_by("sort_order"))
    assert [o.label for o in options][0] == "The web portal"
    browser = Client()
    response = browser.post(page.url, {"option": options[2].pk})
    assert response.status_code == 302
    results = soup(browser.get(page.url))
    rows = [th.get_text(strip=True) for th in results.select(".poll-results th[scope=row]")]
    assert rows == ["The web portal", "Domestic messaging apps", "Text messages (SMS)", "News agencies"]
    assert PollVote.objects.filter(page=page).count() == 1
    # The Persian poll's options belong to the Persian page: they are refused here.
    foreign = persian(PollPage, "news-channel").options.first()
    assert Client().post(page.url, {"option": foreign.pk}).status_code == 400


def test_english_poll_results_read_as_english():
    """The caption says "Results (1 vote)", not "1 votes"; shares in Latin digits with "%", not the Arabic «٪»."""
    page = english(PollPage, "news-channel")
    # The poll counts the votes of its Persian copy too: start it with none in either language.
    PollVote.objects.filter(page__translation_key=page.translation_key).delete()
    options = list(page.options.order_by("sort_order"))
    browser = Client()
    assert browser.post(page.url, {"option": options[0].pk}).status_code == 302
    results = soup(browser.get(page.url)).select_one(".poll-results")
    assert results.caption.get_text(strip=True) == "Results (1 vote)"
    shares = [td.get_text(strip=True) for td in results.select(".poll-results__percent")]
    assert shares == ["100%", "0%", "0%", "0%"]
    assert "\u066a" not in results.get_text()
    assert Client().post(page.url, {"option": options[1].pk}).status_code == 302
    results = soup(browser.get(page.url)).select_one(".poll-results")
    assert results.caption.get_text(strip=True) == "Results (2 votes)"
    assert [td.get_text(strip=True) for td in results.select(".poll-results__percent")][:2] == ["50%", "50%"]


def test_language_switcher_links_the_persian_and_english_form():
    for path in ["/forms/e-services-satisfaction/", "/en/forms/e-services-satisfaction/"]:
        page = soup(Client().get(path))
        switch = {a["hreflang"]: a["href"] for a in page.select(".lang-switch a")}
        assert switch == {"fa": "/forms/e-services-satisfaction/", "en": "/en/forms/e-services-satisfaction/"}
        alternates = {link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')}
        assert alternates["fa"].endswith("/forms/e-services-satisfaction/")
        assert alternates["en"].endswith("/en/forms/e-services-satisfaction/")
