"""A hidden field of an editor-built form: a value the page carries (a campaign, a source), never
a question the citizen sees, answers or can be stopped by."""

import pytest
from django.test import Client

from forms_pages.factories import FormFieldFactory, FormPageFactory
from forms_pages.models import FormPageSubmission
from tests.soup import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def form_with_source(forms_index):
    page = FormPageFactory(parent=forms_index, slug="form-with-source")
    FormFieldFactory(page=page, label="نام", field_type="singleline")
    # The editor ticked "required" and left the value to the page's link, which never came.
    FormFieldFactory(page=page, label="منبع کمپین", field_type="hidden", required=True, default_value="")
    return page


def names(page):
    return {field.label: field.clean_name for field in page.get_form_fields()}


def test_the_hidden_field_has_no_label_on_the_page(form_with_source):
    """Its label «منبع کمپین» stood on the form above nothing, like a question without a box."""
    form = soup(Client().get(form_with_source.url)).select_one("main form[method=post]")
    assert "منبع کمپین" not in form.get_text(" ", strip=True)
    assert form.select_one(f"input[name='{names(form_with_source)['منبع کمپین']}']")["type"] == "hidden"


def test_a_required_hidden_field_left_empty_does_not_stop_the_citizen(form_with_source):
    """Every citizen got 400 with «“منبع کمپین” را پر کنید.» for a field they could not see."""
    response = Client().post(form_with_source.url, {names(form_with_source)["نام"]: "مریم"})
    assert response.status_code == 303, response.content.decode()[:300]
    assert FormPageSubmission.objects.filter(page=form_with_source).count() == 1


def test_a_refused_hidden_value_is_said_in_the_summary(form_with_source):
    """A value sent with a null character came back 400 with nothing said anywhere."""
    fields = names(form_with_source)
    response = Client().post(form_with_source.url, {fields["نام"]: "مریم", fields["منبع کمپین"]: "a\x00b"})
    assert response.status_code == 400
    summary = soup(response).select_one(".error-summary").get_text(" ", strip=True)
    assert "نویسهٔ تهی" in summary


def test_the_paper_copies_ask_no_hidden_question(form_with_source):
    """The printable and the PDF blank form listed «منبع کمپین» with a box to write in."""
    printed = Client().get(form_with_source.url + "print/")
    assert "منبع کمپین" not in printed.content.decode()
    assert "نام" in soup(printed).select_one(".print-fields").get_text()
    assert [field.label for field in form_with_source.paper_fields()] == ["نام"]
