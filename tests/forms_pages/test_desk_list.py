"""The requests desk's list: its department filter offers exactly the departments whose requests
the staff member sees (all of them to the director), its export holds what the list shows them,
and its count reads «۳ درخواست»."""

import csv
import io
from urllib.parse import quote

import jdatetime
import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from forms_pages.factories import CitizenRequestFactory
from forms_pages.models.desk_access import desk_departments
from home.language.text import to_persian_digits
from home.pages.editor_groups import DIRECTOR_GROUP
from tests.soup import soup

from .conftest import staff_client

pytestmark = pytest.mark.django_db

LIST = "/admin/citizen-requests/"


@pytest.fixture
def director(django_user_model):
    user = django_user_model.objects.create_user("desk-director", password="pw")
    user.groups.add(Group.objects.get(name=DIRECTOR_GROUP))
    return user


@pytest.fixture
def requests_of_two_departments(departments):
    mine = CitizenRequestFactory(department=departments[1], subject='=HYPERLINK("http://x") حقوق معوق')
    theirs = CitizenRequestFactory(department=departments[2], subject="پیشنهاد واحد دیگر", kind="suggestion")
    return mine, theirs


def department_choices(client, query=""):
    page = soup(client.get(LIST + query))
    return [option.get_text(strip=True) for option in page.select("#id_department option") if option["value"]]


def listed_subjects(client, query=""):
    return {link.get_text(strip=True) for link in soup(client.get(LIST + query)).select("td.title a")}


def test_the_director_filters_by_every_department(director, departments, requests_of_two_departments):
    mine, theirs = requests_of_two_departments
    client = staff_client(director)
    assert department_choices(client) == [department.name for department in departments]
    listed = listed_subjects(client, f"?department={departments[2].pk}")
    assert theirs.subject in listed and mine.subject not in listed


def test_staff_are_offered_only_the_departments_they_see(staff_a, departments, requests_of_two_departments):
    mine, _ = requests_of_two_departments
    client = staff_client(staff_a)
    assert department_choices(client) == [departments[1].name]
    assert list(desk_departments(staff_a)) == [departments[1]]
    # Another department is not a choice: never a way to its requests.
    assert listed_subjects(client, f"?department={departments[2].pk}") == {mine.subject}


def test_the_department_filter_is_in_the_staff_members_language(director, departments):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(director)
    profile.preferred_language = "en"
    profile.save()
    choices = department_choices(staff_client(director))
    assert choices[0] == departments[0].in_language("en").name != departments[0].name


def exported_rows(client, query=None):
    response = client.get(LIST, {"export": "csv", **(query or {})})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_the_export_holds_what_the_list_shows_the_staff_member(staff, departments, requests_of_two_departments):
    mine, theirs = requests_of_two_departments
    header, *rows = exported_rows(staff)
    assert header == ["کد پیگیری", "موضوع", "نوع", "واحد", "وضعیت", "دیرکرد", "دریافت شد", "مهلت پاسخ"]
    assert [row[0] for row in rows] == [mine.code_display]  # not the other department's request
    code, subject, kind, department, status, overdue, received, _ = rows[0]
    assert subject == "'" + mine.subject  # a spreadsheet shows the citizen's "=…" as text
    assert (kind, department, status, overdue) == ("پرسش", departments[1].name, "دریافت شد", "خیر")
    created = jdatetime.date.fromgregorian(date=timezone.localtime(mine.created_at).date())
    assert received.startswith(f"{created.year}/{created.month:02d}/{created.day:02d} ")
    # Nothing of the applicant's but what the list shows: no name, contact or text.
    exported = "".join(rows[0])
    assert not any(private in exported for private in (mine.name, mine.mobile, mine.email, mine.text))


def test_the_directors_export_follows_the_list_s_filter(director, departments, requests_of_two_departments):
    mine, theirs = requests_of_two_departments
    client = staff_client(director)
    assert {row[0] for row in exported_rows(client)[1:]} >= {mine.code_display, theirs.code_display}
    filtered = exported_rows(client, {"department": departments[2].pk})[1:]
    assert [theirs.code_display, theirs.subject, "پیشنهاد"] in [row[:3] for row in filtered]
    assert {row[3] for row in filtered} == {departments[2].name}
    response = client.get(LIST, {"export": "xlsx", "department": departments[2].pk})
    header, *rows = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active.values
    assert header[:4] == ("کد پیگیری", "موضوع", "نوع", "واحد")
    assert (theirs.code_display, theirs.subject) in [row[:2] for row in rows]
    assert {row[3] for row in rows} == {departments[2].name}


def test_the_list_offers_its_export(staff):
    links = {link["href"] for link in soup(staff.get(LIST + "?status=received")).select("a[href*='export=']")}
    assert links == {f"{LIST}?status=received&export=csv", f"{LIST}?status=received&export=xlsx"}


def test_the_count_names_requests_in_the_singular(staff, departments):
    for number in range(3):
        CitizenRequestFactory(department=departments[1], subject=f"درخواست شمارهٔ {number}")
    count = soup(staff.get(LIST)).select_one(".pagination__end").get_text(strip=True)
    assert count == "۳ درخواست"


def test_persian_staff_read_the_tracking_code_in_persian_digits(director, requests_of_two_departments):
    mine, _ = requests_of_two_departments
    client = staff_client(director)
    persian_code = to_persian_digits(mine.code_display)
    assert persian_code in [cell.get_text(strip=True) for cell in soup(client.get(LIST)).select("td bdi")]
    screen = soup(client.get(f"{LIST}edit/{mine.pk}/"))
    assert persian_code in screen.title.get_text() and mine.code_display not in screen.title.get_text()


def test_persian_staff_save_the_export_under_a_persian_name(staff, requests_of_two_departments):
    """It was «forms_pages_citizenrequest.csv» (the table's name), where a form's responses and a poll's results already had Persian names."""
    for export in ("csv", "xlsx"):
        disposition = staff.get(LIST, {"export": export})["Content-Disposition"]
        assert disposition == f"attachment; filename*=utf-8''{quote(f'درخواست های-شهروندان.{export}')}", disposition
