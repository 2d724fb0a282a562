"""Real queries, as citizens type them, and the page each must find in the top three.

Each row is a query seen in the issue tracker or typed during usability walks, with the
spelling variants people use (ZWNJ, space or no space; Arabic letters; plural endings).
"""

import pytest

from tests.soup import soup

pytestmark = pytest.mark.django_db

QUERIES = [
    # (search path, query as typed, a title that must be among the first three results)
    ("/search/", "بیمه‌بیکاری", "ثبت درخواست بیمه بیکاری"),  # with ZWNJ, no space
    ("/search/", "بیمه بیکاری", "ثبت درخواست بیمه بیکاری"),
    ("/search/", "بیمهبیکاری", "ثبت درخواست بیمه بیکاری"),  # no space at all
    ("/search/", "بيمه بيكاري", "ثبت درخواست بیمه بیکاری"),  # Arabic yeh and kaf
    ("/search/", "مقرری بیمه بیکاری", "قانون بیمه بیکاری"),
    ("/search/", "حقوق معوقه", "سازش کارگران یک واحد تولیدی با کارفرما با میانجی‌گری اداره کل"),
    ("/search/", "کار آفرینی", "اشتغال و کارآفرینی"),  # typed apart, written as one word
    ("/search/", "پروانه کار اتباع", "صدور پروانه کار اتباع خارجی"),
    ("/search/", "تعاونی ها", "ثبت تغییرات تعاونی‌ها"),  # plural typed with a space
    ("/search/", "ثبت نام دوره", "ثبت‌نام در دوره آموزشی آشنایی با قانون کار"),
    ("/search/", "شکایت از کارفرما", "رسیدگی به اختلافات کارگر و کارفرما در هیئت‌های تشخیص و حل اختلاف"),
    ("/search/", "بازنشستگان", "راهنمایی بازنشستگان در دریافت خدمات رفاهی"),
    ("/search/", "مشاغل سخت و زیان آور", "مشاغل سخت و زیان‌آور"),
    ("/search/", "قانون کار", "قانون کار جمهوری اسلامی ایران"),
    ("/search/", "ماده ۱۲۰", "قانون کار جمهوری اسلامی ایران"),
    ("/search/", "نظرسنجی", "نظرسنجی ساعات مراجعه حضوری"),
    ("/search/", "تماس", "تماس با ما"),
    ("/en/search/", "unemployment insurance", "Applying for unemployment insurance"),
    ("/en/search/", "work permit", "Issuing work permits for foreign nationals"),
]


def top_titles(response, n=3):
    page = soup(response)
    return [a.get_text(strip=True) for a in page.select("ol.listing h2 a")][:n]


@pytest.mark.parametrize(("path", "query", "expected"), QUERIES, ids=[row[1] for row in QUERIES])
def test_query_finds_its_page_in_the_top_three(client, path, query, expected):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    assert expected in top_titles(response)
