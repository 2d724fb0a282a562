"""Editing in the admin: the identity card's rules show as field errors, snippets are managed."""

import csv
import datetime
import io

import pytest
from wagtail.test.utils.form_data import inline_formset, streamfield

from services.factories import LawPageFactory, make_service
from services.models import ServiceCategory, ServicePage
from tests.page_forms import edit_form_data

# The tests read the edit forms' errors from the response's context.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rendered_context")]


def edit_data(page, category, audience, **overrides):
    kept = ("summary", "service_code", "domain", "service_type", "delivery_level", "online_url", "in_person_reasons")
    fields = {
        "triggers": streamfield([("trigger", {"kind": "request", "description": "درخواست متقاضی"})]),
        "channels": inline_formset([{"channel": "web", "details": ""}]),
        "processing_days": "5",
        "categories": [category.pk],
        "audiences": [audience.pk],
    }
    return edit_form_data(page, *kept, **fields | overrides)


@pytest.fixture
def page(catalogue, categories, audiences):
    return make_service(catalogue, slug="edited", categories=[categories["other"]], audiences=[audiences["workers"]])


def test_admin_saves_a_valid_edit(admin_client, page, categories, audiences):
    data = edit_data(page, categories["other"], audiences["workers"], title="عنوان ویرایش‌شده")
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert ServicePage.objects.get(pk=page.pk).get_latest_revision_as_object().title == "عنوان ویرایش‌شده"


def test_admin_refuses_to_change_a_published_code(admin_client, page, categories, audiences):
    data = edit_data(page, categories["other"], audiences["workers"], service_code="NEW-CODE")
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert "service_code" in response.context["form"].errors
    assert ServicePage.objects.get(pk=page.pk).get_latest_revision_as_object().service_code == page.service_code


def test_admin_shows_the_conditional_rule(admin_client, page, categories, audiences):
    data = edit_data(page, categories["other"], audiences["workers"], in_person_reasons="")
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert "in_person_reasons" in response.context["form"].errors


def test_category_nesting_is_one_level(categories):
    grandchild = ServiceCategory(name="نوه", slug="t-grandchild", parent=categories["child"])
    with pytest.raises(Exception) as error:
        grandchild.full_clean()
    assert "parent" in error.value.message_dict


def test_snippet_lists_open(admin_client):
    for model in ("servicecategory", "audience", "faqitem", "servicesurveyresponse"):
        assert admin_client.get(f"/admin/snippets/services/{model}/").status_code == 200


@pytest.fixture
def law_page(law):
    return law


def law_data(page, date):
    return edit_form_data(page, "kind", "authority", "number", "status", approval_date=date)


def test_law_approval_date_is_entered_as_jalali(admin_client, law_page):
    form = admin_client.get(f"/admin/pages/{law_page.pk}/edit/").context["form"]
    assert form["approval_date"].value() == datetime.date(1990, 11, 20)
    assert 'value="۱۳۶۹/۰۸/۲۹"' in str(form["approval_date"])
    response = admin_client.post(f"/admin/pages/{law_page.pk}/edit/", law_data(law_page, "۱۳۷۰/۰۶/۱۳"))
    assert response.status_code == 302
    law_page.refresh_from_db()
    revision = law_page.get_latest_revision_as_object()
    assert revision.approval_date.isoformat() == "1991-09-04"


def test_bad_jalali_dates_are_field_errors(admin_client, law_page):
    # One law for the four dates: each post is refused and saves nothing.
    for bad in ["1370/13/01", "دیروز", "1370/12/31x", ""]:
        response = admin_client.post(f"/admin/pages/{law_page.pk}/edit/", law_data(law_page, bad))
        assert response.status_code == 200, bad
        assert "approval_date" in response.context["form"].errors, bad


@pytest.fixture
def second_law(law):
    page = LawPageFactory(parent=law.get_parent(), slug="test-law-2", title="آیین‌نامه آزمایشی")
    page.save_revision().publish()
    return page


@pytest.fixture
def service_with_laws(catalogue, categories, audiences, law, second_law):
    return make_service(
        catalogue,
        slug="with-laws",
        categories=[categories["other"]],
        audiences=[audiences["workers"]],
        channels=("web", "in-person"),
        laws=[(law, "ماده ۱۲"), (second_law, "")],
    )


def test_edit_form_round_trip_of_laws_and_channels(
    admin_client, service_with_laws, law, second_law, categories, audiences
):
    """The edit form shows the service's laws (with their place in the tree) and channels, and
    what the editor sends back from it is saved: one law dropped, an article changed, a channel
    added. Both visits before the save come from what the first one kept."""
    page = service_with_laws
    url = f"/admin/pages/{page.pk}/edit/"
    for _ in range(2):
        content = admin_client.get(url).content.decode()
    links = list(page.law_links.all())
    parent_id = law.get_parent().pk
    for index, link in enumerate(links):
        assert f'name="law_links-{index}-law" value="{link.law_id}"' in content
        assert f'name="law_links-{index}-article" value="{link.article}"' in content or not link.article
    assert f"&quot;parentId&quot;: {parent_id}" in content or f'"parentId": {parent_id}' in content

    data = edit_data(
        page,
        categories["other"],
        audiences["workers"],
        law_links=inline_formset(
            [
                {"id": links[0].pk, "law": law.pk, "article": "ماده ۱۳"},
                {"id": links[1].pk, "law": second_law.pk, "article": "", "DELETE": "1"},
            ],
            initial=2,
        ),
        channels=inline_formset(
            [{"id": channel.pk, "channel": channel.channel, "details": ""} for channel in page.channels.all()]
            + [{"channel": "sms", "details": "۲۰۰۰۱۲۳"}],
            initial=2,
        ),
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    saved = ServicePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [(link.law_id, link.article) for link in saved.law_links.all()] == [(law.pk, "ماده ۱۳")]
    assert [channel.channel for channel in saved.channels.all()] == ["web", "in-person", "sms"]
    content = admin_client.get(url).content.decode()
    assert f'name="law_links-0-law" value="{law.pk}"' in content
    assert 'name="law_links-0-article" value="ماده ۱۳"' in content
    assert 'name="law_links-1-law"' not in content


def test_edit_form_queries_are_bounded(admin_client, service_with_laws, django_assert_max_num_queries):
    """The edit page of a service with two laws: a fixed number of queries, and each list of
    choices (categories, audiences) read once although Wagtail renders the widget twice."""
    url = f"/admin/pages/{service_with_laws.pk}/edit/"
    admin_client.get(url)
    with django_assert_max_num_queries(52) as captured:
        assert admin_client.get(url).status_code == 200
    for table in ("services_servicecategory", "services_audience"):
        listings = [
            query["sql"]
            for query in captured.captured_queries
            if f'FROM "{table}"' in query["sql"] and "INNER JOIN" not in query["sql"]
        ]
        assert len(listings) == 1, listings


def test_the_survey_answers_csv_says_yes_or_no_with_jalali_dates(admin_client, page):
    """The export wrote Python's True/False and Gregorian dates for Persian staff."""
    from services.models import ServiceSurveyResponse

    ServiceSurveyResponse.objects.create(service=page, score=5, visited_in_person=True, comment="خوب بود")
    ServiceSurveyResponse.objects.create(service=page, score=2, visited_in_person=False)
    response = admin_client.get("/admin/snippets/services/servicesurveyresponse/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    visited = rows[0].index(next(heading for heading in rows[0] if "حضوری" in heading))
    submitted = len(rows[0]) - 1
    ours = [row for row in rows[1:] if row[0] == page.service_code]  # the first column is the code
    assert sorted(row[visited] for row in ours) == ["بله", "خیر"]
    assert all(row[submitted].startswith("14") for row in ours), ours
    assert "True" not in text and "False" not in text
