"""Numbers, web addresses and long answers in editor-built forms: what a person might type that
is no answer (a number in exponent form, 32 digits, an address that is a word, a pasted book)
is refused with what to write, the form coming back filled."""

import pytest
from django.test import Client

from forms_pages.factories import FormFieldFactory, FormPageFactory
from forms_pages.models import FormPageSubmission, FormsIndexPage
from tests.soup import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def persian_form(forms_index):
    fields = [("تعداد کارگران", "number", False), ("وب‌سایت کارگاه", "url", False), ("شرح مشکل", "multiline", False)]
    return FormPageFactory(parent=forms_index, slug="form-with-limits", fields=fields)


@pytest.fixture
def english_form(home_en):
    index = FormsIndexPage.objects.get(locale__language_code="en")
    fields = [("Number of workers", "number", False), ("Workshop website", "url", False)]
    return FormPageFactory(parent=index, slug="form-with-limits-en", title="Limits", fields=fields)


def send(page, **answers):
    names = {field.label: field.clean_name for field in page.get_form_fields()}
    return Client().post(page.url, {names[label]: value for label, value in answers.items()})


def refused(response, page, label):
    """The messages under the field `label` of a refused form, and what its box still holds."""
    assert response.status_code == 400
    assert not FormPageSubmission.objects.filter(page=page).exists()
    name = next(field.clean_name for field in page.get_form_fields() if field.label == label)
    html = soup(response)
    for hidden in html.select(".visually-hidden"):
        hidden.decompose()
    errors = [" ".join(li.get_text().split()) for li in html.select(f"#id_{name}_error li")]
    box = html.select_one(f"[name='{name}']")
    return errors, box.get("value", box.get_text().strip())


@pytest.mark.parametrize("typed", ["1e5", "۱e۵", "2E+3"])
def test_a_number_in_exponent_form_is_refused(persian_form, typed):
    """ "1e5" was kept as "1E+5", which the responses' spreadsheet showed as neither 100000 nor
    what the citizen typed."""
    errors, kept = refused(send(persian_form, **{"تعداد کارگران": typed}), persian_form, "تعداد کارگران")
    assert errors == ["برای «تعداد کارگران» یک عدد وارد کنید (با رقم فارسی یا انگلیسی)."]
    assert kept == typed


def test_a_number_of_32_digits_is_refused_with_the_limit(persian_form):
    typed = "9" * 32
    errors, kept = refused(send(persian_form, **{"تعداد کارگران": typed}), persian_form, "تعداد کارگران")
    assert errors == ["«تعداد کارگران» را با ۲۰ رقم یا کمتر بنویسید."]
    assert kept == typed


def test_the_english_limit_is_in_english(english_form):
    errors, _ = refused(send(english_form, **{"Number of workers": "9" * 21}), english_form, "Number of workers")
    assert errors == ["Write “Number of workers” in at most 20 digits."]


@pytest.mark.parametrize(("typed", "stored"), [("−۵", "-5"), ("۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰", "12345678901234567890")])
def test_a_typographic_minus_and_twenty_digits_are_read(persian_form, typed, stored):
    response = send(persian_form, **{"تعداد کارگران": typed})
    assert response.status_code == 303, response.content.decode()[:300]
    assert stored in [str(value) for value in FormPageSubmission.objects.get(page=persian_form).get_data().values()]


def test_a_web_address_that_is_a_word_says_how_to_write_one(persian_form):
    """It was Django's «یک نشانی اینترنتی معتبر وارد کنید.», which named neither the field nor the form."""
    errors, kept = refused(send(persian_form, **{"وب‌سایت کارگاه": "سایت ما"}), persian_form, "وب‌سایت کارگاه")
    assert len(errors) == 1 and errors[0].startswith("نشانی اینترنتی «وب‌سایت کارگاه» را به شکل")
    assert "example.ir" in errors[0]
    assert kept == "سایت ما"


def test_the_english_web_address_message(english_form):
    errors, _ = refused(send(english_form, **{"Workshop website": "our site"}), english_form, "Workshop website")
    assert errors == ["Enter the web address in “Workshop website” in the form example.ir or https://example.ir/page."]


def test_a_web_address_box_reads_left_to_right(persian_form):
    name = next(field.clean_name for field in persian_form.get_form_fields() if field.field_type == "url")
    box = soup(Client().get(persian_form.url)).select_one(f"input[name='{name}']")
    assert box["dir"] == "ltr" and box["type"] == "url"


def test_a_long_answer_has_the_contact_pages_limit(persian_form):
    """20,000 characters pasted into a multi-line answer were kept and e-mailed to staff."""
    typed = "م" * 5001
    errors, kept = refused(send(persian_form, **{"شرح مشکل": typed}), persian_form, "شرح مشکل")
    assert errors == ["«شرح مشکل» را به ۵٬۰۰۰ نویسه یا کمتر کوتاه کنید."]
    assert kept == typed
    assert send(persian_form, **{"شرح مشکل": "م" * 5000}).status_code == 303


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("example.ir\u200c", "https://example.ir"),
        ("\u200fhttps://example.ir/می\u200cشود", "https://example.ir/می\u200cشود"),
    ],
)
def test_invisible_marks_around_a_web_address_are_not_kept(persian_form, typed, stored):
    """A ZWNJ after the address (Shift+Space on a Persian keyboard) was kept in it: staff opened
    https://example.ir%E2%80%8C. One inside a Persian path belongs to its word and stays."""
    response = send(persian_form, **{"وب‌سایت کارگاه": typed})
    assert response.status_code == 303, response.content.decode()[:300]
    assert stored in FormPageSubmission.objects.get(page=persian_form).get_data().values()


@pytest.mark.parametrize("typed", ["\u200c", "\u200f \u200e", " \u200c\n"])
def test_a_required_answer_of_invisible_marks_only_is_asked_for(forms_index, typed):
    """A lone ZWNJ (Shift+Space on a Persian keyboard) answered a required question: accepted,
    and blank to staff."""
    page = FormPageFactory(parent=forms_index, slug="form-with-name")
    FormFieldFactory(page=page, label="نام", field_type="singleline")
    FormFieldFactory(page=page, label="شرح", field_type="multiline")
    answers = {"نام": typed, "شرح": typed}
    response = send(page, **answers)
    assert refused(response, page, "نام")[0] == ["«نام» را پر کنید."]
    assert refused(response, page, "شرح")[0] == ["«شرح» را پر کنید."]


def test_a_zwnj_inside_an_answer_stays(forms_index):
    page = FormPageFactory(parent=forms_index, slug="form-with-words")
    FormFieldFactory(page=page, label="نام", field_type="singleline")
    answers = {"نام": "\u200cمی\u200cشود\u200c"}
    assert send(page, **answers).status_code == 303
    assert list(FormPageSubmission.objects.get(page=page).get_data().values())[0] == "می\u200cشود"
