"""Too long, too short and missing answers get the site's own messages: what to do, the limit in
the page's digits (Persian on Persian pages), a 400, what was typed kept; the anonymous report
form explains itself as the named contact form does."""

import pytest
from django.utils import translation

from forms_pages.factories import FormFieldFactory, FormPageFactory
from forms_pages.forms import RatingForm, ReplyForm, VisitAnswerForm
from forms_pages.models import CitizenRequest, FormPage, FormPageSubmission
from tests.page_forms import field_names, form_answers
from tests.soup import error_summary, soup

pytestmark = pytest.mark.django_db

LONG_EMAIL = "a" * 250 + "@example.ir"  # 261 characters
DJANGO_WORDING = ("کاراکتر", "طولش", "Ensure this value", "This field is required", "این فیلد لازم است")


def assert_no_django_wording(response):
    text = response.content.decode()
    assert not [words for words in DJANGO_WORDING if words in text]


def test_a_too_long_email_on_the_contact_form_is_explained_in_persian_digits(client, contact_page, valid_data):
    response = client.post(contact_page.url, {**valid_data, "email": LONG_EMAIL})
    assert response.status_code == 400
    page = soup(response)
    message = page.select_one("#id_email_error").get_text(" ", strip=True)
    assert "نشانی ایمیل را به ۲۵۴ نویسه یا کمتر کوتاه کنید." in message
    assert "254" not in message and "261" not in message
    assert set(error_summary(page)) == {"#id_email"}
    assert page.select_one("#id_email")["value"] == LONG_EMAIL  # kept, to be shortened
    assert_no_django_wording(response)
    assert not CitizenRequest.objects.filter(subject=valid_data["subject"]).exists()


def test_a_too_long_email_on_the_english_contact_form_is_explained_in_english(client, home_en, valid_data):
    response = client.post("/en/contact/", {**valid_data, "email": LONG_EMAIL})
    assert response.status_code == 400
    links = error_summary(soup(response))
    assert "Shorten the e-mail address to 254 characters or fewer." in links["#id_email"]
    assert_no_django_wording(response)


def test_a_mobile_number_too_long_to_be_one_says_how_to_write_it(client, contact_page, valid_data):
    response = client.post(contact_page.url, {**valid_data, "mobile": "۰۹۱۲ ۳۴۵ ۶۷۸۹ ۰۹۱۲ ۳۴۵ ۶۷۸۹"})
    assert response.status_code == 400
    assert "مانند ۰۹۱۲۳۴۵۶۷۸۹" in error_summary(soup(response))["#id_mobile"]
    assert_no_django_wording(response)


@pytest.fixture
def course_form(forms_index):
    return FormPage.objects.get(slug="labour-law-course-registration", locale__language_code="fa")


def test_an_editor_built_text_field_names_itself_and_its_limit_in_persian_digits(client, course_form):
    answers = {
        "نام و نام خانوادگی": "ر" * 300,
        "نام کارگاه یا تشکل": "کارگاه نمونه",
        "شماره همراه": "۰۹۱۲۳۴۵۶۷۸۹۰۹۱۲۳۴۵۶۷۸۹۰۹۱۲",  # 27 digits: too long to be a number
        "نقش شما": "کارفرما",
    }
    response = client.post(course_form.url, form_answers(course_form, answers))
    assert response.status_code == 400
    page = soup(response)
    fields = field_names(course_form)
    texts = error_summary(page)
    name_anchor = f"#{page.find(attrs={'name': fields['نام و نام خانوادگی']})['id']}"
    assert "«نام و نام خانوادگی» را به ۲۵۵ نویسه یا کمتر کوتاه کنید." in texts[name_anchor]
    mobile_anchor = f"#{page.find(attrs={'name': fields['شماره همراه']})['id']}"
    assert "مانند ۰۹۱۲۳۴۵۶۷۸۹" in texts[mobile_anchor]  # a number is not "shortened"
    assert page.find(attrs={"name": fields["نام و نام خانوادگی"]})["value"] == "ر" * 300
    assert_no_django_wording(response)
    assert not FormPageSubmission.objects.filter(page=course_form).exists()


def test_an_editor_built_english_form_gives_the_limit_in_english(client, course_form):
    english = course_form.get_translations().get(locale__language_code="en").specific
    response = client.post(english.url, form_answers(english, {"Full name": "R" * 300}))
    assert response.status_code == 400
    assert "Shorten “Full name” to 255 characters or fewer." in error_summary(soup(response)).values()
    assert_no_django_wording(response)


def test_a_percent_sign_in_a_label_is_shown_as_typed(client, forms_index):
    page = FormPageFactory(parent=forms_index, slug="percent-label")
    FormFieldFactory(page=page, label="سهم شما (%)", field_type="singleline", required=False)
    page.save_revision().publish()
    (name,) = (field.clean_name for field in page.get_form_fields())
    response = client.post(page.url, {name: "۱" * 256})
    assert response.status_code == 400
    assert "«سهم شما (%)» را به ۲۵۵ نویسه یا کمتر کوتاه کنید." in error_summary(soup(response)).values()


def test_the_anonymous_form_sent_empty_lists_each_field_with_a_link(client, departments):
    response = client.post("/contact/anonymous/", {"website": ""})
    assert response.status_code == 400
    page = soup(response)
    box = page.select_one(".error-summary")
    assert box.has_attr("autofocus") and box["tabindex"] == "-1"  # takes the focus
    links = error_summary(page)
    assert set(links) == {"#id_department", "#id_subject", "#id_text"}
    for href in links:
        assert page.find(id=href[1:])["aria-invalid"] == "true"
    # The same messages as the named contact form, but for the unit: the one the report is about.
    assert "واحدی را که گزارشتان درباره‌اش است انتخاب کنید." in links["#id_department"]
    assert "موضوع درخواست خود را بنویسید." in links["#id_subject"]
    assert "متن درخواست خود را بنویسید." in links["#id_text"]
    assert "لطفاً خطاهای زیر را درست کنید." not in response.content.decode()
    assert_no_django_wording(response)


def test_the_anonymous_form_explains_short_answers_in_persian_digits(client, departments):
    data = {"department": departments[3].pk, "subject": "اب", "text": "کوتاه", "website": ""}
    response = client.post("/contact/anonymous/", data)
    assert response.status_code == 400
    page = soup(response)
    links = error_summary(page)
    assert "موضوع را دست‌کم در ۵ نویسه بنویسید." in links["#id_subject"]
    assert "متن درخواست را دست‌کم در ۲۰ نویسه بنویسید" in links["#id_text"]
    assert page.select_one("#id_subject")["value"] == "اب"
    assert page.select_one("#id_text").get_text().strip() == "کوتاه"
    assert_no_django_wording(response)


def test_the_english_anonymous_form_explains_itself_in_english(client, home_en, departments):
    response = client.post("/en/contact/anonymous/", {"subject": "ab", "website": ""})
    assert response.status_code == 400
    page = soup(response)
    links = error_summary(page)
    assert links["#id_subject"] == "Subject: Write a subject of at least 5 characters."
    assert "Choose the unit your report is about." in links["#id_department"]
    text = page.select_one(".error-summary").get_text()
    assert not any("\u0600" <= ch <= "\u06ff" for ch in text)
    assert_no_django_wording(response)


@pytest.mark.parametrize(
    ("form_class", "data", "field", "expected"),
    [
        (ReplyForm, {"text": ""}, "text", "پاسخ خود را بنویسید."),
        (ReplyForm, {"text": "ر"}, "text", "پاسخ را دست‌کم در ۲ نویسه بنویسید."),
        (ReplyForm, {"text": "ر" * 5001}, "text", "پاسخ را به ۵٬۰۰۰ نویسه یا کمتر کوتاه کنید"),
        (RatingForm, {"rating": "5", "comment": "ر" * 1001}, "comment", "نظر خود را به ۱٬۰۰۰ نویسه"),
        (VisitAnswerForm, {"answer": "perhaps"}, "answer", "بگویید که می‌آیید یا به زمان دیگری نیاز دارید."),
        (VisitAnswerForm, {"answer": "confirm", "note": "ر" * 1001}, "note", "یادداشت را به ۱٬۰۰۰ نویسه"),
    ],
)
def test_the_tracking_pages_forms_say_what_to_fix_in_persian(form_class, data, field, expected):
    """The reply, the rating's comment and the visit answer gave Django's generic «طول این مقدار
    باید حداکثر 1000 کاراکتر باشد» (Latin digits) or «یک گزینهٔ معتبر انتخاب کنید»."""
    with translation.override("fa"):
        form = form_class(data)
        assert not form.is_valid()
        assert form.errors[field][0].startswith(expected), form.errors[field]
