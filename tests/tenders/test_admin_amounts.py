"""Amounts on the notice form in the admin, typed in Persian, Arabic-Indic or Latin digits."""

import pytest

from tenders.models import TenderPage
from tests.soup import soup

from .conftest import DAY, errors_of, jalali, notice_form

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rendered_context")]


def test_amounts_take_persian_arabic_and_latin_digits_and_show_grouped(admin_client, add_url, now):
    data = notice_form(
        "T-1405-707",
        submission_deadline=jalali(now + 5 * DAY),
        estimated_value="۱۲۵۰۰۰۰۰۰۰",
        guarantee_amount="٦٢,٠٠٠,٠٠٠",
    )
    assert admin_client.post(add_url, data).status_code == 302
    notice = TenderPage.objects.get(reference_number="T-1405-707")
    assert (notice.estimated_value, notice.guarantee_amount) == (1_250_000_000, 62_000_000)

    page = soup(admin_client.get(f"/admin/pages/{notice.pk}/edit/"))
    field = page.find("input", attrs={"name": "guarantee_amount"})
    assert (field["type"], field["inputmode"], field["value"]) == ("text", "numeric", "۶۲٬۰۰۰٬۰۰۰")
    assert page.find("input", attrs={"name": "estimated_value"})["value"] == "۱٬۲۵۰٬۰۰۰٬۰۰۰"


def test_an_amount_in_words_is_refused_and_kept(admin_client, add_url, now):
    data = notice_form("T-1405-708", submission_deadline=jalali(now + 5 * DAY), guarantee_amount="۵۰ میلیون")
    response = admin_client.post(add_url, data)
    assert response.status_code == 200
    assert "مبلغ را به ریال و تنها با رقم" in errors_of(response.context["form"], "guarantee_amount")
    field = soup(response).find("input", attrs={"name": "guarantee_amount"})
    assert field["value"] == "۵۰ میلیون"
