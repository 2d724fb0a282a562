"""The notice listing: what is open, in which order, with which filters, at what cost."""

import pytest

from home.models import Department
from tenders import views as tenders_views
from tenders.choices import Kind, Outcome
from tests.soup import soup

from .conftest import DAY, HOUR, notice_maker

pytestmark = pytest.mark.django_db
URL = "/test-tenders/"


@pytest.fixture
def make_notice(index):
    """Notices saved live, not published: the listing reads what is live, its status and dates,
    none of what a publish adds (a revision, first_published_at: the feeds' and OCDS's part)."""
    return notice_maker(index, publish=False)


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select("ol.tender-list h2 a")]


def test_open_first_by_nearest_deadline_then_upcoming(client, make_notice, now):
    make_notice(title="دیرتر", submission_deadline=now + 5 * DAY)
    make_notice(title="آینده", documents_from=now + DAY, submission_deadline=now + 9 * DAY)
    make_notice(title="زودتر", submission_deadline=now + 2 * HOUR)
    make_notice(title="میانه", submission_deadline=now + 2 * DAY)
    make_notice(title="بسته", documents_from=now - 9 * DAY, submission_deadline=now - DAY)
    response = client.get(URL)
    assert response.status_code == 200
    assert titles(response) == ["زودتر", "میانه", "دیرتر", "آینده"]


def test_closed_notices_are_never_in_the_current_or_open_list(client, make_notice, now):
    make_notice(title="تازه بسته", documents_from=now - 9 * DAY, submission_deadline=now - HOUR)
    # Its own deadline is still ahead, but an amendment brought it forward into the past.
    make_notice(
        title="اصلاح‌شده و بسته",
        submission_deadline=now + 5 * DAY,
        amendments=[{"issued_at": now - 2 * DAY, "text": "کوتاه شد", "new_submission_deadline": now - HOUR}],
    )
    make_notice(title="باز", submission_deadline=now + DAY)
    assert titles(client.get(URL)) == ["باز"]
    assert titles(client.get(URL, {"status": "open"})) == ["باز"]
    archive = client.get(URL + "archive/")
    assert set(titles(archive)) == {"تازه بسته", "اصلاح‌شده و بسته"}
    for item in soup(archive).select("ol.tender-list > li"):
        assert "tender-item--closed" in item["class"]
        assert not item.select(".tender-countdown")


def test_amendment_extending_the_deadline_keeps_a_notice_open(client, make_notice, now):
    make_notice(
        title="تمدیدشده",
        documents_from=now - 9 * DAY,
        submission_deadline=now - HOUR,
        opening_at=now + DAY,
        amendments=[{"issued_at": now - 2 * HOUR, "text": "تمدید شد", "new_submission_deadline": now + 3 * DAY}],
    )
    assert titles(client.get(URL, {"status": "open"})) == ["تمدیدشده"]


def test_filters_by_kind_status_and_department(client, make_notice, now):
    inspection = Department.objects.in_language("fa").get(slug="labour-inspection")
    make_notice(title="مناقصه بازرسی", kind=Kind.TENDER, department=inspection, submission_deadline=now + DAY)
    make_notice(title="مزایده", kind=Kind.AUCTION, submission_deadline=now + 2 * DAY)
    make_notice(title="مناقصه آینده", documents_from=now + DAY, submission_deadline=now + 3 * DAY)
    make_notice(title="لغوشده", outcome=Outcome.CANCELLED, cancellation_reason="دلیل", submission_deadline=now + DAY)
    assert titles(client.get(URL, {"kind": "auction"})) == ["مزایده"]
    assert titles(client.get(URL, {"kind": "tender"})) == ["مناقصه بازرسی", "مناقصه آینده"]
    assert titles(client.get(URL, {"status": "upcoming"})) == ["مناقصه آینده"]
    assert titles(client.get(URL, {"department": "labour-inspection"})) == ["مناقصه بازرسی"]
    assert titles(client.get(URL, {"kind": "tender", "status": "open"})) == ["مناقصه بازرسی"]
    assert titles(client.get(URL + "archive/", {"status": "cancelled"})) == ["لغوشده"]
    filtered = client.get(URL, {"kind": "auction"})
    assert filtered["X-Robots-Tag"] == "noindex"


def test_a_bad_filter_is_a_400_that_still_lists_the_notices_and_says_what_was_left_out(client, make_notice, now):
    """A stale shared link (a kind or department that no longer exists) lands on the list with
    its other filters applied, and an error summary naming the value left out."""
    make_notice(title="مناقصه بازرسی", kind=Kind.TENDER, submission_deadline=now + DAY)
    make_notice(title="مزایده", kind=Kind.AUCTION, submission_deadline=now + DAY)
    # "closed" belongs to the archive, not the current list.
    for params, expected in (
        ({"status": "closed"}, ["مناقصه بازرسی", "مزایده"]),
        ({"kind": "<script>"}, ["مناقصه بازرسی", "مزایده"]),
        ({"department": "no-such-department", "kind": "auction"}, ["مزایده"]),
    ):
        response = client.get(URL, params)
        assert response.status_code == 400, params
        summary = soup(response).select_one("[data-error-summary]")
        assert summary is not None and "یکی از گزینه‌ها نیست" in summary.get_text(), params
        assert sorted(titles(response)) == sorted(expected), params
    # The echo is text, not markup.
    assert soup(client.get(URL, {"kind": "<script>"})).select("[data-error-summary] script") == []


def test_the_kept_filters_show_what_each_address_chose(client, make_notice, now):
    """The filter form is kept per address (templates/tenders/tender_index_page.html): the
    choices of one request never show on another, nor the errors of a bad one."""
    make_notice(kind=Kind.AUCTION, submission_deadline=now + DAY)

    def chosen_kind(params):
        form = soup(client.get(URL, params)).select_one("form.tender-filters")
        option = form.select_one("select[name=kind] option[selected]")
        return (option["value"] if option else None), len(form.select(".errorlist li"))

    assert chosen_kind({}) == ("", 0)
    assert chosen_kind({"kind": "auction"}) == ("auction", 0)
    assert chosen_kind({"kind": "<script>"}) == ("", 0)
    assert chosen_kind({}) == ("", 0)
    assert chosen_kind({"kind": "tender"}) == ("tender", 0)


def test_pagination_keeps_the_order_and_the_filters(client, make_notice, now, monkeypatch):
    # Pages of 3 instead of 10: the same paging with 6 notices to publish instead of 13.
    monkeypatch.setattr(tenders_views, "LISTING_PAGE_SIZE", 3)
    for n in range(5):
        make_notice(title=f"آگهی {n:02d}", kind=Kind.AUCTION, submission_deadline=now + (n + 1) * HOUR)
    make_notice(title="مناقصه", kind=Kind.TENDER, submission_deadline=now + DAY)
    first = client.get(URL, {"kind": "auction"})
    assert titles(first) == [f"آگهی {n:02d}" for n in range(3)]
    next_link = soup(first).select_one(".pagination a[rel=next]")["href"]
    assert "kind=auction" in next_link
    second = client.get(URL + next_link)
    assert titles(second) == ["آگهی 03", "آگهی 04"]
    past = client.get(URL, {"page": "999", "kind": "auction"})
    assert past.status_code == 400 and titles(past) == ["آگهی 03", "آگهی 04"]


def test_countdown_and_jalali_dates(client, make_notice, now):
    make_notice(title="شمارش", submission_deadline=now + 2 * DAY + 3 * HOUR + 10 * 60 * (HOUR / 3600))
    make_notice(title="ساعتی", submission_deadline=now + 5 * HOUR + 30 * 60 * (HOUR / 3600))
    page = soup(client.get(URL))
    countdowns = [el.get_text(strip=True) for el in page.select(".tender-countdown")]
    assert countdowns == ["۵ ساعت مانده", "۲ روز و ۳ ساعت مانده"]
    dates = [el.get_text(strip=True) for el in page.select("ol.tender-list time")]
    assert all("ساعت" in d and any(c in d for c in "۰۱۲۳۴۵۶۷۸۹") for d in dates)
    assert any(month in dates[0] for month in ("آذر", "دی", "بهمن", "اسفند", "فروردین", "آبان", "مهر"))


def test_a_kept_card_follows_the_clock_its_countdown_and_status(client, make_notice, now, monkeypatch):
    """Each card is kept until content changes (templates/tenders/notice_card.html), keyed by its
    status and countdown at the request's moment: an hour later the countdown moves, and after
    the deadline the notice has left the current list for the archive, closed, with no change of
    content in between."""
    from home.caching.page_cache import purge_all
    from tenders.models import TenderPage

    notice = make_notice(title="شمارش", submission_deadline=now + 2 * DAY + 3 * HOUR + 10 * 60 * (HOUR / 3600))

    def listing_at(moment, path=URL):
        monkeypatch.setattr(tenders_views.timezone, "now", lambda: moment)
        return client.get(path)

    first = soup(listing_at(now))
    assert [el.get_text(strip=True) for el in first.select(".tender-countdown")] == ["۲ روز و ۳ ساعت مانده"]
    # Kept: a title changed behind the site's back (no publish, no purge) is not read again...
    TenderPage.objects.filter(pk=notice.pk).update(title="شمارش تازه")
    assert titles(listing_at(now)) == ["شمارش"]
    # ... until content changes, as a publish says.
    purge_all()
    assert titles(listing_at(now)) == ["شمارش تازه"]

    later = soup(listing_at(now + 2 * HOUR))
    assert [el.get_text(strip=True) for el in later.select(".tender-countdown")] == ["۲ روز و ۱ ساعت مانده"]

    after_deadline = now + 3 * DAY
    assert titles(listing_at(after_deadline)) == []
    archive = listing_at(after_deadline, URL + "archive/")
    assert titles(archive) == ["شمارش تازه"]
    archive = soup(archive)
    assert archive.select_one(".tender-status").get_text(strip=True) == "بسته‌شده"
    assert not archive.select(".tender-countdown")


def test_english_listing_shows_gregorian_dates(client):
    page = soup(client.get("/en/tenders/"))
    dates = [el.get_text(strip=True) for el in page.select("ol.tender-list time")]
    assert dates
    assert all(d[0].isascii() and d[0].isdigit() for d in dates)


PLAIN_PAGE_CEILING = 2  # a warmed page without a listing: menus, settings, banner
OCDS_CEILING = 7  # the warmed OCDS package of a few notices (5 on 2026-12-02)


def test_listing_queries_do_not_grow_with_the_number_of_notices(
    client, make_notice, now, django_assert_max_num_queries, django_assert_num_queries
):
    def queries(url, expect):
        client.get(url)  # warm the caches that publishing a page clears (site root paths)
        with expect as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    amendment = {"issued_at": now, "text": "تمدید", "new_submission_deadline": now + 8 * DAY}
    for n in range(2):
        make_notice(submission_deadline=now + (n + 1) * DAY, amendments=[amendment], documents=1)
    # Beyond what every page of the site costs (menus, settings, banner), the listing adds a few
    # queries: count, notices, amendments, documents.
    furniture = queries("/about/", django_assert_max_num_queries(PLAIN_PAGE_CEILING))
    few = queries(URL, django_assert_max_num_queries(furniture + 8))
    few_json = queries(URL + "ocds/", django_assert_max_num_queries(OCDS_CEILING))
    for n in range(2):
        make_notice(submission_deadline=now + (n + 3) * DAY, amendments=[amendment], documents=1)
    queries(URL, django_assert_num_queries(few))
    queries(URL + "ocds/", django_assert_num_queries(few_json))
