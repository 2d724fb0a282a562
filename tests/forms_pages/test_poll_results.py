"""A poll is one poll in both languages, its dates say whether they are past, and its editors see
its results in the admin (forms_pages/models/polls.py, forms_pages/poll_admin.py)."""

import csv
import datetime
import io
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone, translation
from wagtail.models import Locale

from forms_pages.factories import FormPageFactory, PollOptionFactory, PollPageFactory
from forms_pages.models import FormsIndexPage, PollPage, PollVote
from tests.soup import soup

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def poll(forms_index):
    """A Persian poll (بله/خیر) and its English copy (Yes/No), both live and open."""
    persian = PollPageFactory(parent=forms_index, slug="two-language-poll", opens_at=timezone.now() - 3 * DAY)
    PollOptionFactory(page=persian, label="بله", sort_order=0)
    PollOptionFactory(page=persian, label="خیر", sort_order=1)
    english = persian.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title, english.question = "Two-language poll", "Which one?"
    english.save_revision().publish()
    english.refresh_from_db()
    for option, label in zip(english.options.order_by("sort_order"), ["Yes", "No"], strict=True):
        option.label = label
        option.save()
    return persian, english


def options(page):
    return list(page.options.order_by("sort_order"))


def cast(page, option_index, count, prefix):
    option = options(page)[option_index]
    PollVote.objects.bulk_create([PollVote(page=page, option=option, voter=f"{prefix}{n}") for n in range(count)])


# The seeded editor groups (forms_pages/apps.py and the other apps' editor_group).
GROUPS = {
    "editor-forms": "ویراستاران فرم‌ها و نظرسنجی‌ها",
    "editor-news": "ویراستاران اخبار",
    "editor-tenders": "ویراستاران مناقصه‌ها",
}


def signed_in(username):
    """A client signed in as a new member of the demo role `username`'s editor group."""
    user = get_user_model().objects.create_user(f"{username}-test", password="pw")
    user.groups.add(Group.objects.get(name=GROUPS[username]))
    client = Client()
    client.force_login(user)
    return client


# 2. One poll in two languages -------------------------------------------------------------


def test_results_count_the_votes_of_both_language_copies(poll):
    persian, english = poll
    cast(persian, 0, 3, "fa")
    cast(english, 1, 1, "en")
    for page in (persian, english):
        rows, total = page.results()
        assert total == 4
        assert [(option.page_id, votes, percent) for option, votes, percent in rows] == [
            (page.pk, 3, 75.0),
            (page.pk, 1, 25.0),
        ]


def test_results_take_one_query(poll, django_assert_max_num_queries):
    persian, english = poll
    cast(persian, 0, 2, "fa")
    cast(english, 0, 1, "en")
    with django_assert_max_num_queries(1):
        rows, total = english.results()
    assert total == 3


def test_a_vote_in_one_language_is_the_vote_in_the_other(poll):
    persian, english = poll
    browser = Client()
    yes = options(persian)[0]
    assert browser.post(persian.url, {"option": yes.pk}).status_code == 302
    # The English page shows the results with the vote in English, and refuses a second one.
    english_page = soup(browser.get(english.url))
    assert english_page.select_one("#my-vote").get_text(strip=True) == "Your vote: Yes. Thank you."
    assert english_page.select_one(".poll-results caption").get_text(strip=True) == "Results (1 vote)"
    again = browser.post(english.url, {"option": options(english)[1].pk})
    assert again.status_code == 409
    assert PollVote.objects.filter(page__in=[persian, english]).count() == 1


def test_a_vote_empties_the_cache_of_both_copies(poll):
    persian, english = poll
    cast(persian, 0, 1, "fa")
    assert sorted(PollVote.objects.get(page=persian).pages_showing()) == sorted([persian.url, english.url])


# 3. Dates before and after ------------------------------------------------------------------


def meta(page, client=None):
    return " ".join(soup((client or Client()).get(page.url)).select_one("p.meta").get_text(" ").split())


def test_a_poll_that_has_opened_says_opened_and_one_to_come_says_opens(poll):
    persian, english = poll
    assert meta(english).startswith("Opened ")
    assert meta(persian).startswith("آغاز: ")
    english.opens_at = timezone.now() + 3 * DAY
    english.save_revision().publish()
    assert meta(english).startswith("Opens ")


def test_a_closed_poll_says_closed(poll):
    _persian, english = poll
    english.closes_at = timezone.now() - DAY
    english.save_revision().publish()
    assert meta(english).split(" · ")[-1].startswith("Closed ")
    english.closes_at = timezone.now() + DAY
    english.save_revision().publish()
    assert meta(english).split(" · ")[-1].startswith("Closes ")


def test_a_form_that_has_opened_says_opened(forms_index):
    form = FormPageFactory(parent=forms_index, slug="opened-form", opens_at=timezone.now() - DAY)
    assert meta(form).startswith("آغاز: ")
    with translation.override("en"):
        assert str(form.opens_label()) == "Opened"
        assert str(form.opens_label(now=form.opens_at - DAY)) == "Opens"
        form.closes_at = timezone.now() + DAY
        assert str(form.closes_label()) == "Closes"
        assert str(form.closes_label(now=form.closes_at)) == "Closed"


# 1. The results in the admin ----------------------------------------------------------------


def results_url(page):
    return f"/admin/polls/{page.pk}/results/"


def test_the_poll_editor_sees_the_results_of_both_copies(poll):
    persian, english = poll
    cast(persian, 0, 1234, "fa")
    cast(english, 1, 1, "en")
    editor = signed_in("editor-forms")
    response = editor.get(results_url(persian))
    assert response.status_code == 200
    page = soup(response)
    assert [td.get_text(strip=True) for td in page.select(".poll-admin__votes")] == ["۱٬۲۳۴", "۱"]
    assert [td.get_text(" ", strip=True).split()[-1] for td in page.select(".poll-admin__percent")] == [
        "۹۹٫۹٪",
        "۰٫۱٪",
    ]
    assert page.select_one(".poll-admin__total").get_text(strip=True) == "۱٬۲۳۵"
    assert page.select_one(".poll-admin__status").get_text(strip=True) == "باز"
    assert "آغاز:" in page.select_one(".poll-admin__facts").get_text()
    # Each date that is set, after its word, in Jalali with Persian digits.
    dates = [persian.opens_at, persian.closes_at]
    times = page.select(".poll-admin__facts time")
    assert len(times) == len([d for d in dates if d]) and all(
        time.get_text()[0] in "۰۱۲۳۴۵۶۷۸۹" and "ساعت" in time.get_text() for time in times
    )
    copies = page.select_one(".poll-admin__copies").get_text(" ", strip=True)
    assert "۱٬۲۳۴ رأی" in copies and "۱ رأی" in copies
    # The same counts from the English copy's address.
    english_page = soup(editor.get(results_url(english)))
    assert english_page.select_one(".poll-admin__total").get_text(strip=True) == "۱٬۲۳۵"


def test_an_editor_of_another_section_is_refused(poll):
    persian, _english = poll
    for username in ("editor-news", "editor-tenders"):
        client = signed_in(username)
        refused = client.get(results_url(persian))
        assert refused.status_code == 403
        assert "فقط ویراستاران آن می‌بینند" in soup(refused).select_one("[role=alert]").get_text()
        assert client.get(f"/admin/polls/{persian.pk}/results.csv").status_code == 403


def test_an_address_that_is_not_a_poll_is_not_found(forms_index):
    assert signed_in("editor-forms").get(results_url(forms_index)).status_code == 404


def test_the_results_download_as_csv_with_a_bom(poll):
    persian, english = poll
    cast(persian, 0, 3, "fa")
    cast(english, 1, 1, "en")
    response = signed_in("editor-forms").get(f"/admin/polls/{persian.pk}/results.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows == [["گزینه", "رأی", "درصد"], ["بله", "3", "75.0"], ["خیر", "1", "25.0"], ["جمع", "4", "100"]]


def test_persian_staff_save_the_results_under_a_persian_name(poll):
    """It was «poll-<id>-results.csv», English words for the Persian staff."""
    persian, _english = poll
    response = signed_in("editor-forms").get(f"/admin/polls/{persian.pk}/results.csv")
    expected = quote("نتیجه-نظرسنجی-two-language-poll.csv")
    assert response["Content-Disposition"] == f"attachment; filename*=utf-8''{expected}"


def test_the_poll_editor_and_its_listing_lead_to_the_results(poll):
    persian, _english = poll
    client = signed_in("editor-forms")
    edit = client.get(f"/admin/pages/{persian.pk}/edit/").content.decode()
    assert results_url(persian) in edit and "نتیجهٔ نظرسنجی" in edit
    index = FormsIndexPage.objects.get(locale__language_code="fa")
    assert results_url(persian) in client.get(f"/admin/pages/{index.pk}/").content.decode()
    # No such button on a page that is not a poll, nor for someone who may not edit the poll.
    assert "/results/" not in client.get(f"/admin/pages/{index.pk}/edit/").content.decode()
    assert results_url(persian) not in signed_in("editor-news").get(f"/admin/pages/{index.pk}/").content.decode()


def test_polls_are_one_per_translation_key_in_the_seeded_site():
    """The demo's poll in two languages (/en/forms/news-channel/) is counted as one poll."""
    english = PollPage.objects.get(slug="news-channel", locale__language_code="en")
    persian = english.get_translation(Locale.objects.get(language_code="fa"))
    assert (
        english.results()[1]
        == persian.results()[1]
        == PollVote.objects.filter(page__translation_key=english.translation_key).count()
    )
