"""Online forms, surveys and polls: open/close dates, one response or vote per person,
exports (CSV with BOM, XLSX), print view and blank PDF, listing query counts."""

import csv
import datetime
import io
import re
import subprocess

import jdatetime
import openpyxl
import pytest
from django.test import Client
from django.utils import timezone

from forms_pages.factories import FormFieldFactory, FormPageFactory, PollOptionFactory, PollPageFactory
from forms_pages.models import FormPage, FormPageSubmission, FormsIndexPage, PollPage, PollVote
from tests.soup import error_summary, soup

pytestmark = pytest.mark.django_db


# The survey and the poll are live as their factories save them, their field and options rows
# of their own: a revision and publish (about 0.15 s a test) is not what these tests are about.
# Tests that change one afterwards publish it, as an editor would.
@pytest.fixture
def survey(forms_index):
    page = FormPageFactory(parent=forms_index, slug="test-survey", one_response_per_person=True)
    FormFieldFactory(page=page, label="نظر شما", field_type="singleline")
    return page


@pytest.fixture
def poll(forms_index):
    page = PollPageFactory(parent=forms_index, slug="test-poll")
    yes = PollOptionFactory(page=page, label="بله", sort_order=0)
    no = PollOptionFactory(page=page, label="خیر", sort_order=1)
    return page, yes, no


def test_seeded_forms_and_polls_exist(forms_index):
    assert FormPage.objects.filter(locale__language_code="fa").count() >= 3
    polls = PollPage.objects.filter(locale__language_code="fa")
    assert polls.count() >= 3
    assert any(not p.is_open() for p in polls) and any(p.is_open() for p in polls)
    assert PollVote.objects.exists()


def test_survey_one_response_per_browser(survey):
    name = field_name(survey)
    browser = Client()
    assert browser.get(survey.url).status_code == 200
    response = browser.post(survey.url, {name: "خوب بود"})
    assert response.status_code == 303, response.content.decode()[:500]
    assert FormPageSubmission.objects.filter(page=survey).count() == 1
    again = browser.post(survey.url, {name: "دوباره"})
    assert again.status_code == 409
    assert "قبلاً" in soup(again).get_text()
    assert FormPageSubmission.objects.filter(page=survey).count() == 1
    assert Client().post(survey.url, {name: "مرورگر دیگر"}).status_code == 303
    assert FormPageSubmission.objects.filter(page=survey).count() == 2


def test_survey_one_response_per_logged_in_user(survey, django_user_model):
    user = django_user_model.objects.create_user("citizen", password="pw")
    name = field_name(survey)
    first, second = Client(), Client()
    first.force_login(user)
    second.force_login(user)
    assert first.post(survey.url, {name: "یک"}).status_code == 303
    assert second.post(survey.url, {name: "دو"}).status_code == 409


def field_name(page):
    return page.get_form_fields()[0].clean_name


@pytest.mark.parametrize("language", ["fa", "en"])
def test_the_thank_you_page_leads_on_to_the_forms_and_the_home_page(forms_index, language):
    """The thank-you after a form was a dead end: nothing but the browser's Back button."""
    index = FormsIndexPage.objects.get(locale__language_code=language)
    page = FormPageFactory(parent=index, slug="leads-on", title="Leads on")
    FormFieldFactory(page=page, label="Your view", field_type="singleline")
    browser = Client()
    sent = browser.post(page.url, {field_name(page): "Fine"})
    assert sent.status_code == 303 and FormPageSubmission.objects.filter(page=page).exists()
    response = browser.get(sent["Location"])
    links = {a["href"]: a.get_text(strip=True) for a in soup(response).select("main a[href]")}
    home = "/en/" if language == "en" else "/"
    if language == "en":
        assert links[index.url] == "All forms and polls" and links[home] == "Back to the home page"
    else:
        assert links[index.url] == "همه فرم‌ها و نظرسنجی‌ها" and links[home] == "بازگشت به صفحهٔ اصلی"


def test_closed_and_future_forms_refuse(survey):
    name = field_name(survey)
    survey.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    survey.save_revision().publish()
    response = Client().get(survey.url)
    assert "بسته شده" in soup(response).get_text()
    assert not soup(response).select("main form[method=post]")
    # No blank copy of a closed form is offered: it would be filled in for nothing.
    assert not soup(response).select(".form-copies a[href$='print/'], .form-copies a[href$='pdf/']")
    assert Client().post(survey.url, {name: "x"}).status_code == 403
    survey.opens_at = timezone.now() + datetime.timedelta(days=2)
    survey.closes_at = None
    survey.save_revision().publish()
    assert Client().post(survey.url, {name: "x"}).status_code == 403
    # A form about to open offers its blank copies to print ahead.
    assert (
        len(soup(Client().get(survey.url)).select(".form-copies a[href$='print/'], .form-copies a[href$='pdf/']")) == 2
    )
    assert not FormPageSubmission.objects.filter(page=survey).exists()


def test_form_rate_limit(survey, settings):
    settings.FORMS_RATE_LIMITS = {"form": (1, 3600)}
    survey.one_response_per_person = False
    survey.save_revision().publish()
    name = field_name(survey)
    assert Client().post(survey.url, {name: "a"}).status_code == 303
    assert Client().post(survey.url, {name: "b"}).status_code == 429


def test_print_view_and_blank_pdf(survey):
    client = Client()
    printable = client.get(survey.url + "print/")
    assert printable.status_code == 200
    assert "نظر شما" in soup(printable).get_text()
    pdf = client.get(survey.url + "pdf/")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_a_blank_pdf_is_named_after_its_forms_slug(survey, forms_index):
    """It was form-<page id>.pdf, while a service card is named after its code."""
    pdf = Client().get(survey.url + "pdf/")
    assert pdf["Content-Disposition"] == 'attachment; filename="test-survey.pdf"'
    # A header's file name is ASCII: a form with a Persian slug keeps its number.
    persian = FormPageFactory(parent=forms_index, slug="فرم-ثبت-نام")
    FormFieldFactory(page=persian, label="نام", field_type="singleline")
    pdf = Client().get(persian.url + "pdf/")
    assert pdf.status_code == 200 and pdf["Content-Disposition"] == f'attachment; filename="form-{persian.pk}.pdf"'


def pdf_text(response, tmp_path):
    path = tmp_path / "form.pdf"
    path.write_bytes(response.content)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return text.decode().translate(dict.fromkeys(map(ord, "\u202a\u202b\u202c\u200e\u200f")))


def test_blank_pdf_numbers_its_fields_in_the_documents_digits(forms_index, tmp_path):
    page = FormPageFactory(parent=forms_index, slug="numbered-survey")
    for order, label in enumerate(["نام", "نشانی", "نقش"]):
        FormFieldFactory(page=page, label=label, field_type="singleline", sort_order=order)
    text = pdf_text(Client().get(page.url + "pdf/"), tmp_path)
    numbers = re.findall(r"\.\s*([0-9۰-۹]+)\s*(?:نام|نشانی|نقش)", text)
    assert numbers == ["۱", "۲", "۳"]  # were "1. 2. 3." on the Persian form
    english = FormPage.objects.get(locale__language_code="en", slug="labour-law-course-registration")
    text = pdf_text(Client().get(english.url + "pdf/"), tmp_path)
    assert re.search(r"^1\. Full name", text, re.MULTILINE)
    assert not re.search("[\u0600-\u06ff]", text)


def test_exports_csv_with_bom_and_xlsx(survey, admin_client):
    name = field_name(survey)
    for text in ("پاسخ یکم", "پاسخ دوم"):
        Client().post(survey.url, {name: text})
    base = f"/admin/forms/submissions/{survey.pk}/"
    csv_response = admin_client.get(base, {"export": "csv"})
    assert csv_response.status_code == 200
    raw = b"".join(csv_response.streaming_content)
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][-1] == "نظر شما"
    assert {row[-1] for row in rows[1:]} == {"پاسخ یکم", "پاسخ دوم"}
    # Persian staff read the submission time in Jalali, in Tehran time.
    submitted = timezone.localtime(survey.get_submission_class().objects.filter(page=survey).first().submit_time)
    jalali = jdatetime.date.fromgregorian(date=submitted.date())
    assert any(f"{jalali.year}/{jalali.month:02d}/{jalali.day:02d} {submitted:%H:%M}" in row for row in rows[1:])
    xlsx_response = admin_client.get(base, {"export": "xlsx"})
    content = b"".join(xlsx_response.streaming_content) if xlsx_response.streaming else xlsx_response.content
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][-1] == "نظر شما"
    assert {row[-1] for row in values[1:]} == {"پاسخ یکم", "پاسخ دوم"}


def test_csv_export_of_a_persian_form_keeps_its_name(forms_index, admin_client):
    page = FormPageFactory(parent=forms_index, slug="نظرسنجی-خدمات")
    FormFieldFactory(page=page, label="نظر شما", field_type="singleline")
    base = f"/admin/forms/submissions/{page.pk}/"
    for export in ("csv", "xlsx"):
        disposition = admin_client.get(base, {"export": export})["Content-Disposition"]
        # The CSV's went out MIME-encoded («=?utf-8?b?…?=»): browsers saved it as «download.csv».
        assert disposition.startswith("attachment; filename*=utf-8''%D9%86%D8%B8%D8%B1"), disposition
        assert disposition.endswith(f".{export}")


def test_poll_one_vote_per_person_and_results(poll):
    page, yes, no = poll
    browser = Client()
    first = browser.get(page.url)
    assert not soup(first).select(".poll-results")
    response = browser.post(page.url, {"option": yes.pk})
    assert response.status_code == 302
    results = soup(browser.get(page.url))
    votes = [td.get_text(strip=True) for td in results.select(".poll-results__votes")]
    assert votes == ["۱", "۰"]
    assert [td.get_text(strip=True) for td in results.select(".poll-results__percent")] == ["۱۰۰٪", "۰٪"]
    assert results.select_one(".poll-results caption").get_text(strip=True) == "نتیجه (۱ رأی)"
    again = browser.post(page.url, {"option": no.pk})
    assert again.status_code == 409
    assert PollVote.objects.filter(page=page).count() == 1
    assert Client().post(page.url, {"option": no.pk}).status_code == 302
    assert PollVote.objects.filter(page=page).count() == 2


def test_poll_rejects_bad_option_and_closed_poll(poll, forms_index):
    page, _yes, _no = poll
    other = PollPageFactory(parent=forms_index, slug="other-poll")
    foreign = PollOptionFactory(page=other, label="x")
    assert Client().post(page.url, {"option": foreign.pk}).status_code == 400
    assert Client().post(page.url, {"option": "abc"}).status_code == 400
    page.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save_revision().publish()
    closed = Client().post(page.url, {"option": _yes.pk})
    assert closed.status_code == 403
    assert soup(Client().get(page.url)).select(".poll-results")  # results shown when closed


def test_poll_results_group_thousands_as_the_caption_does(poll):
    page, yes, no = poll
    PollVote.objects.bulk_create(
        [PollVote(page=page, option=yes, voter=f"v{n}") for n in range(1234)]
        + [PollVote(page=page, option=no, voter="w")]
    )
    page.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save_revision().publish()
    results = soup(Client().get(page.url))
    assert [td.get_text(strip=True) for td in results.select(".poll-results__votes")] == ["۱٬۲۳۴", "۱"]
    assert results.select_one(".poll-results caption").get_text(strip=True) == "نتیجه (۱٬۲۳۵ رأی)"


def test_poll_vote_rate_limit(poll, settings):
    settings.FORMS_RATE_LIMITS = {"poll": (2, 3600)}
    page, yes, no = poll
    assert Client().post(page.url, {"option": yes.pk}).status_code == 302
    assert Client().post(page.url, {"option": yes.pk}).status_code == 302
    # Over the limit the poll comes back with the choice still ticked and the reason, not a
    # page of its own (the choice was lost), and no vote is counted.
    refused = Client().post(page.url, {"option": no.pk})
    assert refused.status_code == 429 and refused["Retry-After"]
    page_now = soup(refused)
    assert [box["value"] for box in page_now.select("input[name=option][checked]")] == [str(no.pk)]
    assert "گزینهٔ شما همچنان انتخاب شده است" in " ".join(error_summary(page_now).values())
    assert page.votes.filter(option=no).count() == 0


def test_poll_and_form_pages_are_private(poll, survey):
    for url in (poll[0].url, survey.url):
        response = Client().get(url)
        assert "private" in response["Cache-Control"]


FORMS_INDEX_QUERY_CEILING = 30  # the forms index with a few polls, as its first reader gets it


def test_forms_index_query_count_does_not_grow(client, forms_index, django_assert_max_num_queries, monkeypatch):
    # Every row on the one page either way, so a query per row would show; a listing that fits on
    # its first page is also counted by reading it (home.pages.pagination.paginate), one query
    # fewer than a longer one.
    monkeypatch.setattr(type(forms_index), "page_size", 50)

    def count(ceiling):
        with django_assert_max_num_queries(ceiling) as queries:
            assert client.get(forms_index.url).status_code == 200
        return len(queries)

    for i in range(3):
        PollPageFactory(parent=forms_index, slug=f"extra-a-{i}")
    small = count(FORMS_INDEX_QUERY_CEILING)
    for i in range(3):
        PollPageFactory(parent=forms_index, slug=f"extra-b-{i}")
        FormPageFactory(parent=forms_index, slug=f"extra-f-{i}")
    count(small)


def test_english_index_and_home_panel(client, home_en):
    assert client.get("/en/forms/").status_code == 200
    home = soup(client.get("/"))
    panel = home.select_one(".home-panel--forms")
    assert panel is not None and panel.select_one("a[href='/contact/']")


def test_editors_attach_pdf_or_docx_versions(survey):
    from django.core.exceptions import ValidationError
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from forms_pages.models import FormDocument

    pdf = Document(title="نسخه PDF فرم")
    pdf.file.save("form.pdf", ContentFile(b"%PDF-1.4 test"), save=True)
    FormDocument(page=survey, document=pdf, sort_order=0).full_clean(exclude=["page"])
    FormDocument.objects.create(page=survey, document=pdf, sort_order=0)
    links = soup(Client().get(survey.url)).select(".form-copies a")
    assert any("نسخه PDF فرم" in a.get_text() for a in links)

    zip_doc = Document(title="بایگانی")
    zip_doc.file.save("form.zip", ContentFile(b"PK\x03\x04"), save=True)
    with pytest.raises(ValidationError):
        FormDocument(page=survey, document=zip_doc, sort_order=1).full_clean(exclude=["page"])
