"""The requests desk at scale: Persian free-text search as people type it, a count that stops
at a cap (in Persian), and queries that do not grow with the number of requests."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from forms_pages.factories import CitizenRequestFactory
from home.pages.pagination import CappedPaginator

pytestmark = pytest.mark.django_db


def login(user):
    client = Client(HTTP_ACCEPT_LANGUAGE="fa")
    client.force_login(user)
    return client


def listed_subjects(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {cell.get_text(strip=True) for cell in soup.select("tbody td.title")}


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


def test_desk_search_keeps_other_filters_and_department_limits(stored, staff_a, staff_b, departments):
    mine = CitizenRequestFactory(department=departments[1], subject="شكايت واحد روابط كار")
    CitizenRequestFactory(department=departments[2], subject="شکایت واحد تعاون")
    assert listed_subjects(login(staff_a).get("/admin/citizen-requests/", {"q": "شکایت"})) == {mine.subject}
    assert listed_subjects(login(staff_b).get("/admin/citizen-requests/", {"q": "کارفرما"})) == set()


def test_count_stops_at_the_cap_in_persian_and_every_page_is_reachable(admin_client, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "cap", 10)
    CitizenRequestFactory.create_batch(35, subject="پرسش درباره بیمه بیکاری")
    first = admin_client.get("/admin/citizen-requests/", {"q": "بیمه"}, HTTP_ACCEPT_LANGUAGE="fa")
    soup = BeautifulSoup(first.content, "html.parser")
    assert len(soup.select("tbody tr")) == 30
    # 30 rows on a page: the first page counts 31 rows at most, and says there are more.
    assert soup.select_one("h2[role=alert]").get_text(" ", strip=True) == "بیش از ۳۰ مورد همخوانی دارد"
    nav = soup.select_one("nav.pagination")
    assert "از بیش از ۱" in nav.select_one(".pagination__start").get_text(" ", strip=True)
    assert "بیش از ۳۰" in nav.select_one(".pagination__end").get_text(strip=True)
    next_link = nav.select_one("li.next a")["href"]
    assert "p=2" in next_link
    second = BeautifulSoup(admin_client.get("/admin/citizen-requests/", {"q": "بیمه", "p": 2}).content, "html.parser")
    assert len(second.select("tbody tr")) == 5
    # The second page counts as far as it needs: all 35, exactly.
    assert second.select_one("h2[role=alert]").get_text(" ", strip=True) == "۳۵ مورد همخوانی دارد"


def test_count_below_the_cap_is_exact(admin_client):
    CitizenRequestFactory.create_batch(3, subject="پرسش درباره بیمه بیکاری")
    soup = BeautifulSoup(admin_client.get("/admin/citizen-requests/", {"q": "بیمه"}).content, "html.parser")
    assert soup.select_one("h2[role=alert]").get_text(" ", strip=True) == "۳ مورد همخوانی دارد"


DESK_QUERY_CEILING = 16  # a desk's search or overdue list as desk staff (13 on 2026-12-02)


@pytest.mark.parametrize("params", [{"q": "بیمه"}, {"overdue": "true"}, {"q": "0912", "overdue": "true"}])
def test_desk_queries_do_not_grow_with_requests(staff_a, departments, params, django_assert_max_num_queries):
    client = login(staff_a)
    late = timezone.now() - datetime.timedelta(days=40)

    def add(n):
        for _ in range(n):
            CitizenRequestFactory(department=departments[1], created_at=late)

    def count(ceiling):
        with django_assert_max_num_queries(ceiling) as queries:
            response = client.get("/admin/citizen-requests/", params)
        assert response.status_code == 200
        return len(queries), len(BeautifulSoup(response.content, "html.parser").select("tbody tr"))

    add(4)
    small, rows = count(DESK_QUERY_CEILING)
    assert rows == 4
    add(8)
    _, rows = count(small)
    assert rows == 12


def test_overdue_filter_reads_in_persian(admin_client):
    late = CitizenRequestFactory(subject="درخواست دیرکرده", created_at=timezone.now() - datetime.timedelta(days=40))
    fresh = CitizenRequestFactory(subject="درخواست تازه")
    response = admin_client.get("/admin/citizen-requests/", {"overdue": "true"}, HTTP_ACCEPT_LANGUAGE="fa")
    found = listed_subjects(response)  # the demo's own overdue requests too
    assert late.subject in found and fresh.subject not in found
    pill = BeautifulSoup(response.content, "html.parser").select_one(".w-active-filters .w-pill__content")
    assert pill.get_text(" ", strip=True) == "دیرکرد: بله"
    found = listed_subjects(admin_client.get("/admin/citizen-requests/", {"overdue": "false"}))
    assert fresh.subject in found and late.subject not in found
