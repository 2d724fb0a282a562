"""Editor-built forms as a Persian citizen and Persian staff meet them: a number typed in Persian
digits, and the name of a responses export."""

from urllib.parse import quote

import jdatetime
import pytest
from django.test import Client
from django.utils import timezone

from forms_pages.factories import FormPageFactory
from forms_pages.models import FormPageSubmission
from home.language.text import to_persian_digits
from tests.soup import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def age_form(forms_index):
    return FormPageFactory(parent=forms_index, slug="ثبت-نام-کارگاه", fields=[("سن", "number")])


def test_a_number_field_takes_persian_digits(age_form):
    """It was <input type="number">: the browser dropped «۳۵» typed on a Persian keyboard, sent
    nothing, and the citizen read «“سن” را پر کنید.» under a box they had filled in."""
    box = soup(Client().get(age_form.url)).select_one("form input[name='u0633u0646']")
    assert box["type"] == "text" and box["inputmode"] == "decimal", box
    response = Client().post(age_form.url, {"u0633u0646": "۳۵"})
    assert response.status_code == 303, response.content.decode()[:300]
    assert FormPageSubmission.objects.get(page=age_form).get_data()["u0633u0646"] in ("35", 35)


@pytest.mark.parametrize(("typed", "stored"), [("۳۵٫۵", "35.5"), ("۱٬۲۰۰", "1200")])
def test_a_number_takes_the_persian_decimal_mark_and_separators(age_form, typed, stored):
    """«۳۵٫۵» (the decimal key of a Persian keyboard) was refused as not a number."""
    response = Client().post(age_form.url, {"u0633u0646": typed})
    assert response.status_code == 303, response.content.decode()[:300]
    assert str(FormPageSubmission.objects.get(page=age_form).get_data()["u0633u0646"]) == stored


@pytest.mark.parametrize(
    ("typed", "stored"), [("1,500", "1500"), ("۱٬۵۰۰", "1500"), ("۱٫۵", "1.5"), ("1.5", "1.5"), ("۱٬۲۰۰٫۵", "1200.5")]
)
def test_thousands_and_decimals_are_read_as_written(age_form, typed, stored):
    response = Client().post(age_form.url, {"u0633u0646": typed})
    assert response.status_code == 303, response.content.decode()[:300]
    assert str(FormPageSubmission.objects.get(page=age_form).get_data()["u0633u0646"]) == stored


@pytest.mark.parametrize("typed", ["1,5", "۱٬۵", "۱،۵", "1,50", "1,5000", "1.500,5"])
def test_a_comma_that_cannot_separate_thousands_is_refused_with_how_to_write_a_decimal(age_form, typed):
    """ "1,5" was read as 15: a comma before anything but three digits is a decimal typed on the
    wrong key, not a thousands separator."""
    response = Client().post(age_form.url, {"u0633u0646": typed})
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("input[name='u0633u0646']")["value"] == typed
    error = "عدد اعشاری را در «سن» با ممیز بنویسید، مثلاً ۱٫۵؛ «٬» یا «,» فقط هزارگان را جدا می‌کند، مانند ۱٬۵۰۰."
    assert error in page.get_text(" ", strip=True)
    assert not FormPageSubmission.objects.filter(page=age_form).exists()


def test_persian_staff_save_responses_under_a_persian_jalali_name(age_form, admin_client):
    """It was «<slug>-export-2026-12-06.csv»: an English word and a Gregorian date for Persian staff."""
    today = jdatetime.date.fromgregorian(date=timezone.localdate())
    stamp = to_persian_digits(f"{today.year}-{today.month:02d}-{today.day:02d}")
    for export in ("csv", "xlsx"):
        disposition = admin_client.get(f"/admin/forms/submissions/{age_form.pk}/", {"export": export})[
            "Content-Disposition"
        ]
        expected = quote(f"ثبت-نام-کارگاه-پاسخ ها-{stamp}.{export}")
        assert disposition == f"attachment; filename*=utf-8''{expected}", disposition
