"""A report of an administrative violation never reaches the unit it is about: the desk cannot
transfer it there, its staff never see it wherever it goes, and a report about the unit that
receives such reports goes to the Director General's office, under the director's oversight."""

import importlib
import logging

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError

from forms_pages.handling import transfer_request
from forms_pages.models import CitizenRequest
from home.models import Department
from home.pages.editor_groups import DIRECTOR_GROUP
from tests.soup import soup

from .conftest import answer_url, make_staff, staff_client

pytestmark = pytest.mark.django_db

SUBJECT = "برخورد نامناسب کارشناس با مراجعه‌کننده"
REASON = "رسیدگی به این گزارش در حوزهٔ کاری واحد دیگری است."
ANSWER = "پیش‌نویس پاسخ به گزارش‌دهنده"
REFUSED = "نمی‌توان آن را به همان واحد ارجاع داد"


def unit(slug):
    return Department.objects.in_default_language().get(slug=slug)


@pytest.fixture
def complaints(db):
    return unit("complaints")


@pytest.fixture
def labour(db):
    return unit("labour-relations")


@pytest.fixture
def office(db):
    return unit("director-office")


@pytest.fixture
def director(db):
    user = User.objects.create_user("the-director", password="pw")
    user.groups.add(Group.objects.get(name=DIRECTOR_GROUP))
    return user


def report(client, valid_data, about, path="/contact/"):
    response = client.post(path, dict(valid_data, kind="violation", department=about.pk, subject=SUBJECT))
    assert response.status_code == 302
    return CitizenRequest.objects.get(subject=SUBJECT), response


def sees(user, citizen_request):
    """(Whether the desk listing shows the request, the answer screen's status code.)"""
    client = staff_client(user)
    listed = f'{answer_url(citizen_request)}"' in client.get("/admin/citizen-requests/").content.decode()
    return listed, client.get(answer_url(citizen_request)).status_code


def transfer(user, citizen_request, department):
    return staff_client(user).post(
        answer_url(citizen_request),
        {"action": "transfer", "department": department.pk, "reason": REASON, "answer": ANSWER, "status": "received"},
    )


# -- no transfer to the unit reported ------------------------------------------------------


def test_the_complaints_desk_cannot_transfer_a_report_to_the_unit_it_is_about(
    client, valid_data, complaints, labour, director
):
    stored, _response = report(client, valid_data, labour)
    desk = make_staff("desk_complaints", complaints)
    page = soup(staff_client(desk).get(answer_url(stored)))
    offered = {option["value"] for option in page.select("#id_department option") if option["value"]}
    assert str(labour.pk) not in offered and str(complaints.pk) not in offered and offered
    assert labour.name in page.select_one("#id_department").find_parent(class_="w-field__wrapper").get_text()

    for user in (desk, director):  # an old page or a crafted post: refused, in words, with nothing lost
        response = transfer(user, stored, labour)
        assert response.status_code == 400
        page = soup(response)
        error = page.select_one("#id_department").find_parent(class_="w-field__wrapper").select_one(".error-message")
        assert REFUSED in error.get_text() and labour.name in error.get_text()
        assert page.select_one("#id_reason").get_text().strip() == REASON
        assert page.select_one("#id_answer").get_text().strip() == ANSWER
    stored.refresh_from_db()
    assert stored.department == complaints and not stored.events.filter(action="transferred").exists()
    with pytest.raises(ValueError):
        transfer_request(stored, desk, labour, REASON)


def test_a_report_transferred_elsewhere_stays_hidden_from_the_unit_reported(client, valid_data, complaints, labour):
    stored, _response = report(client, valid_data, labour)
    cooperatives = unit("cooperatives")
    response = transfer(make_staff("desk_complaints", complaints), stored, cooperatives)
    assert response.status_code == 302
    stored.refresh_from_db()
    assert (stored.department, stored.reported_department) == (cooperatives, labour)
    assert sees(make_staff("desk_cooperatives", cooperatives), stored) == (True, 200)
    # One of the reported unit's staff who also sits at the new unit's desk does not see it.
    both = make_staff("desk_both", labour)
    both.groups.add(cooperatives.staff_group)
    assert sees(both, stored) == (False, 404)
    assert sees(make_staff("desk_labour", labour), stored) == (False, 404)


# -- a report about the complaints unit ----------------------------------------------------


@pytest.mark.parametrize(
    ("path", "said"),
    [
        (
            "/contact/",
            "گزارش شما دربارهٔ واحد بازرسی، ارزیابی عملکرد و پاسخگویی به شکایات است که خود به گزارش‌های تخلف اداری "
            "رسیدگی می‌کند؛ از این رو به دفتر مدیر کل فرستاده شد و زیر نظر مدیر کل پیگیری می‌شود.",
        ),
        (
            "/en/contact/",
            "Your report is about the Inspection, performance and complaints unit, which handles reports of "
            "administrative violations, so it was sent to the Director General's office and is followed up under "
            "the Director General's oversight.",
        ),
    ],
)
def test_a_report_about_the_complaints_unit_goes_to_the_directors_office(
    client, valid_data, complaints, office, director, path, said
):
    stored, response = report(client, valid_data, complaints, path)
    assert (stored.department, stored.reported_department) == (office, complaints)
    assert sees(make_staff("desk_complaints", complaints), stored) == (False, 404)
    assert sees(make_staff("desk_office", office), stored) == (True, 200)
    assert sees(director, stored) == (True, 200)
    thanks = " ".join(soup(client.get(response["Location"])).select_one("main").get_text(" ", strip=True).split())
    assert said in thanks
    # Nor can the director's office hand it to the unit it is about.
    assert transfer(director, stored, complaints).status_code == 400


def test_an_anonymous_report_about_the_complaints_unit_goes_to_the_directors_office(
    client, anonymous_report, complaints, office
):
    response = client.post("/contact/anonymous/", dict(anonymous_report, department=complaints.pk))
    assert response.status_code == 302
    sent = soup(client.get(response["Location"])).select_one(".violation-routing").get_text(" ", strip=True)
    assert "به دفتر مدیر کل فرستاده شد" in sent
    stored = CitizenRequest.objects.get(subject=anonymous_report["subject"])
    assert (stored.department, stored.reported_department) == (office, complaints)


def test_the_forms_say_where_a_report_about_the_complaints_unit_goes(client):
    english = soup(client.get("/en/contact/")).select_one("#id_department_helptext").get_text(strip=True)
    assert (
        "A report about the Inspection, performance and complaints unit itself goes to the Director General's office."
        in english
    )
    persian = soup(client.get("/contact/anonymous/")).select_one("#id_department_helptext").get_text(strip=True)
    assert "گزارشی که دربارهٔ خودِ واحد بازرسی، ارزیابی عملکرد و پاسخگویی به شکایات باشد به دفتر مدیر کل" in persian


def test_the_office_is_found_by_its_flag_not_its_slug(client, valid_data, complaints, office):
    # An operator renames the office's slug: reports about the complaints unit still reach it.
    Department.objects.filter(slug="director-office").update(slug="head-office")
    stored, _response = report(client, valid_data, complaints)
    assert (stored.department, stored.reported_department) == (office, complaints)


def test_the_flag_moved_to_another_unit_moves_the_reports(client, valid_data, complaints, office):
    office.oversees_violation_unit = False
    office.save()
    relations = unit("public-relations")
    relations.oversees_violation_unit = True
    relations.full_clean()
    relations.save()
    assert Department.objects.filter(slug="public-relations", oversees_violation_unit=True).count() == 2
    stored, _response = report(client, valid_data, complaints)
    assert stored.department == relations


def test_without_a_unit_ticked_the_report_goes_to_another_unit_with_a_warning(client, valid_data, complaints, caplog):
    Department.objects.update(oversees_violation_unit=False)
    with caplog.at_level(logging.WARNING, logger="forms_pages.routing"):
        stored, _response = report(client, valid_data, complaints)
    assert stored.department != complaints and stored.reported_department == complaints
    assert stored.department == Department.objects.in_default_language().exclude(pk=complaints.pk).first()
    assert "No department handles reports about the department complaints" in caplog.text


def test_one_unit_handles_reports_about_the_complaints_unit_and_not_that_unit(complaints, office, labour):
    labour.oversees_violation_unit = True
    with pytest.raises(ValidationError) as refused:
        labour.full_clean()
    (message,) = refused.value.message_dict["oversees_violation_unit"]
    assert office.display_name in message
    complaints.oversees_violation_unit = True
    with pytest.raises(ValidationError) as refused:
        complaints.full_clean()
    assert "oversees_violation_unit" in refused.value.message_dict


def test_the_migration_ticks_the_directors_office(office):
    module = importlib.import_module("home.migrations.0020_department_oversees_violation_unit")
    Department.objects.update(oversees_violation_unit=False)
    module.tick_directors_office(django_apps, None)
    ticked = Department.objects.filter(oversees_violation_unit=True)
    assert set(ticked.values_list("slug", flat=True)) == {"director-office"} and ticked.count() == 2
