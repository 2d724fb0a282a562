"""The revision comparison shows dates as the rest of the admin does and a changed link or choice
as two names (home/pages/revision_compare.py): Jalali with Persian digits in the Persian admin,
Gregorian in the English one, in Tehran time and never "2026-12-04 11:00:00+03:30"; the old
department and the new one apart, not «دفتر مدیر کلدفتر مدیر کل»."""

import datetime
import zoneinfo
from types import SimpleNamespace

import pytest
from django.utils import translation
from wagtail import blocks
from wagtail.admin.compare import StructBlockComparison
from wagtail.admin.panels import FieldPanel

from home.choices import Domain
from home.models import Department
from newsroom.models import NewsPage
from tenders.models import TenderPage
from tests.admin_language import prefers_english
from tests.soup import soup

pytestmark = pytest.mark.django_db

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")


def tehran(*args):
    return datetime.datetime(*args, tzinfo=TEHRAN)


def comparison(client, page, revision_a, revision_b):
    """The changes column of the comparison, by field label."""
    response = client.get(f"/admin/pages/{page.pk}/revisions/compare/{revision_a.pk}...{revision_b.pk}/")
    assert response.status_code == 200
    rows = soup(response).select("table.listing tbody tr")
    return {
        row.select_one("td.title").get_text(strip=True).rstrip(":"): row.select_one("td.comparison") for row in rows
    }


def english(client, user):
    prefers_english(user)
    return client


@pytest.fixture
def departments():
    return list(Department.objects.in_default_language().order_by("pk")[:2])


@pytest.fixture
def tender_revisions(admin_user, departments):
    """A notice whose submission deadline moved a week and whose department changed."""
    tender = TenderPage.objects.filter(locale__language_code="fa").first().specific
    for name in ("documents_from", "documents_until", "enquiry_deadline", "opening_at"):
        setattr(tender, name, None)
    tender.submission_deadline, tender.department = tehran(2026, 12, 4, 11, 0), departments[0]
    before = tender.save_revision(user=admin_user)
    tender.submission_deadline, tender.department = tehran(2026, 12, 11, 9, 30), departments[1]
    after = tender.save_revision(user=admin_user)
    return tender, before, after


@pytest.fixture
def news_revisions(admin_user):
    """A news item whose date and domain changed; 01:30 on 4 December in Tehran is still the 3rd
    in UTC, and 13 Azar (not 12) in the Persian admin."""
    news = NewsPage.objects.filter(locale__language_code="fa").first().specific
    news.date, news.domain = tehran(2026, 12, 4, 1, 30), Domain.COOPERATIVES
    before = news.save_revision(user=admin_user)
    news.date, news.domain = tehran(2026, 12, 20, 14, 5), Domain.EMPLOYMENT
    after = news.save_revision(user=admin_user)
    return news, before, after


def test_a_moved_tender_deadline_reads_jalali_in_the_persian_admin(admin_client, tender_revisions):
    rows = comparison(admin_client, *tender_revisions)
    deadline = str(rows["مهلت ارسال پیشنهاد"])
    assert '<span class="deletion">۱۳ آذر ۱۴۰۵، ساعت ۱۱:۰۰</span>' in deadline
    assert '<span class="addition">۲۰ آذر ۱۴۰۵، ساعت ۹:۳۰</span>' in deadline
    text = " ".join(str(cell) for cell in rows.values())
    assert "+03:30" not in text and "2026" not in text


def test_a_changed_department_reads_two_separate_names(admin_client, tender_revisions, departments):
    rows = comparison(admin_client, *tender_revisions)
    cell = rows["واحد برگزارکننده"]
    with translation.override("fa"):
        names = [str(department) for department in departments]
    assert [span.get_text() for span in cell.select("span.deletion, span.addition")] == names
    assert cell.get_text().strip() == f"{names[0]} {names[1]}"


def test_a_moved_tender_deadline_reads_gregorian_in_the_english_admin(admin_client, admin_user, tender_revisions):
    rows = comparison(english(admin_client, admin_user), *tender_revisions)
    deadline = str(rows["Submission deadline"])
    assert '<span class="deletion">Dec. 4, 2026, 11 a.m.</span>' in deadline
    assert '<span class="addition">Dec. 11, 2026, 9:30 a.m.</span>' in deadline
    assert "+03:30" not in deadline and "آذر" not in deadline


def test_a_news_items_date_and_domain_in_both_admins(admin_client, admin_user, news_revisions):
    rows = comparison(admin_client, *news_revisions)
    assert rows["تاریخ و ساعت"].get_text().strip() == "۱۳ آذر ۱۴۰۵، ساعت ۱:۳۰ ۲۹ آذر ۱۴۰۵، ساعت ۱۴:۰۵"
    domain = rows["بخش تخصصی"]
    assert [span.get_text() for span in domain.select("span.deletion, span.addition")] == [
        "تعاون",
        "اشتغال و کارآفرینی",
    ]

    rows = comparison(english(admin_client, admin_user), *news_revisions)
    assert rows["Date and time"].get_text().strip() == "Dec. 4, 2026, 1:30 a.m. Dec. 20, 2026, 2:05 p.m."
    assert rows["Domain section"].get_text().strip() == "Cooperatives Employment and entrepreneurship"


def schedule_block():
    """A struct of a date, a date-time and an optional time, as an app's block may hold."""
    return blocks.StructBlock(
        [("day", blocks.DateBlock()), ("starts", blocks.DateTimeBlock()), ("opens", blocks.TimeBlock(required=False))]
    )


def test_date_blocks_in_a_stream_read_as_the_admin_shows_dates():
    block = schedule_block()
    before = block.to_python({"day": "2026-12-04", "starts": "2026-12-03T22:00:00Z", "opens": "08:00"})
    after = block.to_python({"day": "2026-12-11", "starts": "2026-12-03T22:00:00Z", "opens": None})
    with translation.override("fa"):
        changed = str(StructBlockComparison(block, True, True, before, after).htmldiff())
    assert '<span class="deletion">۱۳ آذر ۱۴۰۵</span> <span class="addition">۲۰ آذر ۱۴۰۵</span>' in changed
    assert "<dd>۱۳ آذر ۱۴۰۵، ساعت ۱:۳۰</dd>" in changed  # 22:00 UTC on the 3rd is 01:30 on the 4th in Tehran
    assert '<span class="deletion">۸:۰۰</span> <span class="addition">خالی</span>' in changed
    with translation.override("en"):
        changed = str(StructBlockComparison(block, True, True, before, after).htmldiff())
    assert '<span class="deletion">Dec. 4, 2026</span> <span class="addition">Dec. 11, 2026</span>' in changed
    assert "<dd>Dec. 4, 2026, 1:30 a.m.</dd>" in changed


@pytest.mark.parametrize(("language", "words"), [("fa", ["خیر", "بله"]), ("en", ["No", "Yes"])])
def test_a_yes_or_no_field_reads_in_words(language, words):
    """A page put in the menus read "FalseTrue"."""
    panel = FieldPanel("show_in_menus").bind_to_model(NewsPage)
    field = NewsPage._meta.get_field("show_in_menus")
    with translation.override(language):
        html = str(
            panel.get_comparison_class()(
                field, SimpleNamespace(show_in_menus=False), SimpleNamespace(show_in_menus=True)
            ).htmldiff()
        )
    assert f'<span class="deletion">{words[0]}</span> <span class="addition">{words[1]}</span>' in html
