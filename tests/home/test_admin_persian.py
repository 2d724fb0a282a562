"""An admin that is Persian from the login page on.

Signs in as each demo role (a section editor, its head, the director, desk staff, and the
site administrator for the settings only they reach), opens the screens that role works in,
and fails on English interface words left in what a person sees (tests/home/admin_text.py).
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import override_settings
from wagtail.models import Page

from tests.admin_language import prefers_english
from tests.home.admin_text import english_runs
from tests.soup import soup

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def roles(demo_users, django_db_blocker):
    """The demo accounts of seed_editorial, a desk staff member and an administrator."""
    with django_db_blocker.unblock():
        admin = get_user_model().objects.create_superuser("admin-test", "admin-test@example.ir", "x-unused-123")
    yield demo_users | {admin.username: admin}
    with django_db_blocker.unblock():
        admin.delete()


def content_strings():
    """What editors and citizens wrote (English page titles, names, ...): not interface text."""
    from home.models import Department

    strings = set(Page.objects.values_list("title", flat=True))
    strings |= set(Page.objects.values_list("draft_title", flat=True))
    strings |= set(get_user_model().objects.values_list("username", flat=True))
    strings |= set(Group.objects.values_list("name", flat=True))
    strings |= set(Department.objects.in_language("en").values_list("name", flat=True))
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    strings |= set(get_image_model().objects.values_list("title", flat=True))
    strings |= set(get_document_model().objects.values_list("title", flat=True))
    from wagtailmenus.models import FlatMenu

    strings |= set(FlatMenu.objects.values_list("title", flat=True))
    strings |= set(FlatMenu.objects.values_list("handle", flat=True))
    from django.db import models
    from wagtail.snippets.models import get_snippet_models

    for model in get_snippet_models():  # names, questions and answers editors wrote
        text_fields = [f.name for f in model._meta.get_fields() if isinstance(f, (models.CharField, models.TextField))]
        for row in model.objects.values_list(*text_fields):
            strings |= {value for value in row if isinstance(value, str) and value}
    return strings


def persian(model, **filters):
    return model.objects.filter(locale__language_code="fa", **filters).first()


def screens(role):
    """The admin screens `role` works in, as URLs."""
    from forms_pages.models import CitizenRequest
    from home.models import SectionPage, StandardPage
    from newsroom.models import NewsIndexPage, NewsPage

    section = persian(SectionPage, slug="cooperatives")
    guide = StandardPage.objects.child_of(section).first()
    news_index = persian(NewsIndexPage)
    common = ["/admin/", "/admin/account/", "/admin/2fa/setup/", "/admin/pages/search/?q=تعاون"]
    pages = [
        f"/admin/pages/{section.pk}/",
        f"/admin/pages/{guide.pk}/edit/",
        f"/admin/pages/{guide.pk}/history/",
        f"/admin/pages/{section.pk}/add_subpage/",
        f"/admin/pages/add/home/standardpage/{section.pk}/",
        f"/admin/pages/{news_index.pk}/",
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/documents/multiple/add/",
        "/admin/reports/locked/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
    ]
    coop_news = NewsPage.objects.filter(locale__language_code="fa", domain="cooperatives").first()
    if coop_news:
        pages.append(f"/admin/pages/{coop_news.pk}/edit/")
    if role == "desk-staff":
        request = CitizenRequest.objects.order_by("pk").first()
        return common + ["/admin/citizen-requests/", f"/admin/citizen-requests/edit/{request.pk}/"]
    if role == "editor-services":
        from django.urls import reverse
        from wagtail.snippets.models import get_snippet_models

        snippets = [
            reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:list")
            for model in get_snippet_models()
            if model._meta.app_label == "services"
        ]
        assert snippets
        return common + ["/admin/snippets/"] + snippets
    if role == "director":
        return common + pages + ["/admin/reports/site-history/", "/admin/reports/aging-pages/", "/admin/snippets/"]
    if role == "admin-test":
        return common + [
            "/admin/workflows/list/",
            "/admin/workflows/tasks/index/",
            "/admin/users/",
            "/admin/groups/",
            "/admin/locales/",
            "/admin/wagtailmenus/mainmenu/",
            "/admin/wagtailmenus/flatmenu/",
            "/admin/settings/home/contactsettings/",
            "/admin/settings/home/sitebanner/",
            "/admin/redirects/",
            f"/admin/localize/submit/page/{guide.pk}/",
        ]
    return common + pages


ROLES = ["editor-cooperatives", "editor-services", "head-cooperatives", "director", "desk-staff", "admin-test"]


@pytest.mark.parametrize("role", ROLES)
def test_every_screen_a_role_uses_is_persian(roles, client, role):
    client.force_login(get_user_model().objects.get(username=role))
    content = content_strings()
    left = {}
    for url in screens(role):
        response = client.get(url, follow=True)
        assert response.status_code == 200, (role, url, response.status_code)
        for run in english_runs(response.content.decode(), content):
            left.setdefault(run, url)
    assert left == {}, f"English interface text for {role}: {left}"


def test_the_sign_in_screens_are_persian(client, django_user_model):
    """Login (its password label too), a wrong password, password reset, django-axes' lockout."""
    login = client.get("/admin/login/").content.decode()
    assert "گذرواژه" in login
    assert english_runs(login) == []
    wrong = client.post("/admin/login/", {"username": "nobody-here", "password": "wrong"}).content.decode()
    assert english_runs(wrong) == []
    assert english_runs(client.get("/admin/password_reset/").content.decode()) == []
    django_user_model.objects.create_user("locked-editor", "l@example.ir", "correct-horse-battery")
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=2):
        for _ in range(2):
            locked = client.post("/admin/login/", {"username": "locked-editor", "password": "wrong"})
    assert locked.status_code == 429
    assert english_runs(locked.content.decode()) == []


def test_the_two_factor_screens_are_persian(client, roles):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    editor = get_user_model().objects.get(username="editor-cooperatives")
    client.force_login(editor)
    assert english_runs(client.get("/admin/2fa/setup/").content.decode()) == []
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/admin/2fa/verify/")
    assert english_runs(response.content.decode()) == []
    wrong = client.post("/admin/2fa/verify/", {"token": "000000", "next": "/admin/"})
    assert english_runs(wrong.content.decode()) == []


def test_the_moderation_screens_are_persian(client, roles):
    """A page waiting for the head: the head's dashboard, editor, approval dialog and history;
    the editor's locked view with Wagtail's "awaiting moderation" banner."""
    from home.models import SectionPage, StandardPage

    section = SectionPage.objects.get(slug="cooperatives", locale__language_code="fa")
    guide = StandardPage.objects.child_of(section).first()
    editor = get_user_model().objects.get(username="editor-cooperatives")
    head = get_user_model().objects.get(username="head-cooperatives")
    guide.save_revision(user=editor)
    state = guide.get_workflow().start(guide, editor)
    task_state = state.current_task_state
    content = content_strings()

    client.force_login(editor)
    locked = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert "در انتظار بازبینی" in locked
    assert english_runs(locked, content) == []

    client.force_login(head)
    urls = [
        "/admin/",
        f"/admin/pages/{guide.pk}/edit/",
        f"/admin/pages/{guide.pk}/workflow_history/",
        f"/admin/pages/{guide.pk}/workflow_history/detail/{state.pk}/",
        f"/admin/pages/{section.pk}/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert english_runs(response.content.decode(), content) == [], url
    dialog = client.get(f"/admin/pages/workflow/action/{guide.pk}/reject/{task_state.pk}/")
    assert english_runs(dialog.json()["html"], content) == []


def test_relative_times_read_in_persian_digits(client, roles):
    """Wagtail's "3 days ago" (listings, history, the status panel) in Persian digits and one
    unit for Persian staff; English staff keep Wagtail's own text."""
    import re
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import PageLogEntry

    from home.models import SectionPage, StandardPage

    section = SectionPage.objects.get(slug="cooperatives", locale__language_code="fa")
    guide = StandardPage.objects.child_of(section).first()
    head = get_user_model().objects.get(username="head-cooperatives")
    revision = guide.save_revision(user=head, log_action=True)
    edited = timezone.now() - timedelta(days=3, hours=2)
    type(revision).objects.filter(pk=revision.pk).update(created_at=edited)
    Page.objects.filter(pk=guide.pk).update(latest_revision_created_at=edited)
    PageLogEntry.objects.filter(page=guide, revision=revision).update(timestamp=edited)
    client.force_login(head)

    latin_count = re.compile(r"[0-9]+\s*(?:&nbsp;|\xa0)?\s*(?:روز|ساعت|دقیقه|هفته|ماه|سال)")
    listing = client.get(f"/admin/pages/{section.pk}/").content.decode()
    assert "۳\xa0روز پیش" in listing or "۳ روز پیش" in listing
    assert "۲\xa0ساعت" not in listing and "۲ ساعت" not in listing  # one unit, as Wagtail means
    editor = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert re.search(f"۳(?:\xa0| )روز پیش به دست \u2068{head.get_full_name()}\u2069", editor)
    history = client.get(f"/admin/pages/{guide.pk}/history/").content.decode()
    assert re.search(r"۳(?:\xa0| )روز پیش", history)
    for html in (listing, editor, history):
        assert latin_count.search(html) is None

    prefers_english(head)
    english = client.get(f"/admin/pages/{section.pk}/").content.decode()
    assert re.search(r"3(?:\xa0| )days ago", english)
    assert "۳" not in english


@pytest.mark.usefixtures("rendered_context")
def test_an_editor_translates_a_page_into_english_for_the_head_to_publish(
    client, roles, django_capture_on_commit_callbacks
):
    """wagtail-localize's Translate action as a section editor; its notes date in Jalali; the head
    publishes the English page from the same translation editor, and it is then live at /en/."""
    import json
    import re

    from wagtail.models import Locale
    from wagtail_localize.models import StringSegment, Translation

    from newsroom.models import NewsPage

    english_keys = NewsPage.objects.filter(locale__language_code="en").values("translation_key")
    news = (
        NewsPage.objects.filter(locale__language_code="fa", domain="cooperatives")
        .exclude(translation_key__in=english_keys)
        .first()
    )
    en = Locale.objects.get(language_code="en")
    client.force_login(get_user_model().objects.get(username="editor-cooperatives"))

    submit = client.get(f"/admin/localize/submit/page/{news.pk}/")
    assert submit.status_code == 200
    assert english_runs(submit.content.decode(), content_strings()) == []
    response = client.post(f"/admin/localize/submit/page/{news.pk}/", {"locales": [en.pk]})
    english_page = NewsPage.objects.get(translation_key=news.translation_key, locale=en)
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{english_page.pk}/edit/"
    # Until it is translated and published, the English page is a draft: no Persian at /en/.
    assert not english_page.live

    editor_html = client.get(response["Location"]).content.decode()
    assert "js-translation-editor" in editor_html
    translation = Translation.objects.get(source__object_id=news.translation_key, target_locale=en)
    title = StringSegment.objects.filter(source=translation.source, string__data=news.title).first()
    saved = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{title.pk}/edit/",
        "value=Training+course+for+cooperative+managers",
        content_type="application/x-www-form-urlencoded",
    )
    assert saved.status_code == 201
    note = json.loads(saved.content)["comment"]
    assert note.startswith("ترجمه دستی در ")
    assert re.search(r"[۰-۹]+ (?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند) [۰-۹]{4}$", note)
    props = re.search(r'data-props="([^"]*)"', client.get(response["Location"]).content.decode()).group(1)
    assert "ترجمه دستی در" in props.replace("&quot;", '"') or "\\u062a\\u0631\\u062c\\u0645\\u0647" in props

    # The editor has no publish button here; the section's head publishes the English page.
    client.post(response["Location"], {"action": "publish"})
    english_page.refresh_from_db()
    assert not english_page.live
    client.force_login(get_user_model().objects.get(username="head-cooperatives"))
    # wagtail-localize publishes the translation's new revision in transaction.on_commit, after
    # the request's transaction commits; a test runs inside one that never commits, so the
    # callbacks are run here as the commit would run them in the browser.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        published = client.post(response["Location"], {"action": "publish"}, follow=True)
    assert callbacks
    said = [str(message) for message in published.context["messages"]] if published.context else []
    assert any("به انگلیسی" in message and "منتشر شد" in message for message in said), said
    english_page = NewsPage.objects.get(pk=english_page.pk)
    assert english_page.title == "Training course for cooperative managers"
    assert english_page.live and english_page.live_revision_id == english_page.latest_revision_id
    reader = client.get(english_page.url)
    assert reader.status_code == 200 and "Training course for cooperative managers" in reader.content.decode()


def test_an_editor_sends_a_page_for_review_with_a_persian_verb(client, roles):
    # Wagtail's own Persian says «ثبت کردن در …» ("register in"); the editor sends the page
    # to its workflow, named in «».
    from services.models import ServicePage

    service = ServicePage.objects.filter(locale__language_code="fa", domain="cooperatives").live().first()
    client.force_login(get_user_model().objects.get(username="editor-cooperatives"))
    page = client.get(f"/admin/pages/{service.pk}/edit/").content.decode()
    assert "فرستادن برای «تأیید شناسنامه خدمت»" in page
    assert "ثبت کردن در" not in page


def test_languages_are_named_in_the_readers_language(client, roles):
    """The account's language menu and the page explorer's locale menu name the languages in
    the admin's language: «انگلیسی» and «فارسی» for Persian staff, English words for English staff."""

    from home.models import SectionPage

    head = get_user_model().objects.get(username="head-cooperatives")
    section = SectionPage.objects.get(slug="cooperatives", locale__language_code="fa")
    client.force_login(head)

    def menus():
        account = soup(client.get("/admin/account/"))
        language = {
            o["value"]: o.get_text(strip=True) for o in account.select("select[name$=preferred_language] option")
        }
        explorer = soup(client.get(f"/admin/pages/{section.pk}/"))
        locales = {element.get_text(" ", strip=True) for element in explorer.select("[name=locale]")}
        locales |= {label.get_text(" ", strip=True) for label in explorer.select("label:has(input[name=locale])")}
        locales |= {link.get_text(" ", strip=True) for link in explorer.select("a[lang=en], a[lang=fa]")}
        return language, locales

    language, locales = menus()
    assert (language["fa"], language["en"]) == ("فارسی", "انگلیسی")
    assert language[""] == "استفاده از زبان سرور: فارسی"
    assert "انگلیسی" in locales and not any("English" in text for text in locales), locales

    prefers_english(head)
    language, locales = menus()
    assert (language["fa"], language["en"]) == ("Persian", "English")
    assert "English" in locales and not any("انگلیسی" in text for text in locales), locales
