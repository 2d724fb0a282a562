"""The notice page, the page tree, reference numbers, the home panel and the demo content."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import rich_text

from home.models import HomePage
from home.templatetags.portal_tags import jdate
from tenders.choices import Status
from tenders.models import TenderIndexPage, TenderPage
from tests.page_forms import page_form_data
from tests.soup import soup

from .conftest import DAY, HOUR, notice_maker

pytestmark = pytest.mark.django_db


@pytest.fixture
def make_notice(index):
    """Notices saved live, not published: the notice page and the checks on saving read the
    page's own fields, none of what a publish adds (a revision, first_published_at)."""
    return notice_maker(index, publish=False)


class TestTree(WagtailPageTestCase):
    def test_rules(self):
        self.assertAllowedParentPageTypes(TenderIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TenderIndexPage, {TenderPage})
        self.assertAllowedParentPageTypes(TenderPage, {TenderIndexPage})
        self.assertAllowedSubpageTypes(TenderPage, set())


def test_one_index_per_language_tree(home_fa, home_en):
    assert not TenderIndexPage.can_create_at(home_fa)
    assert not TenderIndexPage.can_create_at(home_en)
    assert TenderIndexPage.objects.filter(locale__language_code="en").count() == 1


def test_notice_page_shows_effective_dates_amendments_and_documents(client, make_notice, now):
    make_notice(
        slug="full",
        reference_number="T-7",
        estimated_value=1_250_000_000,
        guarantee_amount=62_000_000,
        guarantee_form="bank-guarantee",
        submission_deadline=now + 2 * DAY,
        amendments=[
            {"issued_at": now - 2 * DAY, "text": "اصلاحیه نخست", "new_submission_deadline": now + 4 * DAY},
            {"issued_at": now - DAY, "text": "اصلاحیه دوم", "new_enquiry_deadline": now + DAY},
        ],
        documents=2,
    )
    page = soup(client.get("/test-tenders/full/"))
    assert page.select_one(".tender-status").get_text(strip=True) == "باز"
    assert page.select_one(".tender-countdown").get_text(strip=True) == "۳ روز و ۲۳ ساعت مانده"
    amendments = [
        li.select_one("p:nth-of-type(2)").get_text(strip=True) for li in page.select(".tender-amendments > li")
    ]
    assert amendments == ["اصلاحیه نخست", "اصلاحیه دوم"]
    deadline_row = page.select_one(".tender-dates__deadline")
    assert "با اصلاحیه تغییر کرده" in deadline_row.td.get_text()
    # The first deadline stays on the page, struck through; the new one is the machine-readable time.
    assert deadline_row.td.select_one("del").get_text(strip=True) == jdate(now + 2 * DAY, "time")
    assert deadline_row.td.time.get_text(strip=True) == jdate(now + 4 * DAY, "time")
    enquiry_row = deadline_row.find_previous_sibling("tr")
    assert "با اصلاحیه تغییر کرده" in enquiry_row.td.get_text() and not enquiry_row.td.select("del")
    assert enquiry_row.td.time.get_text(strip=True) == jdate(now + DAY, "time")
    assert len(page.select(".tender-documents a[download]")) == 2
    text = page.get_text()
    assert "۱٬۲۵۰٬۰۰۰٬۰۰۰" in text and "ضمانت‌نامه بانکی" in text


def test_closed_notice_page_says_so(client, make_notice, now):
    make_notice(slug="gone", documents_from=now - 5 * DAY, submission_deadline=now - HOUR, opening_at=now + DAY)
    page = soup(client.get("/test-tenders/gone/"))
    assert page.select_one(".tender-status").get_text(strip=True) == "بسته‌شده"
    assert not page.select(".tender-countdown")
    assert "دیگر پیشنهادی پذیرفته نمی‌شود" in page.select_one(".tender-callout").get_text()


def test_duplicate_reference_number_is_a_validation_error(make_notice, index):
    make_notice(reference_number="T-1405-500")
    duplicate = TenderPage(title="تکراری", slug="dup", subject="x", reference_number="t-۱۴۰۵-۵۰۰")
    duplicate.submission_deadline = make_notice(reference_number="OTHER-1").submission_deadline
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=duplicate)
    assert "reference_number" in error.value.message_dict


def test_reserved_slug_and_date_order_are_validation_errors(make_notice, now):
    with pytest.raises(ValidationError) as error:
        make_notice(slug="archive", submission_deadline=now + DAY, opening_at=now)
    assert {"slug", "opening_at"} <= set(error.value.message_dict)


def _admin_form(index, reference):
    return page_form_data(
        TenderPage,
        publish=True,
        title="مناقصه از پیشخوان",
        slug=f"admin-{reference.lower()}",
        reference_number=reference,
        subject="موضوع",
        description=rich_text("<p>شرح</p>"),
        submission_deadline="1408/10/12 14:00",  # 1 January 2030, in Jalali
    )


@pytest.mark.usefixtures("rendered_context")
def test_duplicate_reference_in_the_admin_is_a_form_error_not_a_500(admin_client, index, make_notice):
    make_notice(reference_number="T-1405-600")
    url = f"/admin/pages/add/tenders/tenderpage/{index.pk}/"
    ok = admin_client.post(url, _admin_form(index, "T-1405-601"))
    assert ok.status_code == 302
    assert TenderPage.objects.filter(reference_number="T-1405-601").exists()
    before = TenderPage.objects.count()
    response = admin_client.post(url, _admin_form(index, "T-1405-600"))
    assert response.status_code == 200
    assert "reference_number" in response.context["form"].errors
    assert TenderPage.objects.count() == before


def test_home_page_panel_lists_open_notices_nearest_deadline_first(client):
    page = soup(client.get("/"))
    panel = page.select_one(".home-panel--tenders")
    assert panel is not None
    items = panel.select("ol.tender-list > li")
    assert 1 <= len(items) <= 4
    assert all("tender-item--open" in li["class"] for li in items)
    deadlines = [li.select_one("time")["datetime"] for li in items]
    assert deadlines == sorted(deadlines)
    assert panel.select_one("a[href='/tenders/']")


def test_seeded_notices_cover_every_status():
    notices = list(TenderPage.objects.live().filter(locale__language_code="fa").for_listing())
    assert len(notices) >= 12
    assert {n.status_at() for n in notices} == set(Status)
    assert any(n.amendments.all() for n in notices)
    assert any(n.notice_documents.all() for n in notices)
    kinds = {n.kind for n in notices}
    assert kinds == {"tender", "auction"}


def test_seed_documents_are_real_pdfs(client):
    notice = TenderPage.objects.get(slug="cleaning-services-1405", locale__language_code="fa")
    document = notice.notice_documents.first().document
    with document.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_index_translated_and_in_menu(client):
    assert client.get("/en/tenders/").status_code == 200
    english = soup(client.get("/en/tenders/"))
    assert english.select_one("h1").get_text(strip=True) == "Tenders and auctions"
    home = soup(client.get("/"))
    assert home.select_one(".main-nav a[href='/tenders/']")
    assert Page.objects.filter(slug="tenders", depth=3).count() == 2


def test_refresh_dates_republishes_without_adding_notices(now):
    import io

    from django.core.management import call_command

    before = TenderPage.objects.count()
    notice = TenderPage.objects.get(slug="surplus-vehicles-auction", locale__language_code="fa")
    TenderPage.objects.filter(pk=notice.pk).update(
        submission_deadline=now - DAY, effective_submission_deadline=now - DAY
    )
    call_command("seed_tenders", "--refresh-dates", stdout=io.StringIO())
    assert TenderPage.objects.count() == before
    notice = TenderPage.objects.get(pk=notice.pk)
    assert notice.status_at() == Status.OPEN


def test_site_search_finds_notices_by_subject_and_reference(client):
    for query in ("خودروهای مازاد", "خودروهاي مازاد", "A-1405-004"):
        page = soup(client.get("/search/", {"q": query}))
        found = [a.get_text(strip=True) for a in page.select("ol.listing h2 a")]
        assert "مزایده عمومی فروش خودروهای مازاد اداره کل" in found, query


@pytest.mark.parametrize(
    ("language", "callout_words", "note"),
    [
        ("fa", "(به وقت تهران)", "همهٔ زمان‌ها به وقت رسمی ایران (تهران) است."),
        ("en", "(Tehran time)", "All times are Iran Standard Time (Tehran, UTC+03:30)."),
    ],
)
def test_notice_times_name_their_time_zone(client, language, callout_words, note):
    """A bidder abroad reads the deadline in Tehran time, and the page says so."""
    notice = TenderPage.objects.get(slug="cleaning-services-1405", locale__language_code=language)
    page = soup(client.get(notice.url))
    assert page.select_one(".tender-status")  # the seeded notice is open: the callout names the deadline
    assert callout_words in page.select_one(".tender-callout strong").get_text()
    assert page.select_one(".tender-dates__zone").get_text(strip=True) == note
