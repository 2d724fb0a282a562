"""Wagtail's own Persian where a section head reviews and an editor follows a page: one word for a
published page, the workflow's tasks named as steps, plurals with the zero-width non-joiner."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Page

from tests.soup import parse, soup

pytestmark = pytest.mark.django_db


def test_the_page_explorer_and_the_workflow_history_read_in_the_portal_words(client, demo_users):
    from newsroom.models import NewsPage

    head = get_user_model().objects.get(username="head-cooperatives")
    client.force_login(head)
    news = NewsPage.objects.live().filter(locale__language_code="fa", domain="cooperatives").first()
    listing = client.get(f"/admin/pages/{news.get_parent().pk}/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "منتشرشده" in html and "به‌روزرسانی" in html and "صفحه‌ها" in html
    for wagtail_wording in ("زنده", "صفحه ها", "بروزرسانی شده"):
        assert wagtail_wording not in html, wagtail_wording

    news.save_revision(user=head)
    workflow = news.get_workflow()
    workflow.start(news, head)
    history = client.get(f"/admin/pages/{news.pk}/workflow_history/").content.decode()
    assert "مرحله‌ها" in history and "دستورالعمل" not in history
    detail = client.get(f"/admin/pages/{news.pk}/workflow_history/detail/{news.current_workflow_state.pk}/")
    assert "نخستین نسخه" in detail.content.decode() and "اولین بازبینی" not in detail.content.decode()
    editor = client.get(f"/admin/pages/{news.pk}/edit/").content.decode()
    with translation.override("fa"):
        kind = str(NewsPage._meta.verbose_name)
    assert f"ویرایش {kind}" in editor and "می باشد" not in editor
    assert Page.objects.get(pk=news.pk).specific.current_workflow_state is not None


def test_the_approve_dialog_names_the_reviewers_note_as_its_button_does(client, demo_users):
    """The dialog's field is Wagtail's «نظر»; the action that opens it and the history and e-mail
    that quote it say the same word, not «یادداشت»."""
    from newsroom.models import NewsPage

    head = get_user_model().objects.get(username="head-cooperatives")
    news = NewsPage.objects.live().filter(locale__language_code="fa", domain="cooperatives").first()
    news.save_revision(user=head)
    news.get_workflow().start(news, head)
    task_state = Page.objects.get(pk=news.pk).specific.current_workflow_state.current_task_state
    client.force_login(head)

    editor = client.get(f"/admin/pages/{news.pk}/edit/").content.decode()
    assert "تأیید با نظر" in editor and "تأیید با یادداشت" not in editor
    dialog = client.get(f"/admin/pages/workflow/collect_action_data/{news.pk}/approve/{task_state.pk}/")
    assert dialog.status_code == 200
    label = re.search(r'<label[^>]*for="id_comment"[^>]*>(.*?)</label>', dialog.json()["html"], re.S)
    assert label and label.group(1).strip() == "نظر"
    with translation.override("fa"):
        assert translation.gettext("with comment:") == "با نظر:"
        assert translation.gettext('The following comment was left: "%(comment)s"').startswith("نظر بازبین")

    workflow_state = task_state.workflow_state
    task_state.specific.approve(user=head, comment="سند پیوست را هم ببینید")
    detail = client.get(f"/admin/pages/{news.pk}/workflow_history/detail/{workflow_state.pk}/").content.decode()
    text = " ".join(parse(detail).get_text().split())  # the comment sits in a <bdi> of its own
    assert "با نظر: «سند پیوست را هم ببینید»" in text
    assert '"سند پیوست را هم ببینید"' not in text


def test_a_documents_copy_and_the_copy_page_action_are_two_words():
    """A service's document may be brought as a «تصویر» (a photocopy); Wagtail's action that
    copies a page is «کپی». One msgid served both, so every page's action menu offered «تصویر»."""
    from services.blocks import RequiredDocumentBlock

    with translation.override("fa"):
        assert translation.gettext("Copy") == "کپی"
        assert str(dict(RequiredDocumentBlock.base_blocks["form"].field.choices)["copy"]) == "تصویر"


# Forms of Wagtail's own Persian the staff walk of turn B met, each with the portal's word.
WRONG_FORMS = {
    "لیبل": "a stray word on every inline panel's add button",
    "بروزرسانی": "«به‌روزرسانی»",
    "بروز رسانی": "«به‌روزرسانی»",
    "درگاهبه": "a setting's name run into the verb",
    "دستورالعمل": "«مرحله», the portal's word for a workflow task",
    "اسلاگ": "«نامک»",
    "آپلود": "«بارگذاری»",
    "درحال": "«در حال»",
    "گروه ها": "«گروه‌ها», with the zero-width non-joiner",
    "مجموعه ها": "«مجموعه‌ها»",
    "ریدایرکت ها": "«ریدایرکت‌ها»",
    "برچسب های": "«برچسب‌های»",
}
FIXED_MSGIDS = [
    "Add %(label)s",
    "Task submitted by",
    "%(setting_type)s updated.",
    "%(model_name)s '%(object)s' updated.",
    "%(model_name)s '%(object)s' updated and published.",
    "Page '%(page_title)s' has been updated.",
    "Collection '%(object)s' updated.",
    "Group '%(object)s' updated.",
    "User '%(object)s' updated.",
    "Image '%(image_title)s' updated.",
    "Document '%(document_title)s' updated",
    "Redirect '%(redirect_title)s' updated.",
    "Update",
    "Wagtail upgrade available",
    "Image updated.",
    "New slug",
    "slug",
    "The slug '%(page_slug)s' is already in use within the parent page.",
    'This slug is already in use within the context of its parent page "%(parent_page_title)s"',
    "Saving…",
    "Saving...",
    "Publishing…",
    "Publishing...",
    "Upload",
    "Uploading…",
    "uploaded by user",
    "Sorry, upload failed.",
    "Drag and drop documents into this area to upload immediately.",
    "Drag and drop images into this area to upload immediately.",
    "Collections",
    "collections",
    "All collections",
    "Groups",
    "groups",
    "Private, accessible to users in specific groups",
    "Redirects",
    "Search redirects",
    "Popular tags",
    "A comma-separated list of tags.",
    "Please provide a comma-separated list of tags.",
    'Multi-word tags with spaces will automatically be enclosed in double quotes (").',
]


@pytest.mark.parametrize("msgid", FIXED_MSGIDS)
def test_wagtails_wrong_persian_stays_overridden(msgid):
    """Each message once read in one of the wrong forms above (Wagtail's own catalogue); our
    catalogue (LOCALE_PATHS, ahead of Wagtail's) gives the portal's words."""
    with translation.override("fa"):
        text = translation.gettext(msgid)
    assert text != msgid, "untranslated"
    assert "  " not in text.replace("\xa0", " ")
    found = {wrong: why for wrong, why in WRONG_FORMS.items() if wrong in text}
    assert found == {}, text


def test_staff_read_the_add_button_the_settings_message_and_the_reviewers_column_whole():
    with translation.override("fa"):
        assert translation.gettext("Add %(label)s") % {"label": "اخبار مرتبط"} == "افزودن اخبار مرتبط"
        saved = translation.gettext("%(setting_type)s updated.") % {"setting_type": "اعلان سراسری درگاه"}
        assert saved == "اعلان سراسری درگاه به‌روزرسانی شد."
        assert "مرحله" in translation.gettext("Task submitted by")


def test_listings_show_no_english_column_names_python_booleans_or_model_codes(admin_client):
    """The sites listing's «Port», «Site name», «Root page»; the survey answers' «True»/«False»;
    the forms listing's «(forms_pages.formpage)»."""
    from services.models import ServiceSurveyResponse

    assert ServiceSurveyResponse.objects.filter(visited_in_person=True).exists()
    assert ServiceSurveyResponse.objects.filter(visited_in_person=False).exists()

    def cells(url, selector):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        dom = soup(response)
        return [" ".join(cell.get_text(" ").split()) for cell in dom.select(selector)]

    headers = cells("/admin/sites/", "table.listing thead th")
    assert {"درگاه (پورت)", "نام سایت", "صفحهٔ ریشه"} <= set(headers), headers
    assert not {"Port", "Site name", "Root page"} & set(headers)

    survey = admin_client.get("/admin/snippets/services/servicesurveyresponse/").content.decode()
    text = parse(survey).select_one("table.listing").get_text(" ")
    assert not re.search(r"\b(True|False)\b", text)
    said = {span.get_text(strip=True) for span in parse(survey).select("td .w-sr-only")}
    assert {"بله", "خیر"} <= said, said

    forms = " ".join(cells("/admin/forms/", "table.listing td"))
    assert "forms_pages" not in forms and "فرم" in forms


def test_the_page_types_report_names_each_types_app_not_its_model_code(admin_client):
    """The page types usage report wrote «newsroom.newspage», «tenders.tenderpage» in its app
    column; it names the app in the reader's language, as the forms listing names the form's kind."""
    response = admin_client.get("/admin/reports/page-types-usage/")
    assert response.status_code == 200
    dom = soup(response)
    apps = {" ".join(cell.get_text(" ").split()) for cell in dom.select("table.listing td.app-label")}
    assert {"اخبار و اطلاعیه‌ها", "مناقصه‌ها و مزایده‌ها", "میز خدمات الکترونیک"} <= apps, apps
    assert not re.search(r"[a-z_]+\.[a-z_]+", " ".join(apps)), apps


def test_an_english_reader_is_refused_in_english(demo_users):
    """The director, reading the admin in English, opened the FAQ listing (not theirs to edit)
    and was sent to the dashboard under «متأسفانه اجازهٔ دسترسی به این بخش را ندارید.»: Wagtail
    writes its refusal after leaving the staff member's language. A Persian reader keeps Persian."""
    from django.contrib.messages import get_messages
    from django.test import Client

    from tests.admin_language import prefers_english

    def refusal(user):
        client = Client()
        client.force_login(user)
        response = client.get("/admin/snippets/services/faqitem/")
        assert response.status_code == 302
        return [str(message).strip() for message in get_messages(response.wsgi_request)]

    assert refusal(demo_users["editor-tenders"]) == ["متأسفانه اجازهٔ دسترسی به این بخش را ندارید."]
    assert refusal(prefers_english(demo_users["director"])) == [
        "Sorry, you do not have permission to access this area."
    ]


def test_the_trees_root_is_named_in_the_readers_language(client, demo_users):
    """The English admin's breadcrumbs began with «ریشه» (the root's stored Persian title)."""
    from tests.admin_language import prefers_english

    client.force_login(prefers_english(get_user_model().objects.create_superuser("root-in-english", "", "x")))
    news_index = Page.objects.get(pk=Page.objects.filter(depth=3, locale__language_code="fa").first().pk)
    crumbs = [
        link.get_text(" ", strip=True) for link in soup(client.get(f"/admin/pages/{news_index.pk}/")).select("nav ol a")
    ]
    assert crumbs[0] == "Root" and "ریشه" not in crumbs, crumbs
    with translation.override("fa"):
        assert Page.get_first_root_node().get_admin_display_title() == "ریشه"
