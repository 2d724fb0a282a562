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
    r"|متاسف|مبدا(?![\u0600-\u06FF])"  # «متأسف», «مبدأ» carry their hamza
    r"|رویه|ساخته شده|پیشفرض"  # a workflow is «گردش کار»; «ساخته‌شده», «پیش‌فرض» are one word
    r"|هیچ %\(model_name\)s"  # «هیچ» before a plural name («هیچ درخواست‌های شهروندان»)
    r"|مثلا(?!\u064b)"  # «مثلاً» carries its tanvin
    # One word for each: the contact form's «شماره همراه» and «ایمیل» fields were refused with
    # «شماره موبایل» and «نشانی رایانامه» in their own error messages.
    r"|موبایل|رایانامه"
    r"|چک باکس"  # «چک‌باکس» is one word
    # An editor's empty image and document listings read «هنوز تصویر آپلود نکرده اید»: the
    # portal says «بارگذاری», and the ending «اید» is joined to its verb with a ZWNJ.
    r"|آپلود|[\u0600-\u06FF]ه (?:اید|ایم|ام)(?![\u0600-\u06FF])"
    r"|فورمت|کامپیوتر"  # the upload screens' formats and computer: «قالب», «رایانه»
    r"|وگتیل|ادمین|اعمال بیشتر"  # «پیشخوان مدیریت», «کنش‌های بیشتر»; Wagtail is written in Latin
    r"|[\u0600-\u06FF]ه\u200cی(?![\u0600-\u06FF\u200c])"  # the ezafe after «ه» is «هٔ» («نسخهٔ قبلی»)
)

# Screens no editor of the portal meets: Django's own admin and its debug and CSRF pages, the
# Sites setting (administrators only), JSON and formset internals.
NOT_SEEN_BY_EDITORS = {
    "Could not load JSON data.",
    "Nested arrays must have the same length.",
    "If true, this site will handle requests for all other hostnames that do not have a site entry of their own",
    "The install worked successfully! Congratulations!",
    "memory cost",  # a password hash's parameters (Django's admin only)
    "time cost",
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
        if WRONG.search(text) and msgid not in NOT_SEEN_BY_EDITORS and not msgid.startswith(NOT_SEEN_PREFIXES)
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
        ("Sorry, you do not have permission to access this area.", "متأسفانه اجازهٔ دسترسی به این بخش را ندارید."),
        ("No %(model_name)s match your query.", "موردی از %(model_name)s با جست‌وجوی شما جور نیست."),
    ],
)
def test_what_an_editor_meets_on_every_page_reads_whole(msgid, persian):
    with translation.override("fa"):
        assert translation.gettext(msgid) == persian
