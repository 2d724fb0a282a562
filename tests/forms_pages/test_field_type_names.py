"""The field types an editor chooses from in the form builder, named in Persian."""

import pytest
from django.contrib.auth import get_user_model

from forms_pages.models import FormPage
from services.models import LawPage
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db


def test_a_number_field_is_offered_as_a_figure_not_an_identifier(client):
    """Wagtail's "Number" read «شماره» (a law's number, an identifier); as a field type whose
    answer is given in figures it is «عدد». The law page keeps «شماره»."""
    client.force_login(get_user_model().objects.create_superuser("form-builder", "fb@example.ir", "x-unused-123"))
    form = FormPage.objects.filter(locale__language_code="fa").first()
    editor = ok_soup(client.get(f"/admin/pages/{form.pk}/edit/"))
    offered = {
        option["value"]: option.get_text(strip=True)
        for option in editor.select("select[name$='field_type']")[0].select("option")
        if option.get("value")
    }
    assert offered["number"] == "عدد"
    assert offered["mobile"] == "شماره همراه"

    law = LawPage.objects.filter(locale__language_code="fa").live().exclude(number="").first()
    page = ok_soup(client.get(law.url))
    assert "شماره" in [term.get_text(strip=True) for term in page.select("dt")]
