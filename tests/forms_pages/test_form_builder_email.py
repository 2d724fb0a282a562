"""An e-mail address typed on a Persian keyboard into an editor-built form."""

import pytest
from django.test import Client

from forms_pages.factories import FormPageFactory
from forms_pages.models import FormPageSubmission

pytestmark = pytest.mark.django_db


@pytest.fixture
def email_form(forms_index):
    return FormPageFactory(parent=forms_index, slug="form-with-email", fields=[("ایمیل", "email")])


def sent_address(page, typed):
    name = page.get_form_fields()[0].clean_name
    response = Client().post(page.url, {name: typed})
    assert response.status_code == 303, response.content.decode()[:300]
    return FormPageSubmission.objects.get(page=page).get_data()[name]


def test_persian_digits_in_an_address_are_read(email_form):
    """«ali۱۲۳@gmail.com» was refused with «نشانی ایمیل را به شکل name@example.com وارد کنید.»,
    an address that looked exactly like the example."""
    assert sent_address(email_form, "ali۱۲۳@gmail.com") == "ali123@gmail.com"


@pytest.mark.parametrize("typed", ["ali@gmail.com\u200c", "\u200fali@gmail.com", "ali\u200e@gmail.com"])
def test_invisible_marks_are_not_kept_in_the_address(email_form, typed):
    """A ZWNJ after the address (Shift+Space on a Persian keyboard) was kept: staff answered an
    address no mail reaches."""
    assert sent_address(email_form, typed) == "ali@gmail.com"
