"""Issue 13's "Done when", walked in Chromium against the production server.

A Persian editor schedules a news item and sends it for review, and its reviewer approves and
publishes it; the tenders editor sets a tender's submission deadline; desk staff book a citizen
for a visit. Every screen along the way is read as a person sees it (text, labels and the values
in fields) and fails on a Gregorian year or an English interface word. Also: the date of a
comment in the page editor is Jalali, in Persian digits and Tehran time, even in an English
browser on UTC.
"""

import datetime
import io
import re
import zoneinfo

import jdatetime
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from PIL import Image
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.accounts import sign_in, submit, walk_in_persian
from tests.home.admin_text import english_runs

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")
ACCOUNTS = ["editor-news", "reviewer-news", "editor-tenders", "desk-staff", "head-cooperatives"]
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
LATIN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
GREGORIAN_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
GREGORIAN_MONTHS = re.compile(
    r"ژانویه|فوریه|مارس|آوریل|ژوئن|ژوئیه|ژوئیهٔ|اوت|سپتامبر|اکتبر|نوامبر|دسامبر"
    r"|January|February|March|April|June|July|August|September|October|November|December"
)


@pytest.fixture(scope="module")
def accounts(django_db_setup, django_db_blocker):
    """The demo roles of seed_editorial with a known password and Persian as their admin language."""
    User = get_user_model()
    with django_db_blocker.unblock():
        before = set(User.objects.values_list("pk", flat=True))
        with override_settings(DEMO_USERS=True):
            call_command("seed_editorial", stdout=io.StringIO())
        for user in User.objects.filter(username__in=ACCOUNTS):
            walk_in_persian(user)
        created = list(User.objects.exclude(pk__in=before).values_list("pk", flat=True))
    yield
    with django_db_blocker.unblock():
        User.objects.filter(pk__in=created).delete()


def type_over(page, selector, text):
    """Select what a date field holds and type over it, as a person does (the calendar that
    opens on focus keeps Playwright's fill() from clearing the field)."""
    page.click(selector)
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
    # Done typing, a person closes the calendar: left open under the last date field, it lay
    # over the footer's Save button, and the click meant for Save went to the calendar.
    page.keyboard.press("Escape")
    assert page.locator("jdp-container").evaluate("c => c.style.visibility") != "visible"
    assert page.input_value(selector) == text


def what_a_person_sees(page):
    """The visible text and the values shown in the fields of the page as it is now."""
    values = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), textarea')]
            .filter(e => e.offsetParent !== null).map(e => e.value)"""
    )
    return page.inner_text("body") + "\n" + "\n".join(values)


class Screens:
    """Every screen of the walk, checked when it is reached."""

    def __init__(self, content):
        self.content = content
        self.problems = []

    def look(self, page, where):
        seen = what_a_person_sees(page)
        years = GREGORIAN_YEAR.findall(seen.translate(LATIN_DIGITS))
        months = GREGORIAN_MONTHS.findall(seen)
        english = english_runs(page.content(), self.content)
        if years or months or english:
            self.problems.append((where, page.url, years, months, english))


def content_strings():
    from tests.home.test_admin_persian import content_strings

    return content_strings()


@pytest.mark.usefixtures("accounts")
def test_a_persian_editor_schedules_news_sets_a_deadline_and_books_a_visit(browser, server, django_db_blocker):
    # The server is another process: what the test writes (a request, clean-up) must be
    # committed, so the test works in autocommit rather than in a transaction of its own.
    with django_db_blocker.unblock():
        walk_the_three_jobs(browser, server)


def walk_the_three_jobs(browser, server):
    from forms_pages.choices import RequestStatus
    from forms_pages.factories import CitizenRequestFactory
    from forms_pages.models import CitizenRequest
    from home.models import Department
    from newsroom.models import NewsIndexPage, NewsPage
    from tenders.models import TenderPage

    screens = Screens(content_strings())
    news_index = NewsIndexPage.objects.get(locale__language_code="fa")
    title = "دوره آموزشی مدیران تعاونی‌های استان"

    # 1. The news editor writes a news item, schedules it for 29 Esfand 1405 at 08:30 and sends it
    # to review.
    page = sign_in(browser, server, "editor-news")
    screens.look(page, "dashboard of the news editor")
    try:
        schedule_news_and_approve_it(page, browser, server, screens, news_index, title)
    finally:
        NewsPage.objects.filter(title=title).delete()

    # 2. The tenders editor moves a tender's submission deadline to an hour before the opening
    # of bids (the seed's dates follow today's), typed in Jalali with Persian digits.
    tender = TenderPage.objects.filter(locale__language_code="fa", opening_at__isnull=False).live().first()
    deadline = timezone.localtime(tender.opening_at - datetime.timedelta(hours=1))
    typed = jdatetime.datetime.fromgregorian(datetime=deadline).strftime("%Y/%m/%d %H:%M").translate(PERSIAN_DIGITS)
    revisions_before = set(tender.revisions.values_list("pk", flat=True))
    kept = TenderPage.objects.filter(pk=tender.pk).values("latest_revision", "has_unpublished_changes").get()
    page = sign_in(browser, server, "editor-tenders")
    try:
        page.goto(f"{server.url}/admin/pages/{tender.pk}/edit/")
        page.wait_for_load_state("networkidle")
        screens.look(page, "tender editor")
        type_over(page, "input[name=submission_deadline]", typed)
        page.click("[name=title]")  # closes the calendar
        submit(page, "footer button.action-save")
        screens.look(page, "tender saved")
        assert page.input_value("input[name=submission_deadline]") == typed
        draft = TenderPage.objects.get(pk=tender.pk).get_latest_revision_as_object()
        assert draft.submission_deadline == deadline
    finally:
        page.context.close()
        tender.revisions.exclude(pk__in=revisions_before).delete()
        TenderPage.objects.filter(pk=tender.pk).update(**kept)

    # 3. Desk staff book the citizen who wrote to their department for a visit on 20 Dey 1405.
    staff = get_user_model().objects.get(username="desk-staff")
    department = Department.objects.in_default_language().filter(staff_group__in=staff.groups.all()).first()
    request = CitizenRequestFactory(department=department, subject="درخواست وقت ملاقات برای پرونده تعاونی")
    page = sign_in(browser, server, "desk-staff")
    try:
        screens.look(page, "dashboard of desk staff")
        page.goto(f"{server.url}/admin/citizen-requests/")
        page.wait_for_load_state("networkidle")
        screens.look(page, "requests desk")
        page.goto(f"{server.url}/admin/citizen-requests/edit/{request.pk}/")
        page.wait_for_load_state("networkidle")
        screens.look(page, "a request")
        page.select_option("select[name=status]", RequestStatus.VISIT_REQUESTED)
        type_over(page, "input[name=visit_at]", "۱۴۰۸/۱۰/۲۰ ۰۹:۳۰")
        page.fill("[name=visit_place]", "ساختمان اداره کل، طبقه دوم")
        page.fill("[name=visit_documents]", "کارت ملی و اساسنامه تعاونی")
        page.click("[name=visit_place]")  # closes the calendar
        screens.look(page, "visit being booked")
        submit(page, "button[name=action][value=answer]")
        screens.look(page, "visit booked")
        request = CitizenRequest.objects.get(pk=request.pk)
        assert request.visit_at == datetime.datetime(2030, 1, 9, 9, 30, tzinfo=TEHRAN)
    finally:
        page.context.close()
        CitizenRequest.objects.filter(pk=request.pk).delete()

    assert screens.problems == [], "\n".join(map(str, screens.problems))


@pytest.mark.usefixtures("accounts")
def test_a_comment_in_the_page_editor_is_dated_in_jalali_and_tehran_time(browser, server, django_db_blocker):
    """Wagtail dates comments in the browser; an English browser on UTC still reads the
    admin's Jalali date, in Persian digits, at Tehran's hour: 22:00 UTC on 20 March 2026 is
    01:30 on Nowruz 1405 in Tehran."""
    with django_db_blocker.unblock():
        read_a_comment(browser, server)


def read_a_comment(browser, server):
    from wagtail.models import Comment

    from newsroom.models import NewsPage

    head = get_user_model().objects.get(username="head-cooperatives")
    news = NewsPage.objects.filter(locale__language_code="fa", domain="cooperatives").first()
    comment = Comment.objects.create(
        page=news, user=head, text="عنوان را کوتاه‌تر کنید.", contentpath="title", position=""
    )
    Comment.objects.filter(pk=comment.pk).update(created_at=datetime.datetime(2026, 3, 20, 22, 0, tzinfo=datetime.UTC))
    page = sign_in(browser, server, "head-cooperatives", locale="en-US")
    try:
        page.goto(f"{server.url}/admin/pages/{news.pk}/edit/")
        page.wait_for_load_state("networkidle")
        page.click("[data-side-panel-toggle=comments]")
        date = page.locator(".comment-header__date").first
        date.wait_for(state="visible")
        assert date.inner_text() == "۱ فروردین ۱۴۰۵، ۱:۳۰"
        assert head.get_full_name() in page.inner_text(".comment-header__author")
    finally:
        page.context.close()
        comment.delete()


def schedule_news_and_approve_it(page, browser, server, screens, news_index, title):
    from newsroom.models import NewsPage

    page.goto(f"{server.url}/admin/pages/add/newsroom/newspage/{news_index.pk}/")
    page.wait_for_load_state("networkidle")
    screens.look(page, "new news item")
    page.fill("[name=title]", title)
    page.fill("textarea[name=lead]", "دوره آموزشی مدیران عامل تعاونی‌های استان در اسفند برگزار می‌شود.")
    # Wagtail 8 saves the draft on its own half a second after a change and then turns the
    # address into the page's edit address; a save clicked while that runs would make the page
    # twice (and fail on the slug). Wait for it, and open the draft it made.
    try:
        page.wait_for_function("() => /\\/admin\\/pages\\/[0-9]+\\/edit\\/$/.test(location.pathname)", timeout=20000)
    except PlaywrightTimeout:
        autosaved = NewsPage.objects.filter(title=title).first()
        if autosaved is not None:
            page.goto(f"{server.url}/admin/pages/{autosaved.pk}/edit/")
    page.wait_for_load_state("networkidle")
    page.click("[data-side-panel-toggle=status]")
    page.click("[data-a11y-dialog-show=schedule-publishing-dialog]")
    type_over(page, "input[name=go_live_at]", "۱۴۰۵/۱۲/۲۹ ۰۸:۳۰")
    page.click("#schedule-publishing-dialog h2")  # closes the calendar
    screens.look(page, "schedule dialog")
    submit(page, "#schedule-publishing-dialog button[type=submit]")
    news = NewsPage.objects.get(title=title)
    assert page.url.endswith(f"/admin/pages/{news.pk}/edit/"), page.url
    page.click("[data-side-panel-toggle=status]")
    assert "۲۹ اسفند ۱۴۰۵، ساعت ۸:۳۰" in page.inner_text("[data-side-panel=status]")
    screens.look(page, "news item saved with its schedule")
    page.click("footer [data-w-dropdown-target=toggle]")
    submit(page, "button[name=action-submit]")
    screens.look(page, "news item sent for review")
    page.context.close()

    # ... and the news reviewer approves and publishes it: it is scheduled, not yet live.
    page = sign_in(browser, server, "reviewer-news")
    screens.look(page, "dashboard of the news reviewer")
    assert title in page.inner_text("body")
    page.goto(f"{server.url}/admin/pages/{news.pk}/edit/")
    page.wait_for_load_state("networkidle")
    screens.look(page, "news item awaiting review")
    page.click("footer [data-w-dropdown-target=toggle]")
    submit(page, "footer button[data-workflow-action-name=approve]")
    screens.look(page, "news item approved")
    page.context.close()
    news = NewsPage.objects.get(pk=news.pk)
    scheduled = news.scheduled_revision
    assert scheduled is not None and not news.live
    assert scheduled.approved_go_live_at == datetime.datetime(2027, 3, 20, 8, 30, tzinfo=TEHRAN)


def test_an_empty_date_box_shows_the_year_where_a_typed_date_has_it(browser, server, persian_admin, django_db_blocker):
    """An empty date box's shape «سال/ماه/روز ساعت:دقیقه» stands in the order of the digits
    typed under it: the year at the left end of the box, where ۱۴۰۵ of «۱۴۰۵/۰۹/۱۵ ۱۰:۳۰» is.
    Read whole, a screenshot of the box seems to start with «دقیقه» (the eye reads the Persian
    words from the right): what is at the left end is measured here, in pixels, against the year
    drawn alone in the same box."""
    from home.models import SiteBanner
    from tenders.models import TenderPage

    with django_db_blocker.unblock():
        tender = TenderPage.objects.filter(locale__language_code="fa").first()
        banner = SiteBanner.objects.first()
    screens = [(f"/admin/pages/{tender.pk}/edit/", "documents_until")]
    screens += [(f"/admin/settings/home/sitebanner/{banner.site_id}/", "starts_at")] if banner else []
    for viewport in ({"width": 1366, "height": 900}, {"width": 390, "height": 844}):
        page = sign_in(browser, server, persian_admin.username, viewport=viewport)
        try:
            for url, name in screens:
                page.goto(server.url + url)
                field = page.locator(f"input[name={name}]")
                field.scroll_into_view_if_needed()
                field.evaluate("field => { field.value = ''; }")
                hint = field.get_attribute("placeholder")
                assert "سال" in hint, (url, hint)
                assert starts_with(field, "placeholder", hint, "\u200eسال"), (viewport, url, hint)
                assert starts_with(field, "value", "۱۴۰۵/۰۹/۱۵ ۱۰:۳۰", "۱۴۰۵"), (viewport, url)
        finally:
            page.context.close()


def starts_with(field, attribute, text, word):
    """True when `text`, shown in `field` as its `attribute`, has `word` at its left end."""

    def ink(shown):
        field.evaluate(f"(field, text) => {{ field.{attribute} = text; }}", shown)
        image = Image.open(io.BytesIO(field.screenshot())).convert("L")
        columns = [x for x in range(image.width) if min(image.crop((x, 4, x + 1, image.height - 4)).getdata()) < 200]
        return image, columns[0], columns[-1]

    whole, left, _ = ink(text)
    alone, start, end = ink(word)
    field.evaluate(f"field => {{ field.{attribute} = ''; }}")
    box = (0, 4, end - start + 1, alone.height - 4)
    return list(whole.crop((left, 0, whole.width, whole.height)).crop(box).getdata()) == list(
        alone.crop((start, 0, alone.width, alone.height)).crop(box).getdata()
    )
