"""The satisfaction survey: submission, CSRF, honeypot, once a day, rate limit, privacy, admin."""

import csv
import io
from urllib.parse import quote

import openpyxl
import pytest
from django.test import Client
from wagtail.models import Site

from services.factories import make_service
from services.models import ServiceIndexPage, ServicePage, ServiceSurveyResponse
from services.views import SURVEY_LIMIT
from tests.services.conftest import make_catalogue
from tests.shared_data import shared_data
from tests.soup import parse, soup

pytestmark = pytest.mark.django_db

ANSWER = {"score": "4", "visited_in_person": "no", "comment": "نظر خصوصی من درباره کارمند", "website": ""}


@pytest.fixture(scope="module")
def rated_service(django_db_setup, django_db_blocker):
    """The service these tests rate, with its catalogue: published once for the module, in a
    transaction rolled back after it. Each test runs in a savepoint inside it, so the answers a
    test posts are rolled back after that test (publishing the two pages for each test was
    about half of this module's time)."""
    with shared_data(django_db_blocker):
        catalogue = make_catalogue(Site.objects.get(is_default_site=True).root_page.specific)
        service = make_service(catalogue, slug="rated", title="خدمت نظرسنجی")
        yield {"catalogue": catalogue.pk, "service": service.pk}


@pytest.fixture
def catalogue(db, rated_service):
    # A fresh instance per test: a child added by one test must not stay counted in memory.
    return ServiceIndexPage.objects.get(pk=rated_service["catalogue"])


@pytest.fixture
def service(db, rated_service):
    return ServicePage.objects.get(pk=rated_service["service"])


def survey_url(page):
    return page.url + "survey/"


def test_answer_is_saved_and_average_shown_without_comment(client, service):
    response = client.post(survey_url(service), ANSWER)
    assert response.status_code == 302
    saved = ServiceSurveyResponse.objects.get(service=service)
    assert (saved.score, saved.visited_in_person, saved.comment) == (4, False, ANSWER["comment"])
    page = client.get(service.url)
    html = page.content.decode()
    dom = parse(html)
    summary = dom.select_one(".survey-summary").get_text()
    assert "۴" in summary or "4" in summary
    assert ANSWER["comment"] not in html  # comments are never published


def test_comments_of_demo_answers_never_reach_any_public_page(client):
    comments = set(ServiceSurveyResponse.objects.exclude(comment="").values_list("comment", flat=True))
    assert comments
    html = client.get("/services/unemployment-insurance/").content.decode()
    html += client.get("/open-data/services.json").content.decode()
    assert not any(comment in html for comment in comments)


def test_csrf_is_required(service):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(survey_url(service), ANSWER).status_code == 403
    assert not ServiceSurveyResponse.objects.filter(service=service).exists()


def test_form_with_csrf_token_works_without_javascript(service):
    strict = Client(enforce_csrf_checks=True)
    card = soup(strict.get(service.url))
    link = card.select_one("#survey a.button")["href"]  # "Rate this service"
    dom = soup(strict.get(link))
    form = dom.select_one("#survey form")
    token = form.select_one("input[name=csrfmiddlewaretoken]")["value"]
    response = strict.post(form["action"], {**ANSWER, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert ServiceSurveyResponse.objects.filter(service=service).count() == 1


def test_invalid_answer_is_a_400_with_errors(client, service):
    response = client.post(survey_url(service), {"score": "9", "visited_in_person": ""})
    assert response.status_code == 400
    dom = soup(response)
    assert dom.select("#survey .errorlist")
    assert not ServiceSurveyResponse.objects.filter(service=service).exists()


def test_an_answer_off_the_scale_is_told_what_to_choose_in_persian(client, service):
    """Django's «یک گزینهٔ معتبر انتخاب کنید. 9 از گزینه‌های موجود نیست.» echoed a Latin digit
    and did not say what to choose."""
    response = client.post(survey_url(service), {**ANSWER, "score": "9", "visited_in_person": "maybe"})
    assert response.status_code == 400
    errors = [li.get_text(strip=True) for li in soup(response).select("#survey .errorlist li")]
    assert errors == ["خطا:امتیازی از ۱ تا ۵ انتخاب کنید.", "خطا:بگویید آیا ناچار به مراجعه حضوری شدید یا نه."]


def test_a_null_character_in_the_comment_names_the_field_to_fix(client, service):
    """Django's «کاراکترهای تهی مجاز نیستند» named neither the field nor what to do."""
    response = client.post(survey_url(service), {**ANSWER, "comment": "خوب\x00 بود"})
    assert response.status_code == 400
    errors = soup(response).select_one("#survey .errorlist").get_text(strip=True)
    assert "«توضیح (اختیاری)» یک نویسهٔ تهی دارد" in errors, errors
    assert not ServiceSurveyResponse.objects.filter(service=service).exists()


def test_an_overlong_comment_is_told_how_to_shorten_it_in_persian_digits(client, service):
    response = client.post(survey_url(service), {**ANSWER, "comment": "خوب " * 600})
    assert response.status_code == 400
    errors = soup(response).select_one("#survey .errorlist").get_text(strip=True)
    assert errors.endswith("نظر خود را به ۲٬۰۰۰ نویسه یا کمتر کوتاه کنید.") and "2" not in errors
    assert not ServiceSurveyResponse.objects.filter(service=service).exists()


def test_honeypot_is_silently_dropped(client, service):
    response = client.post(survey_url(service), {**ANSWER, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not ServiceSurveyResponse.objects.filter(service=service).exists()


def test_one_answer_per_browser_per_service_per_day(client, service, catalogue):
    assert client.post(survey_url(service), ANSWER).status_code == 302
    assert client.post(survey_url(service), ANSWER).status_code == 409
    assert ServiceSurveyResponse.objects.filter(service=service).count() == 1
    other = make_service(catalogue, slug="rated-2")
    assert client.post(survey_url(other), ANSWER).status_code == 302
    # A forged cookie is not trusted.
    client.cookies[f"survey_{other.translation_key.hex[:16]}"] = "forged"
    fresh = Client()
    fresh.cookies[f"survey_{service.translation_key.hex[:16]}"] = "2020-01-01:forged"
    assert fresh.post(survey_url(service), ANSWER).status_code == 302


def test_rate_limit_per_client(service):
    for _n in range(SURVEY_LIMIT):
        browser = Client(REMOTE_ADDR="10.1.2.3")
        assert browser.post(survey_url(service), ANSWER).status_code == 302
    response = Client(REMOTE_ADDR="10.1.2.3").post(survey_url(service), ANSWER)
    assert response.status_code == 429
    assert ServiceSurveyResponse.objects.filter(service=service).count() == SURVEY_LIMIT
    assert Client(REMOTE_ADDR="10.9.9.9").post(survey_url(service), ANSWER).status_code == 302


def test_the_card_links_to_the_survey_which_shows_the_form(client, service):
    card = client.get(service.url)
    assert card.status_code == 200
    page = soup(card)
    assert page.select_one("#survey form") is None  # no CSRF token: the card can be cached
    assert page.select_one(f'#survey a[href^="{survey_url(service)}"]') is not None
    assert "csrftoken" not in card.cookies
    response = client.get(survey_url(service))
    assert response.status_code == 200
    form = soup(response).select_one("#survey form")
    assert form is not None and form.select_one('input[name="csrfmiddlewaretoken"]') is not None
    assert 'content="noindex"' in response.content.decode()


def test_the_scale_reads_in_the_pages_digits_side_by_side_with_each_label_for_its_option(client, service):
    """The survey's two questions are drawn by the site's one field component, as its other
    forms are: a legend marked required, the options in a row, each label tied to its option,
    and the scale in Persian digits on the Persian page."""
    form = soup(client.get(survey_url(service))).select_one("#survey form")
    scale, visited = form.select("fieldset")
    assert scale.legend.get_text(" ", strip=True).endswith("*")
    options = scale.select(".choices--inline .choice")
    assert [option.label.get_text(strip=True) for option in options] == ["۱", "۲", "۳", "۴", "۵"]
    assert all(option.label["for"] == option.input["id"] for option in options)
    assert [label.get_text(strip=True) for label in visited.select(".choices--inline label")] == ["بله", "خیر"]
    english = client.get("/en/services/foreign-work-permit/survey/").content.decode()
    scale = parse(english).select_one("#survey fieldset")
    assert [label.get_text(strip=True) for label in scale.select(".choice label")] == ["1", "2", "3", "4", "5"]


def scale_description(fieldset):
    """What a screen reader says with the scale's question: the text of the ids it names."""
    ids = fieldset["aria-describedby"].split()
    return " ".join(fieldset.find(id=name).get_text(" ", strip=True) for name in ids)


def test_the_scale_says_what_its_two_ends_mean_with_the_question(client, service):
    """A bare 1–5 left people guessing which end was good: the ends are named under the scale
    and are the fieldset's description, so a screen reader says them with the question."""
    scale = soup(client.get(survey_url(service))).select_one("#survey fieldset")
    assert scale_description(scale) == "۱: خیلی ناراضی ۵: خیلی راضی"
    english = parse(client.get("/en/services/foreign-work-permit/survey/").content.decode())
    scale = english.select_one("#survey fieldset")
    assert scale_description(scale) == "1: Very dissatisfied 5: Very satisfied"
    # With an error, the ends stay in the description beside it.
    refused = soup(client.post(survey_url(service), ANSWER | {"score": ""})).select_one("#survey fieldset")
    assert refused["aria-describedby"] == "id_score_scale id_score_error"


ADMIN_LIST = "/admin/snippets/services/servicesurveyresponse/"


def test_admin_sees_comments_and_filters_by_service(admin_client, client, service):
    client.post(survey_url(service), ANSWER)
    response = admin_client.get(ADMIN_LIST, {"service": service.pk})
    assert response.status_code == 200
    html = response.content.decode()
    assert ANSWER["comment"] in html
    assert "کار با سامانه ساده بود" not in html  # demo answers belong to other services


def test_admin_exports_csv_with_bom_and_xlsx(admin_client, client, service):
    client.post(survey_url(service), ANSWER)
    response = admin_client.get(ADMIN_LIST, {"service": service.pk, "export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == 2
    assert service.service_code in rows[1]
    assert ANSWER["comment"] in rows[1]
    # Named in Persian for Persian staff («service-survey-responses.csv» before).
    expected = quote("پاسخ های-نظرسنجی-خدمات.csv")
    assert response["Content-Disposition"] == f"attachment; filename*=utf-8''{expected}"

    response = admin_client.get(ADMIN_LIST, {"service": service.pk, "export": "xlsx"})
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(values) == 2
    assert values[1][0] == service.service_code
    assert values[1][2] == 4


def test_identity_card_is_served_from_the_page_cache_and_refreshed_by_an_answer(client, service, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.get(service.url)
    assert client.get(service.url)["X-Cache"] == "HIT"
    other = Client()
    assert other.post(survey_url(service), ANSWER).status_code == 302
    fresh = client.get(service.url)
    assert fresh["X-Cache"] == "MISS"  # a new answer changes the average on the card
