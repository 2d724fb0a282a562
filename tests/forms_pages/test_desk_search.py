"""The requests desk at scale: Persian free-text search as people type it, a count that stops
at a cap (in Persian), and queries that do not grow with the number of requests."""

import datetime
import importlib

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from forms_pages.factories import CitizenRequestFactory
from forms_pages.models import CitizenRequest
from home.pages.pagination import CappedPaginator
from tests.soup import soup

pytestmark = pytest.mark.django_db


def login(user):
    client = Client(HTTP_ACCEPT_LANGUAGE="fa")
    client.force_login(user)
    return client


def listed_subjects(response):
    assert response.status_code == 200
    doc = soup(response)
    return {cell.get_text(strip=True) for cell in doc.select("table.listing tbody td.title")}


@pytest.fixture
def stored(departments):
    """Requests as citizens typed them: Arabic-keyboard letters, ZWNJ, a mobile number."""
    return {
        "arabic": CitizenRequestFactory(subject="شكايت از كارفرماي شركت", name="علي رضائي", mobile="09351112233"),
        "zwnj": CitizenRequestFactory(subject="درخواست بیمه‌ی بیکاری", name="مریم احمدی", mobile="09124445566"),
        "other": CitizenRequestFactory(subject="پرسش درباره پروانه کسب", name="حسن کریمی", mobile="09187778899"),
    }


@pytest.mark.parametrize(
    "query, expected",
    [
        ("شکایت از کارفرمای", "arabic"),  # Persian ی/ک finds Arabic ي/ك as stored
        ("شكايت", "arabic"),  # Arabic letters typed: found as well
        ("علی رضایی", "arabic"),  # a name, Persian letters (stored «علي رضائي»)
        ("بیمهی بیکاری", "zwnj"),  # without the ZWNJ that the stored subject has
        ("بیمه ی بیکاری", "zwnj"),  # a space where the stored subject has its ZWNJ
        ("علیرضایی", "arabic"),  # a name typed without its space
        ("بيمه\u200cی", "zwnj"),  # with a ZWNJ and an Arabic yeh
        ("۰۹۱۲۴۴۴", "zwnj"),  # part of a mobile number in Persian digits
        ("0912 444 5566", "zwnj"),  # in Latin digits, typed in groups
        ("٠٩١٨٧٧٧", "other"),  # Arabic-Indic digits
    ],
)
def test_desk_search_finds_persian_as_typed(admin_client, stored, query, expected):
    found = listed_subjects(admin_client.get("/admin/citizen-requests/", {"q": query}))
    # Among the three stored here, exactly the expected one (requests that browser tests sent
    # through gunicorn are committed and may match a common name too).
    assert found & {row.subject for row in stored.values()} == {stored[expected].subject}


def test_a_query_does_not_match_across_two_fields(admin_client, stored):
    # «…کارفرماي شركت» ends the subject and «علي» begins the name: stored one after the other
    # in the folded column, but not as one text.
    found = listed_subjects(admin_client.get("/admin/citizen-requests/", {"q": "شرکت علی"}))
    assert found & {row.subject for row in stored.values()} == set()


def test_desk_search_is_one_like_on_the_stored_folded_column(admin_client, stored):
    with CaptureQueriesContext(connection) as captured:
        found = listed_subjects(admin_client.get("/admin/citizen-requests/", {"q": "شكايت"}))
    assert stored["arabic"].subject in found
    searching = [query["sql"] for query in captured if "LIKE" in query["sql"]]
    assert searching, "the desk's search ran no LIKE"
    for sql in searching:
        # The fold is the column's, computed when the row was written: nothing folded per row read.
        assert "translate(" not in sql.lower()
        assert sql.count(" LIKE ") == 1 and '"search_folded"' in sql


def test_folded_column_follows_every_write(admin_client):
    citizen_request = CitizenRequestFactory(
        subject="شكايت از كارفرما", name="علي رضائي", mobile="09351112233", email="Ali@Example.ir"
    )
    citizen_request.refresh_from_db()
    assert citizen_request.search_folded == (
        f"{citizen_request.code}\nشکایتازکارفرما\nعلیرضایی\n09351112233\nALI@EXAMPLE.IR"
    )
    # Written without save() (as a bulk fix would be): the database folds again all the same,
    # so a name and number removed are no longer found.
    CitizenRequest.objects.filter(pk=citizen_request.pk).update(name="", mobile="", email="")
    citizen_request.refresh_from_db()
    assert citizen_request.search_folded == f"{citizen_request.code}\nشکایتازکارفرما\n\n\n"
    assert citizen_request.subject not in listed_subjects(
        admin_client.get("/admin/citizen-requests/", {"q": "۰۹۳۵۱۱۱"})
    )


def test_migration_fills_the_folded_column_for_existing_rows():
    """Requests stored before forms_pages 0012 are found through it once it has run."""
    before = [
        CitizenRequestFactory(subject="درخواست بيمه‌ی بیکاری", name="زهرا كريمي", mobile="09121110000"),
        CitizenRequestFactory(subject="پرسش پروانه", name="", mobile="", email=""),
    ]
    migration = importlib.import_module("forms_pages.migrations.0012_request_search_folded_column").Migration
    add_column = next(op for op in migration.operations if getattr(op, "name", "") == "search_folded")
    loader = MigrationLoader(connection)
    from_state = loader.project_state(("forms_pages", "0011_request_search_fold_index"))
    to_state = from_state.clone()
    add_column.state_forwards("forms_pages", to_state)
    # Back to the table as it was before 0012 (in this test's transaction), then 0012's column.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no ALTER TABLE with foreign keys unchecked
    with connection.schema_editor(atomic=True) as editor:
        editor.remove_field(CitizenRequest, CitizenRequest._meta.get_field("search_folded"))
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM forms_pages_citizenrequest WHERE id = ANY(%s)", [[r.pk for r in before]]
            )
            assert cursor.fetchone()[0] == 2
        add_column.database_forwards("forms_pages", editor, from_state, to_state)
    folded = dict(CitizenRequest.objects.filter(pk__in=[r.pk for r in before]).values_list("pk", "search_folded"))
    assert folded == {
        before[0].pk: f"{before[0].code}\nدرخواستبیمهیبیکاری\nزهراکریمی\n09121110000\nAPPLICANT@EXAMPLE.IR",
        before[1].pk: f"{before[1].code}\nپرسشپروانه\n\n\n",
    }
    found = CitizenRequest.objects.filter(search_folded__contains="بیمهیبیکاری").values_list("pk", flat=True)
    assert before[0].pk in set(found)


def test_desk_search_keeps_other_filters_and_department_limits(stored, staff_a, staff_b, departments):
    mine = CitizenRequestFactory(department=departments[1], subject="شكايت واحد روابط كار")
    CitizenRequestFactory(department=departments[2], subject="شکایت واحد تعاون")
    assert listed_subjects(login(staff_a).get("/admin/citizen-requests/", {"q": "شکایت"})) == {mine.subject}
    assert listed_subjects(login(staff_b).get("/admin/citizen-requests/", {"q": "کارفرما"})) == set()


def test_count_stops_at_the_cap_in_persian_and_every_page_is_reachable(admin_client, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "cap", 10)
    CitizenRequestFactory.create_batch(35, subject="پرسش درباره بیمه بیکاری")
    first = admin_client.get("/admin/citizen-requests/", {"q": "بیمه"}, HTTP_ACCEPT_LANGUAGE="fa")
    doc = soup(first)
    assert len(doc.select("table.listing tbody tr")) == 30
    # 30 rows on a page: the first page counts 31 rows at most, and says there are more.
    assert doc.select_one("h2[role=alert]").get_text(" ", strip=True) == "بیش از ۳۰ مورد همخوانی دارد"
    nav = doc.select_one("nav.pagination")
    assert "از بیش از ۱" in nav.select_one(".pagination__start").get_text(" ", strip=True)
    assert "بیش از ۳۰" in nav.select_one(".pagination__end").get_text(strip=True)
    next_link = nav.select_one("li.next a")["href"]
    assert "p=2" in next_link
    second = soup(admin_client.get("/admin/citizen-requests/", {"q": "بیمه", "p": 2}))
    assert len(second.select("table.listing tbody tr")) == 5
    # The second page counts as far as it needs: all 35, exactly.
    assert second.select_one("h2[role=alert]").get_text(" ", strip=True) == "۳۵ مورد همخوانی دارد"


def test_count_below_the_cap_is_exact(admin_client):
    CitizenRequestFactory.create_batch(3, subject="پرسش درباره بیمه بیکاری")
    doc = soup(admin_client.get("/admin/citizen-requests/", {"q": "بیمه"}))
    assert doc.select_one("h2[role=alert]").get_text(" ", strip=True) == "۳ مورد همخوانی دارد"


DESK_QUERY_CEILING = 16  # a desk's search or overdue list as desk staff (13 on 2026-12-02)


DESK_QUERIES = [{"q": "بیمه"}, {"overdue": "true"}, {"q": "0912", "overdue": "true"}]


def test_desk_queries_do_not_grow_with_requests(staff_a, departments, django_assert_max_num_queries):
    """Each of a desk's searches and lists, over 2 requests and then 5 (the same rows for the
    three): no query per row."""
    client = login(staff_a)
    late = timezone.now() - datetime.timedelta(days=40)

    def add(n):
        for _ in range(n):
            CitizenRequestFactory(department=departments[1], created_at=late)

    def count(params, ceiling):
        with django_assert_max_num_queries(ceiling) as queries:
            response = client.get("/admin/citizen-requests/", params)
        assert response.status_code == 200, params
        return len(queries), len(soup(response).select("table.listing tbody tr"))

    add(2)
    small = {}
    for index, params in enumerate(DESK_QUERIES):
        small[index], rows = count(params, DESK_QUERY_CEILING)
        assert rows == 2, params
    add(3)
    for index, params in enumerate(DESK_QUERIES):
        _, rows = count(params, small[index])
        assert rows == 5, params


def test_overdue_filter_reads_in_persian(admin_client):
    late = CitizenRequestFactory(subject="درخواست دیرکرده", created_at=timezone.now() - datetime.timedelta(days=40))
    fresh = CitizenRequestFactory(subject="درخواست تازه")
    response = admin_client.get("/admin/citizen-requests/", {"overdue": "true"}, HTTP_ACCEPT_LANGUAGE="fa")
    found = listed_subjects(response)  # the demo's own overdue requests too
    assert late.subject in found and fresh.subject not in found
    pill = soup(response).select_one(".w-active-filters .w-pill__content")
    assert pill.get_text(" ", strip=True) == "دیرکرد: بله"
    found = listed_subjects(admin_client.get("/admin/citizen-requests/", {"overdue": "false"}))
    assert fresh.subject in found and late.subject not in found
