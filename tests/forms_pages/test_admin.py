"""Staff handling: department isolation, filters, overdue flags, dashboard, attachments."""

import datetime
import importlib

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone

from forms_pages.choices import RequestKind, RequestStatus
from forms_pages.factories import CitizenRequestFactory
from forms_pages.models import RequestAttachment, ResponseTarget
from forms_pages.models.working_days import add_working_days
from tests.soup import missing_descriptions, soup

from .conftest import PDF_BYTES

pytestmark = pytest.mark.django_db


def login(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def two_requests(departments):
    mine = CitizenRequestFactory(department=departments[1], subject="درخواست واحد روابط کار")
    theirs = CitizenRequestFactory(department=departments[2], subject="درخواست واحد تعاون")
    return mine, theirs


def test_staff_see_only_their_departments(two_requests, staff_a):
    mine, theirs = two_requests
    client = login(staff_a)
    listing = client.get("/admin/citizen-requests/")
    assert listing.status_code == 200
    body = listing.content.decode()
    assert mine.subject in body and theirs.subject not in body
    assert client.get(f"/admin/citizen-requests/edit/{mine.pk}/").status_code == 200
    assert client.get(f"/admin/citizen-requests/edit/{theirs.pk}/").status_code == 404
    response = client.post(f"/admin/citizen-requests/edit/{theirs.pk}/", {"status": "closed"})
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == RequestStatus.RECEIVED


def test_superuser_sees_all(two_requests, admin_client):
    body = admin_client.get("/admin/citizen-requests/").content.decode()
    assert all(r.subject in body for r in two_requests)


def test_the_director_oversees_every_department_s_requests(two_requests, django_user_model):
    """The director is alerted of late requests with a link to each in the admin, which only the
    department's own staff could open (a 404). The director's group oversees the whole desk."""
    from django.contrib.auth.models import Group

    from home.pages.editor_groups import DIRECTOR_GROUP

    director = django_user_model.objects.create_user("the-director", password="pw")
    director.groups.add(Group.objects.get(name=DIRECTOR_GROUP))
    client = login(director)
    body = client.get("/admin/citizen-requests/").content.decode()
    assert all(request.subject in body for request in two_requests)
    for request in two_requests:
        assert client.get(f"/admin/citizen-requests/edit/{request.pk}/").status_code == 200


def test_an_existing_director_group_is_given_oversight_by_the_migration(django_user_model):
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    from forms_pages.models.desk_access import OVERSEE_REQUESTS
    from home.pages.editor_groups import DIRECTOR_GROUP

    migration = importlib.import_module("forms_pages.migrations.0023_oversee_requests")
    group = Group.objects.get(name=DIRECTOR_GROUP)
    group.permissions.clear()
    user = django_user_model.objects.create_user("new-director", password="pw")
    user.groups.add(group)
    # With the app registry a migration gets (stubs of app configs), as `migrate` runs it.
    apps = MigrationLoader(connection).project_state(("forms_pages", "0023_oversee_requests")).apps
    migration.give_the_director_oversight(apps, None)
    user = django_user_model.objects.get(pk=user.pk)  # permissions are cached per instance
    assert user.has_perm(OVERSEE_REQUESTS) and user.has_perm("forms_pages.change_citizenrequest")
    assert user.has_perm("wagtailadmin.access_admin")


def test_user_without_permission_is_refused(two_requests, django_user_model):
    user = django_user_model.objects.create_user("editor", password="pw")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = login(user)
    assert client.get("/admin/citizen-requests/").status_code in (302, 403)
    assert client.get(f"/admin/citizen-requests/edit/{two_requests[0].pk}/").status_code in (302, 403)


def test_no_add_or_delete_in_admin(admin_client, two_requests):
    assert admin_client.get("/admin/citizen-requests/new/").status_code == 404
    assert admin_client.get(f"/admin/citizen-requests/delete/{two_requests[0].pk}/").status_code == 404


def test_filters_and_search(admin_client, departments):
    question = CitizenRequestFactory(kind=RequestKind.QUESTION, subject="پرسش فیلتر")
    violation = CitizenRequestFactory(
        kind=RequestKind.VIOLATION, subject="گزارش فیلتر", department=departments[6], status=RequestStatus.ANSWERED
    )
    body = admin_client.get("/admin/citizen-requests/", {"kind": "violation"}).content.decode()
    assert violation.subject in body and question.subject not in body
    body = admin_client.get("/admin/citizen-requests/", {"status": "answered"}).content.decode()
    assert violation.subject in body and question.subject not in body
    body = admin_client.get("/admin/citizen-requests/", {"department": departments[6].pk}).content.decode()
    assert violation.subject in body and question.subject not in body
    body = admin_client.get("/admin/citizen-requests/", {"q": question.code}).content.decode()
    assert question.subject in body and violation.subject not in body


def test_overdue_flagged_filtered_and_counted(admin_client, staff_a, departments):
    late = CitizenRequestFactory(
        department=departments[1], subject="درخواست دیرکرده", created_at=timezone.now() - datetime.timedelta(days=30)
    )
    fresh = CitizenRequestFactory(department=departments[1], subject="درخواست تازه")
    assert late.is_overdue and not fresh.is_overdue
    body = admin_client.get("/admin/citizen-requests/", {"overdue": "true"}).content.decode()
    assert late.subject in body and fresh.subject not in body
    client = login(staff_a)
    dashboard = soup(client.get("/admin/"))
    assert dashboard.select_one(".overdue-count").get_text(strip=True) == "۱"
    assert dashboard.select_one(".open-count").get_text(strip=True) == "۲"


def test_dashboard_says_nothing_is_overdue_rather_than_linking_to_an_empty_list(staff_a, departments):
    """Zero overdue reads «هیچ درخواستی دیرکرد ندارد», not «۰ با دیرکرد» as a link to an empty list."""
    CitizenRequestFactory(department=departments[1])
    dashboard = soup(login(staff_a).get("/admin/"))
    panel = dashboard.select_one("#citizen-requests-panel").parent
    assert panel.select_one(".overdue-count") is None
    assert not [a for a in panel.select("a") if "overdue=" in a["href"]]
    assert panel.select_one(".nothing-overdue").get_text(strip=True) == "هیچ درخواستی دیرکرد ندارد"


def test_the_dashboard_s_waiting_count_leads_to_the_requests_it_counted(staff_a, departments):
    """«۱ در انتظار پاسخ» led to the whole list, the answered and closed requests with it."""
    waiting = CitizenRequestFactory(department=departments[1], subject="درخواست منتظر پاسخ")
    CitizenRequestFactory(department=departments[1], subject="درخواست پاسخ‌داده", status=RequestStatus.ANSWERED)
    client = login(staff_a)
    link = soup(client.get("/admin/")).select_one(".open-count").find_parent("a")
    assert link.get_text(" ", strip=True) == "۱ در انتظار پاسخ"
    listing = soup(client.get(link["href"]))
    assert [a.get_text(strip=True) for a in listing.select("table.desk-list tbody td.title a")] == [waiting.subject]


def test_a_desk_with_no_requests_yet_says_so_on_the_dashboard(staff_a):
    """Desk staff whose departments had no request saw a blank dashboard, no word of the desk."""
    panel = soup(login(staff_a).get("/admin/")).select_one("#citizen-requests-panel").parent
    assert panel.select_one(".nothing-waiting").get_text(strip=True) == "هیچ درخواستی در انتظار پاسخ نیست"
    assert panel.select_one(".nothing-overdue") is not None and not panel.select("a")


def test_dashboard_counts_stop_at_their_cap(staff_a, departments, monkeypatch, django_assert_max_num_queries):
    """The desk staff's dashboard counts a department's open and overdue requests no further
    than DASHBOARD_COUNT_CAP (10,000): beyond it, «بیش از ۱۰٬۰۰۰», never a count of them all."""
    from forms_pages import admin_views

    for _ in range(3):
        CitizenRequestFactory(department=departments[1], created_at=timezone.now() - datetime.timedelta(days=30))
    CitizenRequestFactory(department=departments[1])
    CitizenRequestFactory(department=departments[2], created_at=timezone.now() - datetime.timedelta(days=30))
    client = login(staff_a)

    def counts():
        with django_assert_max_num_queries(30) as captured:
            dashboard = soup(client.get("/admin/"))
        limits = [
            query["sql"]
            for query in captured
            if "forms_pages_citizenrequest" in query["sql"] and "COUNT" in query["sql"]
        ]
        assert len(limits) == 3 and all("LIMIT" in sql for sql in limits)  # open, overdue, not reached
        return tuple(dashboard.select_one(f".{name}-count").get_text(strip=True) for name in ("open", "overdue"))

    assert counts() == ("۴", "۳")  # the other department's request is not counted
    monkeypatch.setattr(admin_views, "DASHBOARD_COUNT_CAP", 3)
    assert counts() == ("بیش از ۳", "۳")


def test_response_target_change_moves_due_dates(departments):
    request = CitizenRequestFactory(kind=RequestKind.QUESTION)
    target = ResponseTarget.objects.get(kind=RequestKind.QUESTION, department=None)
    target.days = 20
    target.save()
    request.refresh_from_db()
    # 20 working days: at least 20 calendar days later (Fridays and holidays are skipped).
    assert request.due_at == add_working_days(request.created_at, 20)
    assert request.due_at - request.created_at > datetime.timedelta(days=20)


def test_answer_requires_text_and_visit_details(admin_client):
    request = CitizenRequestFactory()
    response = admin_client.post(f"/admin/citizen-requests/edit/{request.pk}/", {"status": "answered"})
    assert response.status_code == 400
    # The error and help texts are the ones the fields' aria-describedby name (the ids were missing).
    page = soup(response)
    assert page.select_one("#id_answer_helptext") and page.select("[aria-describedby$=_error]")
    assert missing_descriptions(page) == []
    response = admin_client.post(
        f"/admin/citizen-requests/edit/{request.pk}/", {"status": "visit_requested", "answer": "بیایید"}
    )
    assert response.status_code == 400
    request.refresh_from_db()
    assert request.status == RequestStatus.RECEIVED


def test_attachments_only_for_authorised_staff(two_requests, staff_a, staff_b, client):
    mine, _theirs = two_requests
    attachment = RequestAttachment(
        request=mine, original_name="scan.pdf", content_type="application/pdf", extension="pdf", size=len(PDF_BYTES)
    )
    attachment.file.save("x", ContentFile(PDF_BYTES), save=False)
    attachment.save()
    url = f"/admin/citizen-requests/attachment/{attachment.pk}/"
    response = login(staff_a).get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert "no-store" in response["Cache-Control"]
    assert login(staff_b).get(url).status_code == 404
    assert client.get(url).status_code == 302  # anonymous: to the login page
    assert client.get("/media/" + attachment.file.name).status_code == 404


ADMIN_LISTING_QUERY_CEILING = 15  # the requests listing of a desk with a few requests (13 on 2026-12-02)


def test_admin_listing_queries_do_not_grow(staff_a, departments, django_assert_max_num_queries):
    client = login(staff_a)

    def count(ceiling):
        with django_assert_max_num_queries(ceiling) as queries:
            assert client.get("/admin/citizen-requests/").status_code == 200
        return len(queries)

    CitizenRequestFactory.create_batch(5, department=departments[1])
    small = count(ADMIN_LISTING_QUERY_CEILING)
    CitizenRequestFactory.create_batch(10, department=departments[1])
    count(small)


def test_the_answer_screens_back_link_points_back_in_each_direction(admin_client, admin_user):
    """«← درخواست‌های شهروندان» pointed forward in the right-to-left Persian admin."""
    from wagtail.users.models import UserProfile

    request = CitizenRequestFactory()
    url = f"/admin/citizen-requests/edit/{request.pk}/"
    back = soup(admin_client.get(url)).select_one("a.back-link")
    assert back.get_text(strip=True) == "→ درخواست‌های شهروندان"

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    back = soup(admin_client.get(url)).select_one("a.back-link")
    assert back.get_text(strip=True) == "← Citizens' requests"
