"""The title at the top of a page's edit form wraps: a long Persian title was cut at the end of
a one-line input, the rest out of sight while it was edited. It is Wagtail's auto-height text
area, kept to one line: Enter adds no break (tests/browser/test_admin_title_wraps.py), and a
break pasted in is saved as a space."""

import pytest

from services.models import LawPage
from tests.page_forms import edit_form_data
from tests.soup import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def law():
    return LawPage.objects.filter(locale__language_code="fa").first()


def test_the_title_is_a_box_as_tall_as_its_text(admin_client, law):
    title = soup(admin_client.get(f"/admin/pages/{law.pk}/edit/")).select_one("[name=title]")
    assert title.name == "textarea"
    assert "w-autosize" in title["data-controller"].split()
    assert title["maxlength"] == "255"
    assert title.get_text().strip() == law.title


def test_a_line_break_pasted_into_the_title_is_saved_as_a_space(admin_client, law):
    data = edit_form_data(law, "kind", "authority", "number", "status", approval_date="۱۳۶۹/۰۸/۲۹")
    data["title"] = "آیین‌نامهٔ اجرایی\r\n  ماده ۱۲ قانون کار\n"
    response = admin_client.post(f"/admin/pages/{law.pk}/edit/", data)
    assert response.status_code == 302, [
        e.get_text(" ", strip=True) for e in soup(response).select(".error-message, .help-critical, .messages li")
    ]
    assert LawPage.objects.get(pk=law.pk).get_latest_revision_as_object().title == "آیین‌نامهٔ اجرایی ماده ۱۲ قانون کار"
