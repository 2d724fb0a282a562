"""The satisfaction survey's limit counts answers, not mistakes: citizens who share a connection
(an office, a mobile network) are not locked out by each other's forgotten scores."""

import pytest
from django.test import Client
from wagtail.models import Site

from services.factories import make_service
from services.models import ServiceSurveyResponse
from services.views import SURVEY_ATTEMPTS_LIMIT, SURVEY_LIMIT
from tests.services.conftest import make_catalogue
from tests.soup import soup

pytestmark = pytest.mark.django_db

ANSWER = {"score": "4", "visited_in_person": "no", "comment": "", "website": ""}
NO_SCORE = {**ANSWER, "score": ""}


@pytest.fixture
def service():
    catalogue = make_catalogue(Site.objects.get(is_default_site=True).root_page.specific)
    return make_service(catalogue, slug="rated-once", title="خدمت نظرسنجی")


@pytest.fixture
def survey_url(service):
    return service.url + "survey/"


def test_answers_refused_for_a_mistake_do_not_count_against_the_limit(service, survey_url):
    """Ten posts without a score from one address (each told «امتیازی از ۱ تا ۵ انتخاب کنید.»)
    used up the hour's ten answers: the next citizen's complete answer got 429."""
    for _n in range(SURVEY_LIMIT + 2):
        refused = Client(REMOTE_ADDR="10.4.4.4").post(survey_url, NO_SCORE)
        assert refused.status_code == 400
    response = Client(REMOTE_ADDR="10.4.4.4").post(survey_url, ANSWER)
    assert response.status_code == 302
    assert ServiceSurveyResponse.objects.filter(service=service).count() == 1


def test_posts_of_any_kind_have_a_higher_cap(service, survey_url):
    for _n in range(SURVEY_ATTEMPTS_LIMIT):
        assert Client(REMOTE_ADDR="10.5.5.5").post(survey_url, NO_SCORE).status_code == 400
    response = Client(REMOTE_ADDR="10.5.5.5").post(survey_url, ANSWER)
    assert response.status_code == 429
    # The answer comes back as chosen, with the limit said.
    page = soup(response)
    assert page.select_one("input[name='score'][value='4']").has_attr("checked")
    assert ServiceSurveyResponse.objects.filter(service=service).count() == 0
