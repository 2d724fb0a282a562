"""Date and date-time fields of editor-built forms: Jalali on the Persian site, Gregorian on the
English one, every wrong date refused with what to write and the form coming back filled."""

import datetime

import jdatetime
import pytest
from django.test import Client
from django.utils import timezone

from forms_pages.factories import FormPageFactory
from forms_pages.models import FormPageSubmission, FormsIndexPage
from tests.page_forms import field_names
from tests.soup import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def persian_form(forms_index):
    return FormPageFactory(
        parent=forms_index, slug="نوبت-مراجعه", fields=[("تاریخ تولد", "date"), ("زمان مراجعه", "datetime", False)]
    )


@pytest.fixture
def english_form(home_en):
    index = FormsIndexPage.objects.get(locale__language_code="en")
    return FormPageFactory(parent=index, slug="appointment", title="Appointment", fields=[("Date of birth", "date")])


def send(page, **answers):
    names = field_names(page)
    return Client().post(page.url, {names[label]: value for label, value in answers.items()})


def stored(page):
    return FormPageSubmission.objects.get(page=page).get_data()


def errors(response):
    """The messages under the fields, without the «خطا:» said to screen readers only."""
    items = soup(response).select("form .field__error li")
    for hidden in (span for li in items for span in li.select(".visually-hidden")):
        hidden.decompose()
    return [li.get_text(" ", strip=True) for li in items]


@pytest.mark.parametrize("typed", ["۱۴۰۵/۰۹/۲۵", "١٤٠٥-٠٩-٢٥", "1405/9/25"])
def test_a_persian_reader_types_a_jalali_date(persian_form, typed):
    """It was Django's date field: «۱۴۰۵/۰۹/۲۵» got «یک تاریخ معتبر وارد کنید.», the date every
    Persian reader writes."""
    response = send(persian_form, **{"تاریخ تولد": typed})
    assert response.status_code == 303, errors(response)
    expected = jdatetime.date(1405, 9, 25).togregorian().isoformat()
    assert expected in stored(persian_form).values()


def test_a_jalali_date_and_time_is_kept_as_tehran_time(persian_form):
    response = send(persian_form, **{"تاریخ تولد": "۱۳۷۰/۰۱/۰۱", "زمان مراجعه": "۱۴۰۵/۰۹/۲۵ ۱۰:۳۰"})
    assert response.status_code == 303, errors(response)
    moment = datetime.datetime.combine(jdatetime.date(1405, 9, 25).togregorian(), datetime.time(10, 30))
    expected = timezone.make_aware(moment).isoformat()
    assert expected in [str(value) for value in stored(persian_form).values()]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("۱۴۰۴/۱۲/۳۰", "اسفند ۱۴۰۴، ۲۹ روز دارد؛ روز ۳۰ در آن نیست."),
        ("۱۴۰۵/۱۳/۴۰", "ماه شمسی عددی از ۱ تا ۱۲ است."),
        ("25/09/1405", "تاریخ را به تقویم هجری شمسی وارد کنید، مانند"),
        ("2026-12-01", "سال را به تقویم هجری شمسی و بین ۱۳۰۰ تا ۱۴۹۹ وارد کنید"),
    ],
)
def test_an_impossible_jalali_date_says_what_is_wrong(persian_form, typed, message):
    """Every one of these was «یک تاریخ معتبر وارد کنید.», which said neither the calendar nor the
    shape to write."""
    response = send(persian_form, **{"تاریخ تولد": typed})
    assert response.status_code == 400
    assert any(error.startswith(message) for error in errors(response)), errors(response)
    box = soup(response).select_one(f"input[name='{field_names(persian_form)['تاریخ تولد']}']")
    assert box["value"] == typed and box["dir"] == "ltr"
    assert not FormPageSubmission.objects.filter(page=persian_form).exists()


def test_the_persian_form_says_how_to_write_a_date_before_anything_is_typed(persian_form):
    page = soup(Client().get(persian_form.url))
    helps = [p.get_text(strip=True) for p in page.select("form .field__help")]
    assert any(text.startswith("تاریخ را به تقویم هجری شمسی و به شکل سال/ماه/روز بنویسید، مثلاً ۱۴") for text in helps)
    assert any("سال/ماه/روز و سپس ساعت" in text for text in helps)


def test_an_english_reader_cannot_send_a_jalali_year_as_a_gregorian_one(english_form):
    """ "1405-09-25" on the English form was stored as the year 1405 AD."""
    response = send(english_form, **{"Date of birth": "1405-09-25"})
    assert response.status_code == 400
    assert "Enter a year between 1921 and 2120." in errors(response)
    assert not FormPageSubmission.objects.filter(page=english_form).exists()


@pytest.mark.parametrize("typed", ["2026-02-30", "۱۴۰۵/۱۳/۴۰", "30/02/2026"])
def test_an_english_date_that_is_no_date_names_the_field_and_the_shape(english_form, typed):
    """It was Django's «Enter a valid date.»: no field, no shape to write."""
    response = send(english_form, **{"Date of birth": typed})
    assert response.status_code == 400
    expected = "Enter “Date of birth” as a date, year-month-day, for example 20"
    assert any(error.startswith(expected) for error in errors(response)), errors(response)


@pytest.mark.parametrize("typed", ["1990-05-17", "۱۹۹۰-۰۵-۱۷", "١٩٩٠-٠٥-١٧"])
def test_an_english_date_is_read_in_any_digits(english_form, typed):
    """«۱۹۹۰-۰۵-۱۷» typed on a Persian keyboard (a foreign national writing Dari, say) was refused."""
    response = send(english_form, **{"Date of birth": typed})
    assert response.status_code == 303, errors(response)
    assert "1990-05-17" in stored(english_form).values()
