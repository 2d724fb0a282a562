"""What a citizen sends makes stale only the pages that show it (issue 15).

Each test warms the home page, an unrelated service card and the page the submission touches
for an anonymous reader, sends the submission through the site as a citizen (or desk staff)
would, and then reads again as that reader: the unrelated pages must still come from the
cache, the touched one must be rendered afresh and show the new figure.
"""

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client

from forms_pages.factories import FormFieldFactory, FormPageFactory, PollOptionFactory, PollPageFactory
from forms_pages.models import (
    CitizenRequest,
    FormPageSubmission,
    FormsIndexPage,
    OutboundMessage,
    PollVote,
    RequestEvent,
)
from home.caching.page_cache import _path_key
from home.models import Department
from services.models import ServicePage, ServiceSurveyResponse
from tests.soup import soup

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


UNRELATED = "/services/foreign-work-permit/"
RATED = "/services/unemployment-insurance/"


def warm(reader, *paths):
    for path in paths:
        reader.get(path)
        assert reader.get(path)["X-Cache"] == "HIT", path


def assert_still_cached(reader, *paths):
    for path in paths:
        assert reader.get(path)["X-Cache"] == "HIT", path


def test_a_citizen_request_and_the_desk_reply_leave_every_page_cached():
    reader = Client()
    warm(reader, "/", UNRELATED, "/en/", "/news/")
    department = Department.objects.in_default_language().order_by("sort_order")[1]
    citizen = Client()
    response = citizen.post(
        "/contact/",
        {
            "kind": "question",
            "department": department.pk,
            "subject": "پرسش درباره بیمه بیکاری",
            "text": "می‌خواهم بدانم برای ثبت درخواست بیمه بیکاری چه مدارکی لازم است.",
            "name": "مریم احمدی",
            "mobile": "09123456789",
            "email": "maryam@example.ir",
            "national_id": "",
            "website": "",
        },
    )
    assert response.status_code == 302
    request = CitizenRequest.objects.get(subject="پرسش درباره بیمه بیکاری")
    assert RequestEvent.objects.filter(request=request).exists()
    # The acknowledgement waits in the outbox, written with the request: that row too is private.
    assert OutboundMessage.objects.filter(request=request).exists()
    assert_still_cached(reader, "/", UNRELATED, "/en/", "/news/")

    User.objects.create_superuser("desk", "desk@example.ir", "pw")
    desk = Client()
    desk.login(username="desk", password="pw")
    events = RequestEvent.objects.filter(request=request).count()
    reply = desk.post(
        f"/admin/citizen-requests/edit/{request.pk}/", {"status": "answered", "answer": "مدارک در صفحه خدمت آمده است."}
    )
    assert reply.status_code == 302
    assert RequestEvent.objects.filter(request=request).count() > events
    assert_still_cached(reader, "/", UNRELATED, "/en/", "/news/")


def test_a_survey_answer_refreshes_that_service_card_only():
    rated = ServicePage.objects.get(url_path__endswith="/unemployment-insurance/", locale__language_code="fa")
    english = rated.get_translations().live().first()
    reader = Client()
    paths = ["/", UNRELATED, RATED, RATED + "pdf/"] + ([english.url] if english else [])
    warm(reader, *paths)
    before = ServiceSurveyResponse.objects.filter(service__translation_key=rated.translation_key).count()

    response = Client().post(RATED + "survey/", {"score": "5", "visited_in_person": "no", "comment": "", "website": ""})
    assert response.status_code == 302
    assert ServiceSurveyResponse.objects.filter(service__translation_key=rated.translation_key).count() == before + 1

    assert_still_cached(reader, "/", UNRELATED)
    card = reader.get(RATED)
    assert card["X-Cache"] == "MISS"
    summary = soup(card).select_one(".survey-summary").get_text()
    from home.templatetags.portal_tags import local_digits

    assert str(local_digits(before + 1)) in summary
    assert reader.get(RATED + "pdf/")["X-Cache"] == "MISS"
    if english:
        assert reader.get(english.url)["X-Cache"] == "MISS"
    assert reader.get(RATED)["X-Cache"] == "HIT"  # and cached again from then on


def test_a_poll_vote_refreshes_only_that_poll():
    forms_index = FormsIndexPage.objects.get(locale__language_code="fa")
    poll = PollPageFactory(parent=forms_index, slug="cache-poll")
    yes = PollOptionFactory(page=poll, label="بله", sort_order=0)
    PollOptionFactory(page=poll, label="خیر", sort_order=1)
    poll.save_revision().publish()

    reader = Client()
    warm(reader, "/", UNRELATED, "/forms/")
    version = cache.get(_path_key(poll.url))
    voter = Client()
    assert voter.post(poll.url, {"option": yes.pk}).status_code == 302
    assert PollVote.objects.filter(page=poll).count() == 1
    assert_still_cached(reader, "/", UNRELATED, "/forms/")
    # An open poll's page carries a form and is never stored; a stored results page (a closed
    # poll) would be read again: its address's version has moved.
    assert cache.get(_path_key(poll.url)) != version
    results = soup(voter.get(poll.url))
    assert "بله" in results.get_text()


def test_an_online_form_answer_leaves_every_page_cached():
    forms_index = FormsIndexPage.objects.get(locale__language_code="fa")
    form = FormPageFactory(parent=forms_index, slug="cache-form")
    field = FormFieldFactory(page=form, label="نظر شما", field_type="singleline")
    form.save_revision().publish()

    reader = Client()
    warm(reader, "/", UNRELATED, "/forms/")
    assert Client().post(form.url, {field.clean_name: "خوب بود"}).status_code == 303
    assert FormPageSubmission.objects.filter(page=form).count() == 1
    assert_still_cached(reader, "/", UNRELATED, "/forms/")


def test_a_publish_still_makes_every_page_stale(home_fa):
    reader = Client()
    warm(reader, "/", UNRELATED)
    home_fa.save_revision().publish()
    assert reader.get("/")["X-Cache"] == "MISS"
    assert reader.get(UNRELATED)["X-Cache"] == "MISS"
