"""Editing in the admin: the identity card's rules show as field errors, snippets are managed."""

import datetime

import pytest
from wagtail.test.utils.form_data import inline_formset, streamfield

from services.factories import make_service
from services.models import ServiceCategory, ServicePage
from tests.page_forms import edit_form_data

pytestmark = pytest.mark.django_db


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


@pytest.mark.parametrize("bad", ["1370/13/01", "دیروز", "1370/12/31x", ""])
def test_bad_jalali_dates_are_field_errors(admin_client, law_page, bad):
    response = admin_client.post(f"/admin/pages/{law_page.pk}/edit/", law_data(law_page, bad))
    assert response.status_code == 200
    assert "approval_date" in response.context["form"].errors
