"""Plain number fields in the admin: Persian digits for Persian staff, any digits read back.

A service's «میانگین زمان انجام (روز کاری)» and «رتبه در میان پرکاربردترین خدمات» were browser
number inputs showing «15» and «3»; every integer field of an admin model form is now edited
with `home.language.numbers.NumberField` (one registration with Wagtail).
"""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from home.language.money import MoneyFormField
from home.language.numbers import NumberField
from services.factories import make_service
from services.models import ServiceCategory, ServicePage
from tests.admin_language import prefers_english
from tests.services.test_admin import edit_data
from tests.soup import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rendered_context")]

DAYS = "processing_days"
RANK = "most_used_rank"


@pytest.fixture
def service(catalogue, categories, audiences):
    page = make_service(catalogue, slug="numbers", categories=[categories["other"]], audiences=[audiences["workers"]])
    page.processing_days, page.most_used_rank = 15, 3
    page.save_revision()
    return page


@pytest.fixture
def english(client, admin_user):
    prefers_english(admin_user)
    client.force_login(admin_user)
    return client


def shown(client, page):
    """The two number boxes of the page's edit form, as shown: (days, rank)."""
    form = soup(client.get(f"/admin/pages/{page.pk}/edit/"))
    fields = [form.find("input", attrs={"name": name}) for name in (DAYS, RANK)]
    assert all(field["type"] == "text" and field["inputmode"] == "numeric" for field in fields)
    return tuple(field["value"] for field in fields)


def save(client, page, categories, audiences, **typed):
    data = edit_data(page, categories["other"], audiences["workers"], **typed)
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def saved(page):
    latest = ServicePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    return latest.processing_days, latest.most_used_rank


def errors(response, name):
    return " ".join(str(message) for message in response.context["form"].errors.get(name, []))


@pytest.mark.parametrize(
    ("typed", "number"), [("۲۰", 20), ("20", 20), ("٢٠", 20), (" ۲۰\u200f", 20), ("۱٬۲۰۰", 1200), ("1,200", 1200)]
)
def test_any_digits_read_as_the_number(typed, number):
    assert NumberField().clean(typed) == number


@pytest.mark.parametrize("typed", ["1,5", "۱٬۵", "۱،۵", "1,50"])
def test_a_comma_before_less_than_three_digits_is_no_thousands_separator(typed):
    """ "1,5" was read as 15: a decimal typed with a comma, refused like «۲٫۵»."""
    with pytest.raises(ValidationError) as error:
        NumberField().clean(typed)
    assert error.value.code == "invalid"


def test_persian_admin_shows_persian_digits_and_reads_any(admin_client, service, categories, audiences):
    assert shown(admin_client, service) == ("۱۵", "۳")
    response = save(admin_client, service, categories, audiences, **{DAYS: "٢٠", RANK: " ۴\u200f"})
    assert response.status_code == 302
    assert saved(service) == (20, 4)
    assert shown(admin_client, service) == ("۲۰", "۴")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("بیست", "«میانگین زمان انجام (روز کاری)» را تنها با رقم و به صورت عدد درست بنویسید؛ برای نمونه ۱۲."),
        ("۲٫۵", "«میانگین زمان انجام (روز کاری)» را تنها با رقم و به صورت عدد درست بنویسید؛ برای نمونه ۱۲."),
        ("-۳", "«میانگین زمان انجام (روز کاری)» نمی‌تواند کمتر از ۰ باشد."),
        ("۹۹۹۹۹", "«میانگین زمان انجام (روز کاری)» نمی‌تواند بیشتر از ۳۲٬۷۶۷ باشد."),
    ],
)
def test_a_wrong_number_gets_a_persian_error_naming_the_field(
    admin_client, service, categories, audiences, typed, message
):
    response = save(admin_client, service, categories, audiences, **{DAYS: typed})
    assert response.status_code == 200
    assert errors(response, DAYS) == message
    assert message in response.content.decode()
    assert saved(service) == (15, 3)
    # What was typed stays in the box.
    assert soup(response).find("input", attrs={"name": DAYS})["value"] == typed.strip()


def test_english_admin_keeps_latin_digits(english, service, categories, audiences):
    assert shown(english, service) == ("15", "3")
    assert save(english, service, categories, audiences, **{DAYS: "۸", RANK: "2"}).status_code == 302
    assert saved(service) == (8, 2)
    assert shown(english, service) == ("8", "2")
    response = save(english, service, categories, audiences, **{DAYS: "eight"})
    expected = "Write “Average processing time (working days)” as a whole number in digits only, for example 12."
    assert response.status_code == 200
    assert expected in response.content.decode()  # the message as rendered, in English


def test_one_registration_reaches_snippets_and_keeps_money_fields():
    with translation.override("fa"):
        snippet_form = ServiceCategory.snippet_viewset.get_form_class()
        assert isinstance(snippet_form.base_fields["sort_order"], NumberField)
        page_form = ServicePage.get_edit_handler().get_form_class()
        assert isinstance(page_form.base_fields[DAYS], NumberField)
        assert isinstance(page_form.base_fields["cost_rials"], MoneyFormField)
