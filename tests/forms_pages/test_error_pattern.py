"""Forms that explain themselves (GOV.UK error pattern) on every form a citizen fills in:
an error summary that names each field and links to it, the field's error state (aria-invalid,
aria-describedby, a visible message), messages that say what to do, typed text kept, a 400."""

import pytest

from forms_pages.factories import FormFieldFactory, FormPageFactory, PollOptionFactory, PollPageFactory
from forms_pages.models import FormPage, FormPageSubmission
from tests.page_forms import field_names, form_answers
from tests.soup import error_summary, soup

pytestmark = pytest.mark.django_db

GENERIC = "این فیلد لازم است."


def assert_links_reach_fields(page, links):
    for href in links:
        target = page.find(id=href[1:])
        assert target is not None, f"{href} points nowhere"
        assert target.get("aria-invalid") == "true", href


def test_empty_contact_form_names_every_field_and_says_what_to_do(client, contact_page):
    response = client.post(contact_page.url, {})
    assert response.status_code == 400
    page = soup(response)
    summary = page.select_one(".error-summary")
    # Takes focus without JavaScript (autofocus on a focusable element), and is titled.
    assert summary.has_attr("autofocus") and summary["tabindex"] == "-1"
    assert summary.select_one("#error-summary-title").get_text(strip=True) == "این موارد را اصلاح کنید"
    links = error_summary(page)
    assert set(links) == {"#id_kind_0", "#id_department", "#id_subject", "#id_text", "#id_name", "#id_mobile"}
    assert_links_reach_fields(page, links)
    assert "شماره همراه" in links["#id_mobile"]  # the field's label
    assert "مانند ۰۹۱۲۳۴۵۶۷۸۹" in links["#id_mobile"]  # and the form expected
    messages = [li.get_text(" ", strip=True) for li in page.select(".error-summary li")]
    assert len(set(messages)) == len(messages) == 6  # one different message per field
    assert GENERIC not in response.content.decode()


def test_each_field_carries_its_error_state(client, contact_page, valid_data):
    response = client.post(contact_page.url, {**valid_data, "mobile": "12", "subject": "سلا"})
    assert response.status_code == 400
    page = soup(response)
    mobile = page.select_one("#id_mobile")
    assert mobile["aria-invalid"] == "true"
    assert "id_mobile_error" in mobile["aria-describedby"].split()
    error = page.select_one("#id_mobile_error")
    assert "شماره همراه ایرانی را یازده‌رقمی و با ۰۹ در آغاز وارد کنید" in error.get_text()
    assert "field--error" in mobile.find_parent(class_="field")["class"]
    assert "دست‌کم در ۵ نویسه" in page.select_one("#id_subject_error").get_text()
    # What was typed is kept, so nothing has to be typed again.
    assert mobile["value"] == "12"
    assert page.select_one("#id_text").get_text().strip() == valid_data["text"]
    assert page.select_one("#id_name")["value"] == valid_data["name"]
    # Fields without errors are not marked.
    assert not page.select_one("#id_name").has_attr("aria-invalid")
    assert set(error_summary(page)) == {"#id_subject", "#id_mobile"}


def test_a_radio_group_error_is_described_on_its_fieldset(client, contact_page, valid_data):
    data = {key: value for key, value in valid_data.items() if key != "kind"}
    page = soup(client.post(contact_page.url, data))
    fieldset = page.select_one("#id_kind_0").find_parent("fieldset")
    assert fieldset["aria-describedby"] == "id_kind_error"
    assert "field--error" in fieldset["class"]


def test_tracking_form_errors_follow_the_pattern(client):
    response = client.post("/track/", {"code": "123", "contact": ""})
    assert response.status_code == 400
    page = soup(response)
    links = error_summary(page)
    assert set(links) == {"#id_code", "#id_contact"}
    assert_links_reach_fields(page, links)
    assert "۱۵ رقم" in links["#id_code"] or "پانزده رقم" in links["#id_code"]
    assert page.select_one("#id_code")["value"] == "123"


def test_an_unknown_tracking_code_is_in_the_summary_too(client):
    response = client.post("/track/", {"code": "1" * 15, "contact": "09123456789"})
    assert response.status_code == 404
    page = soup(response)
    assert "#id_code" in error_summary(page)


@pytest.fixture
def course_form(forms_index):
    """The seeded course registration: its mobile field has the mobile type."""
    return FormPage.objects.get(slug="labour-law-course-registration", locale__language_code="fa")


def course_data(page, **changes):
    answers = {
        "نام و نام خانوادگی": "رضا کریمی",
        "نام کارگاه یا تشکل": "کارگاه نمونه",
        "شماره همراه": "۰۹۱۲ ۳۴۵ ۶۷۸۹",
        "نقش شما": "کارفرما",
    }
    return form_answers(page, answers | changes), field_names(page)


def test_editor_built_form_refuses_a_phone_number_of_two_digits(client, course_form):
    data, fields = course_data(course_form, **{"شماره همراه": "12"})
    response = client.post(course_form.url, data)
    assert response.status_code == 400
    page = soup(response)
    links = error_summary(page)
    anchor = f"#{page.find(attrs={'name': fields['شماره همراه']})['id']}"
    assert anchor in links and "۰۹۱۲۳۴۵۶۷۸۹" in links[anchor]
    assert_links_reach_fields(page, links)
    assert not FormPageSubmission.objects.filter(page=course_form).exists()


def test_editor_built_form_saves_the_number_in_one_form(client, course_form):
    data, fields = course_data(course_form)
    response = client.post(course_form.url, data, follow=True)
    assert response.redirect_chain == [(course_form.url + "thanks/", 303)]
    saved = FormPageSubmission.objects.get(page=course_form)
    assert saved.get_data()[fields["شماره همراه"]] == "09123456789"
    # One thank-you message, not two.
    page = soup(response)
    assert len(page.select(".callout--success")) == 1
    assert response.content.decode().count("سپاسگزاریم") + response.content.decode().count("سپاس‌گزاریم") == 1


def test_editor_built_required_fields_name_themselves(client, course_form):
    response = client.post(course_form.url, {})
    assert response.status_code == 400
    texts = list(error_summary(soup(response)).values())
    assert any("«نام و نام خانوادگی» را پر کنید" in text for text in texts)
    assert any("برای «نقش شما» یک گزینه انتخاب کنید" in text for text in texts)
    assert GENERIC not in response.content.decode()


def test_editor_built_national_id_and_email_fields_are_checked(client, forms_index):
    page = FormPageFactory(parent=forms_index, slug="id-check")
    FormFieldFactory(page=page, label="کد ملی", field_type="national_id")
    FormFieldFactory(page=page, label="رایانامه", field_type="email", required=False)
    page.save_revision().publish()
    national_id, email = (field.clean_name for field in page.get_form_fields().order_by("sort_order", "pk"))
    response = client.post(page.url, {national_id: "1234567890", email: "not-an-address"})
    assert response.status_code == 400
    texts = " ".join(error_summary(soup(response)).values())
    assert "کد ملی" in texts and "name@example.com" in texts
    response = client.post(page.url, {national_id: "۰۰۱۳۵۴۲۴۱۹", email: ""})
    assert response.status_code == 303
    saved = FormPageSubmission.objects.get(page=page).get_data()
    assert saved[national_id] == "0013542419"


def test_poll_without_a_choice_links_to_the_first_option(client, forms_index):
    page = PollPageFactory(parent=forms_index, slug="error-poll")
    first = PollOptionFactory(page=page, label="بله", sort_order=0)
    PollOptionFactory(page=page, label="خیر", sort_order=1)
    page.save_revision().publish()
    response = client.post(page.url, {})
    assert response.status_code == 400
    html = soup(response)
    links = error_summary(html)
    assert list(links) == [f"#option-{first.pk}"]
    assert_links_reach_fields(html, links)
    # After a vote, the citizen lands on the confirmation.
    response = client.post(page.url, {"option": first.pk})
    assert response["Location"].endswith("#my-vote")
    assert soup(client.get(page.url)).select_one("#my-vote")


def test_service_survey_errors_and_confirmation_where_the_citizen_looks(client):
    url = "/services/unemployment-insurance/survey/"
    response = client.post(url, {"comment": "خوب"})
    assert response.status_code == 400
    page = soup(response)
    links = error_summary(page)
    assert set(links) == {"#id_score_0", "#id_visited_in_person_0"}
    assert_links_reach_fields(page, links)
    assert page.select_one("#survey .error-summary")  # inside the survey, where the form is
    assert page.select_one("#id_comment").get_text().strip() == "خوب"
    response = client.post(url, {"score": "5", "visited_in_person": "no"})
    assert response.status_code == 302
    assert response["Location"].endswith("/survey/#survey-done")
    done = soup(client.get(response["Location"].split("#")[0]))
    confirmation = done.select_one("#survey #survey-done")
    assert confirmation is not None and confirmation.has_attr("data-focus-on-load")
    assert "پاسخ شما ثبت شد" in confirmation.get_text()
    assert done.select_one("#survey form") is None  # the form is gone: it has been answered
    assert not done.select(".messages")  # not a second message at the top of the page


def test_the_english_contact_form_explains_itself_in_english(client, home_en):
    response = client.post("/en/contact/", {"mobile": "12"})
    assert response.status_code == 400
    page = soup(response)
    links = error_summary(page)
    assert links["#id_mobile"] == (
        "Mobile number: Enter an Iranian mobile number as 09xxxxxxxxx, or a number abroad as + and the country code, "
        "e.g. +44 7700 900123."
    )
    assert page.select_one("#error-summary-title").get_text(strip=True) == "There is a problem"
    text = page.select_one(".error-summary").get_text()
    assert not any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_a_list_starts_on_no_answer_so_an_untouched_one_is_not_sent_as_the_first_option(client, forms_index):
    page = FormPageFactory(parent=forms_index, slug="day-choice")
    FormFieldFactory(page=page, label="روز مناسب", field_type="dropdown", choices="شنبه\nیکشنبه")
    FormFieldFactory(page=page, label="نوبت", field_type="dropdown", choices="صبح\nعصر", default_value="عصر")
    page.save_revision().publish()
    day, shift = (field.clean_name for field in page.get_form_fields().order_by("sort_order", "pk"))
    form = soup(client.get(page.url))
    # What the browser sends when nobody opens the list: its selected option, else its first.
    first = form.select_one(f"select[name={day}] option")
    assert (first["value"], first.get_text(strip=True)) == ("", "یک گزینه را انتخاب کنید")
    assert form.select_one(f"select[name={shift}] option[selected]")["value"] == "عصر"
    response = client.post(page.url, {day: "", shift: "عصر"})
    assert response.status_code == 400
    assert error_summary(soup(response)) == {f"#id_{day}": "برای «روز مناسب» یک گزینه انتخاب کنید."}
    assert client.post(page.url, {day: "یکشنبه", shift: "عصر"}).status_code == 303
    assert FormPageSubmission.objects.get(page=page).get_data()[day] == "یکشنبه"
