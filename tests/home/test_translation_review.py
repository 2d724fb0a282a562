"""An English translation reaches someone who may publish it (home/pages/translation_review.py).

wagtail-localize's translation editor has no "submit for moderation": an editor who may not
publish sends the translation for review there; the people who take the last step of the page's
workflow are mailed and see it on their dashboard; publishing it there tells the editor.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from home.models import TranslationReview
from newsroom.models import NewsPage, NoticePage
from services.models import ServicePage
from tests.home.test_workflow_reach import expected_approvers
from tests.shared_data import shared_data

pytestmark = pytest.mark.django_db

NOTE = "لطفاً بند دوم را با متن فارسی مقایسه کنید."


def user(username):
    return get_user_model().objects.get(username=username)


def translated_copy(model, editor, suffix="review", **filters):
    """A new Persian page of `model` (a copy of a demo one) and its English translation, made
    the way "Translate this page" makes it: a synced wagtail-localize translation, a draft."""
    original = model.objects.filter(locale__language_code="fa", **filters).order_by("path").first()
    copy = original.copy(
        update_attrs={"slug": f"{original.slug}-{suffix}", "title": f"{original.title} (بازبینی ترجمه {suffix})"},
        user=editor,
    )
    TranslationCreator(editor, [Locale.objects.get(language_code="en")]).create_translations(copy)
    english = copy.get_translation(Locale.objects.get(language_code="en"))
    assert not english.live
    return copy, english


CASES = [
    # (content editor, page type, filter): the approver is the workflow's last step.
    ("editor-news", NewsPage, {"domain": "employment"}),
    ("editor-services", ServicePage, {}),
    ("editor-notices", NoticePage, {"domain": ""}),
]


@pytest.fixture(scope="module")
def shared_copies(demo_users, django_db_blocker):
    """{model: (Persian page id, English translation id)} of each case's translated copy, made
    once for the module in a transaction rolled back after it. Each test runs in a savepoint
    inside it, so what a test does to its copy (a review asked for, the translation published)
    is rolled back after that test (copying and translating a page for each test was most of
    the cost of the tests that only send or refuse a review)."""
    with shared_data(django_db_blocker):
        copies = {}
        for editor_name, model, filters in CASES:
            persian, english = translated_copy(model, user(editor_name), **filters)
            copies[model] = (persian.pk, english.pk)
        yield copies


@pytest.fixture
def copy_of(db, shared_copies):
    """The shared translated copy of `model`: fresh instances (Persian, English) for this test."""

    def fetch(model):
        persian_pk, english_pk = shared_copies[model]
        return model.objects.get(pk=persian_pk), model.objects.get(pk=english_pk)

    return fetch


@pytest.mark.parametrize("editor_name, model, filters", CASES, ids=[case[1].__name__ for case in CASES])
def test_a_translation_sent_for_review_reaches_its_publisher_who_publishes_it(
    copy_of, client, django_capture_on_commit_callbacks, editor_name, model, filters
):
    editor = user(editor_name)
    persian, english = copy_of(model)
    publisher = user(expected_approvers(persian)[-1])
    edit_url = f"/admin/pages/{english.pk}/edit/"

    client.force_login(editor)
    screen = client.get(edit_url).content.decode()
    assert f'action="/admin/translation-review/{english.pk}/"' in screen
    assert publisher.get_full_name() in screen

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/translation-review/{english.pk}/", {"note": NOTE})
    assert response.status_code == 302 and response["Location"] == edit_url
    review = TranslationReview.objects.get(page=english, closed_at__isnull=True)
    assert review.requested_by == editor and review.note == NOTE
    assert [message.to for message in mail.outbox] == [[publisher.email]]
    told = mail.outbox[0]
    assert persian.title in told.subject
    assert f"«{NOTE}»" in told.body and edit_url in told.body

    # Asked once: a second press says so and mails nobody.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(f"/admin/translation-review/{english.pk}/", {"note": ""}, follow=True)
    assert "پیش‌تر برای بازبینی فرستاده شده" in again.content.decode()
    assert TranslationReview.objects.filter(page=english).count() == 1 and mail.outbox == []

    # The publisher finds it on the dashboard; someone else does not.
    client.force_login(publisher)
    assert edit_url in client.get("/admin/").content.decode()
    client.force_login(user("editor-tenders"))
    assert edit_url not in client.get("/admin/").content.decode()

    # Publishing in the translation editor closes it and tells the editor.
    client.force_login(publisher)
    assert "ترجمهٔ زیر را بررسی کنید" in client.get(edit_url).content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        published = client.post(edit_url, {"action": "publish"})
    assert published.status_code == 302
    english.refresh_from_db()
    review.refresh_from_db()
    assert english.live
    assert review.closed_by == publisher and review.closed_at is not None
    assert [message.to for message in mail.outbox] == [[editor.email]]
    assert "منتشر" in mail.outbox[0].subject and publisher.get_full_name() in mail.outbox[0].body

    # The editor may ask again for the next round of changes.
    client.force_login(editor)
    assert f'action="/admin/translation-review/{english.pk}/"' in client.get(edit_url).content.decode()


def test_only_an_editor_of_the_translation_may_send_it(copy_of, client):
    editor = user("editor-news")
    persian, english = copy_of(NewsPage)
    url = f"/admin/translation-review/{english.pk}/"

    def refused(response):
        # The admin's way with PermissionDenied: back to the dashboard, with its message.
        return response.status_code == 302 and response["Location"] == "/admin/"

    client.force_login(user("editor-tenders"))  # may not edit news
    assert refused(client.post(url, {"note": ""}))
    client.force_login(user("editor-cooperatives"))  # edits news of another domain only
    assert refused(client.post(url, {"note": ""}))
    client.force_login(editor)
    assert client.get(url).status_code == 405
    assert refused(client.post(f"/admin/translation-review/{persian.pk}/", {"note": ""}))  # not a translation
    assert client.post("/admin/translation-review/999999/", {"note": ""}).status_code == 404
    assert not TranslationReview.objects.filter(page__in=[persian, english]).exists()


def test_a_note_too_long_is_refused_with_a_persian_message(copy_of, client):
    editor = user("editor-news")
    _persian, english = copy_of(NewsPage)
    client.force_login(editor)
    response = client.post(f"/admin/translation-review/{english.pk}/", {"note": "ب" * 1001}, follow=True)
    assert response.status_code == 200
    assert "یادداشت را به ۱٬۰۰۰ نویسه یا کمتر کوتاه کنید." in response.content.decode()
    assert not TranslationReview.objects.filter(page=english).exists()


def test_a_mail_that_fails_loses_no_request(copy_of, client, django_capture_on_commit_callbacks, monkeypatch):
    def refuse(self, messages):
        raise ConnectionRefusedError("SMTP server down")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    editor = user("editor-news")
    _persian, english = copy_of(NewsPage)
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/translation-review/{english.pk}/", {"note": NOTE})
    assert response.status_code == 302
    assert TranslationReview.objects.filter(page=english, requested_by=editor, closed_at__isnull=True).exists()
    # ... and the publisher still finds it on the dashboard.
    client.force_login(user(expected_approvers(english)[-1]))
    assert f"/admin/pages/{english.pk}/edit/" in client.get("/admin/").content.decode()


def test_the_publishers_are_listed_in_the_readers_language(demo_users):
    from django.utils import translation

    from home.pages.translation_review import names

    people = [user("director"), user("head-employment")]
    full = [person.get_full_name() for person in people]
    with translation.override("fa"):
        assert names(people) == "، ".join(full)
    with translation.override("en"):
        assert names(people) == ", ".join(full)


def test_a_dashboard_of_someone_who_publishes_nowhere_costs_one_query(demo_users, django_assert_num_queries):
    from home.pages.translation_review import reviews_for

    editor = user("editor-news")
    for number in range(3):
        _persian, english = translated_copy(NewsPage, editor, suffix=f"review-{number}", domain="employment")
        TranslationReview.objects.create(page=english, requested_by=editor)
    outsider = user("editor-tenders")
    with django_assert_num_queries(1):
        assert reviews_for(outsider) == []
    assert len(reviews_for(user("head-employment"))) == 3


def test_an_english_note_keeps_its_full_stop_after_its_last_word(copy_of, client, django_capture_on_commit_callbacks):
    """An English note quoted in a Persian sentence is its own run of text (<bdi>, dir="auto"):
    otherwise "Ready <b>now</b>." read «.Ready now» on the editor's screen and on the
    publisher's dashboard; the note stays escaped."""
    editor = user("editor-news")
    persian, english = copy_of(NewsPage)
    publisher = user(expected_approvers(persian)[-1])
    note = "Ready <b>now</b>."
    escaped = "Ready &lt;b&gt;now&lt;/b&gt;."
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/translation-review/{english.pk}/", {"note": note})
    assert f"<bdi>{escaped}</bdi>" in client.get(f"/admin/pages/{english.pk}/edit/").content.decode()
    client.force_login(publisher)
    assert f'<div class="w-help-text" dir="auto">{escaped}</div>' in client.get("/admin/").content.decode()
