"""A page that takes no form answers a POST (PUT, DELETE) with 405 and the methods it answers,
in a page of its language; the forms, polls and surveys still take what is sent to them."""

import pytest

from forms_pages.models import ContactPage, FormPage, PollPage
from newsroom.models import NewsPage
from services.models import ServicePage

pytestmark = pytest.mark.django_db

READ_ONLY = [
    "/",
    "/news/",
    "/notices/",
    "/notices/archive/",
    "/tenders/",
    "/tenders/archive/",
    "/services/",
    "/laws/",
    "/labour-relations/",
    "/en/",
    "/en/news/",
    "/en/tenders/",
]


def first_url(model, language="fa", suffix=""):
    return model.objects.live().filter(locale__language_code=language).order_by("pk").first().url + suffix


@pytest.mark.parametrize("path", READ_ONLY)
def test_sending_to_a_page_that_takes_no_form_is_refused_with_405(client, path):
    # Each method in one test of the path: the page is rendered (and checked to open) once,
    # not once a method.
    assert client.get(path).status_code == 200, path
    for method in ("post", "put", "delete"):
        response = getattr(client, method)(path, {"q": "x"} if method == "post" else None)
        assert response.status_code == 405, (path, method)
        assert response["Allow"] == "GET, HEAD", (path, method)
        assert "no-store" in response["Cache-Control"], (path, method)


def test_a_news_item_and_a_services_own_page_refuse_a_post_but_open_with_head(client):
    for path in (first_url(NewsPage), first_url(ServicePage), first_url(ServicePage, suffix="pdf/")):
        assert client.post(path).status_code == 405, path
        assert client.head(path).status_code == 200, path


def test_the_405_page_is_in_the_pages_language_and_leads_back_to_it(client):
    persian = client.post("/news/")
    body = persian.content.decode()
    assert '<html lang="fa"' in body and "این صفحه فرمی نمی‌پذیرد" in body and 'href="/news/"' in body
    assert '<meta name="robots" content="noindex">' in body
    english = client.post("/en/tenders/archive/").content.decode()
    assert '<html lang="en"' in english and "This page does not take forms" in english
    assert 'href="/en/tenders/archive/"' in english


def test_forms_polls_and_surveys_still_take_what_is_sent(client):
    """Empty answers: each form comes back with its errors (400), never a 405."""
    for path in (
        first_url(ContactPage),
        first_url(ContactPage, suffix="anonymous/"),
        first_url(FormPage),
        first_url(PollPage),
        first_url(ServicePage, suffix="survey/"),
        first_url(ContactPage, "en"),
    ):
        response = client.post(path, {})
        assert response.status_code not in (200, 405), path
        assert response.status_code < 500, path
    # The anonymous report's form opens with HEAD too (it answered 405, with no Allow, before).
    assert client.head(first_url(ContactPage, suffix="anonymous/")).status_code == 200
