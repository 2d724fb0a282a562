"""An empty attachment and a null character say which file or field to fix, in the page's
language, like the other attachment messages: Django's «پروندهٔ ارسال‌شده خالیست» named no file
and «کاراکترهای تهی مجاز نیستند» no field."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from forms_pages.factories import FormFieldFactory, FormPageFactory
from forms_pages.forms import RequestForm
from forms_pages.models import CitizenRequest
from tests.soup import soup

from .conftest import PDF_BYTES
from .test_requests import field_errors

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("prefix", "language", "empty", "null"),
    [
        ("", "fa", "«empty-scan.pdf» خالی است", "نویسهٔ تهی"),
        ("/en", "en", "“empty-scan.pdf” is empty", "null character"),
    ],
)
def test_an_empty_file_and_a_null_character_name_what_to_fix(client, valid_data, prefix, language, empty, null):
    files = [
        SimpleUploadedFile("scan.pdf", PDF_BYTES, content_type="application/pdf"),
        SimpleUploadedFile("empty-scan.pdf", b"", content_type="application/pdf"),
    ]
    data = valid_data | {"text": "مدارک\x00 لازم", "attachments": files}
    response = client.post(f"{prefix}/contact/", data)
    assert response.status_code == 400
    attachments = " ".join(field_errors(response, "attachments"))
    assert empty in attachments, attachments
    # The file that was fine is named too, to choose again (the empty one no longer stops the check).
    assert "scan.pdf" in attachments.replace("empty-scan.pdf", "")
    with translation.override(language):
        label = str(RequestForm().fields["text"].label)
    text = " ".join(field_errors(response, "text"))
    assert null in text and label in text, text
    assert not CitizenRequest.objects.filter(subject=valid_data["subject"]).exists()


def test_a_null_character_in_an_editor_built_form_names_its_field(client, forms_index):
    page = FormPageFactory(parent=forms_index, slug="null-test")
    field = FormFieldFactory(page=page, label="نام کارگاه", field_type="singleline", required=True)
    response = client.post(page.url, {field.clean_name: "کار\x00گاه"})
    assert response.status_code == 400
    errors = " ".join(li.get_text() for li in soup(response).select(".errorlist li"))
    assert "«نام کارگاه»" in errors and "نویسهٔ تهی" in errors, errors


def test_an_answer_that_is_no_longer_an_option_asks_for_one_of_the_options(client, forms_index):
    """An editor removed an option while a citizen's form was open: Django's «یک گزینهٔ معتبر
    انتخاب کنید. قدیمی از گزینه‌های موجود نیست.» echoed the answer; now the field's own request."""
    page = FormPageFactory(parent=forms_index, slug="stale-option")
    radio = FormFieldFactory(page=page, label="نقش ۵۰%", field_type="radio", choices="کارگر\nکارفرما")
    boxes = FormFieldFactory(page=page, label="روزها", field_type="checkboxes", choices="شنبه\nیکشنبه")
    response = client.post(page.url, {radio.clean_name: "قدیمی", boxes.clean_name: ["شنبه", "جمعه"]})
    assert response.status_code == 400
    errors = [li.get_text() for li in soup(response).select(".errorlist li")]
    assert errors == ["خطا: برای «نقش ۵۰%» یک گزینه انتخاب کنید.", "خطا: برای «روزها» یک گزینه انتخاب کنید."], errors
