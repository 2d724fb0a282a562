"""The applicant's details on the staff answer screen: what they left blank says «داده نشده»
(the e-mail and national ID cells were empty, as if still loading), and the national ID and the
rating are in the Persian admin's digits («0012345679» and «4/5» were in Latin ones)."""

import pytest

from forms_pages.choices import RequestStatus
from forms_pages.factories import CitizenRequestFactory
from tests.soup import soup

from .conftest import answer_url

pytestmark = pytest.mark.django_db


def details(staff, citizen_request):
    """The answer screen's table of details, heading → cell text."""
    rows = soup(staff.get(answer_url(citizen_request))).select_one("table.listing").select("tr")
    return {row.th.get_text(strip=True): " ".join(row.td.get_text(" ", strip=True).split()) for row in rows}


def test_what_the_applicant_left_blank_says_so(staff, departments):
    blank = CitizenRequestFactory(department=departments[1], mobile="", email="", national_id="")
    shown = details(staff, blank)
    assert shown["ایمیل"] == "داده نشده"
    assert shown["کد ملی"] == "داده نشده"
    assert shown["شماره همراه"] == "داده نشده"


def test_the_national_id_and_the_rating_are_in_persian_digits(staff, departments):
    rated = CitizenRequestFactory(
        department=departments[1],
        national_id="0012345679",
        status=RequestStatus.CLOSED,
        rating=4,
        rating_comment="Quick and clear.",
    )
    shown = details(staff, rated)
    assert shown["کد ملی"] == "۰۰۱۲۳۴۵۶۷۹"
    assert shown["امتیاز"] == "۴ از ۵ — Quick and clear."
    assert shown["ایمیل"] == "applicant@example.ir"
