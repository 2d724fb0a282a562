"""Several options of an editor-built form (tick boxes, a multiple list): each kept once."""

import pytest
from django.test import Client

from forms_pages.factories import FormFieldFactory, FormPageFactory
from forms_pages.models import FormPageSubmission

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("field_type", ["checkboxes", "multiselect"])
def test_an_option_sent_twice_is_kept_once(forms_index, field_type):
    """«صبح» posted twice (a doubled form, or one put together by hand) was stored twice."""
    page = FormPageFactory(parent=forms_index, slug=f"sessions-{field_type}")
    FormFieldFactory(page=page, label="نوبت دلخواه", field_type=field_type, choices="صبح\nعصر")
    name = page.get_form_fields()[0].clean_name
    response = Client().post(page.url, {name: ["صبح", "عصر", "صبح"]})
    assert response.status_code == 303, response.content.decode()[:300]
    assert FormPageSubmission.objects.get(page=page).get_data()[name] == ["صبح", "عصر"]


def test_an_option_not_offered_is_still_refused(forms_index):
    page = FormPageFactory(parent=forms_index, slug="sessions-forged")
    FormFieldFactory(page=page, label="نوبت دلخواه", field_type="checkboxes", choices="صبح\nعصر")
    name = page.get_form_fields()[0].clean_name
    response = Client().post(page.url, {name: ["صبح", "شب"]})
    assert response.status_code == 400
    assert "برای «نوبت دلخواه» یک گزینه انتخاب کنید." in response.content.decode()
