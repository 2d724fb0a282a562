"""The Persian normaliser: every spelling variant of a word folds to one form."""

import pytest
from django.template import Context, Template
from django.utils import translation

from home.language.text import (
    digit_group_runs,
    format_file_size,
    format_number,
    has_arabic_script,
    normalise,
    to_ascii_digits,
    to_persian_digits,
)


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("علي", "علی"),  # Arabic yeh
        ("موسى", "موسی"),  # alef maksura
        ("كار", "کار"),  # Arabic kaf
        ("مدرسة", "مدرسه"),  # teh marbuta
        ("كـــار", "کار"),  # tatweel
        ("کَارْگَر", "کارگر"),  # diacritics
        ("می‌خواهم", "میخواهم"),  # ZWNJ
        ("می خواهم", "میخواهم"),  # space instead of ZWNJ
        ("میخواهم", "میخواهم"),
        ("نمی خواهم", "نمیخواهم"),
        ("کتاب‌ها", "کتاب"),  # plural ending, with ZWNJ
        ("کتاب ها", "کتاب"),  # with a space
        ("کتابها", "کتاب"),  # joined
        ("پرونده‌های", "پرونده"),
        ("حادثه‌ای", "حادثه"),  # indefinite ending after ZWNJ
        ("مشمول‌اند", "مشمول"),
        ("معوقات", "معوقه"),  # Arabic plural of a word in «ه»
        ("بازنشستگان", "بازنشسته"),
        ("کم‌ترین", "کمترین"),  # comparative: joined, not cut
        ("بیمه‌بیکاری", "بیمه بیکاری"),  # a ZWNJ between the parts of a compound
        ("تنها", "تنها"),  # "only", not a plural
        ("گواهی", "گواهی"),  # «ی» is left alone
        ("رایگان", "رایگان"),
        ("۱۴۰۵", "1405"),  # Persian digits
        ("١٤٠٥", "1405"),  # Arabic-Indic digits
        ("  کار   و   رفاه ", "کار و رفاه"),
        ("کار\x00", "کار"),  # control characters (PostgreSQL refuses NUL)
        ('"بیمه', "بیمه"),  # an unpaired quote (SQLite's full-text search read it as syntax)
        ('بیمه"بیکاری', "بیمه بیکاری"),
    ],
)
def test_variants_fold_to_one_form(variant, canonical):
    assert normalise(variant) == canonical


def test_all_three_zwnj_forms_match_each_other():
    forms = {normalise("می‌خواهم"), normalise("میخواهم"), normalise("می خواهم")}
    assert len(forms) == 1


def test_empty_and_none():
    assert normalise("") == ""
    assert normalise(None) == ""


def test_digit_helpers():
    assert to_ascii_digits("کد ۱۲۳-٤٥") == "کد 123-45"
    assert to_persian_digits("1405/09/03") == "۱۴۰۵/۰۹/۰۳"


def test_the_stemmer_does_not_join_unrelated_words_of_the_corpus():
    """The suffix rules were checked against every word of the demo content; these pairs of
    different words must stay apart."""
    for first, second in [("گواهی", "گواه"), ("ایران", "ایر"), ("دفتر", "دف"), ("نامه", "نام"), ("بیمه", "بیم")]:
        assert normalise(first) != normalise(second)


@pytest.mark.parametrize(
    ("value", "options", "persian", "english"),
    [
        (1250000, {}, "۱٬۲۵۰٬۰۰۰", "1,250,000"),
        (12500.5, {}, "۱۲٬۵۰۰٫۵", "12,500.5"),
        (4.26, {"decimals": 1}, "۴٫۳", "4.3"),
        (4.0, {"decimals": 1}, "۴", "4"),
        ("17", {}, "۱۷", "17"),
        (0, {}, "۰", "0"),
    ],
)
def test_numbers_carry_the_separators_of_their_language(value, options, persian, english):
    assert format_number(value, "fa", **options) == persian
    assert format_number(value, "en", **options) == english


@pytest.mark.parametrize("value", [99985, 1250000, 1000])
def test_admin_counts_written_with_intcomma_group_like_format_number(value):
    """Wagtail writes its listing counts with `intcomma` («۱ تا ۲۰ از ۹۹٬۹۸۵ صفحه‌ها», its digits
    made Persian in the browser): grouped in each language as `format_number` groups them, while
    a number written plainly (a year, an id in a link) and a decimal in a style attribute stay as
    they are."""
    plain = Template("{% load humanize %}{{ value|intcomma }} {{ value }} {{ ratio }}")
    context = Context({"value": value, "ratio": 12.5})
    for language in ("fa", "en"):
        with translation.override(language):
            assert plain.render(context) == f"{to_ascii_digits(format_number(value, language))} {value} 12.5"


def test_wagtails_listing_paginator_groups_its_count_below_the_page_links():
    """Under the explorer's page links Wagtail wrote «99985 صفحه‌ها» with an f-string; it reads as
    the count above the listing does (home.language.i18n.install_admin_count_grouping)."""
    from wagtail.admin.paginator import WagtailPaginator

    with translation.override("fa"):
        assert WagtailPaginator(range(99985), 20).items_count_label.startswith("99\u066c985 ")
    with translation.override("en"):
        assert WagtailPaginator(range(99985), 20).items_count_label == "99,985 items"
        assert WagtailPaginator(range(1), 20).items_count_label == "1 item"


def test_the_translations_reports_count_names_translations_in_the_readers_language():
    """Under wagtail-localize's translations report Wagtail wrote «۱ translation»: the model's name
    is Django's, made from its class, English in every language."""
    from wagtail.admin.paginator import WagtailPaginator
    from wagtail_localize.models import Translation

    class Translations(list):
        model = Translation

    with translation.override("fa"):
        assert WagtailPaginator(Translations([1]), 20).items_count_label == "1 ترجمه"
        assert WagtailPaginator(Translations(range(1205)), 20).items_count_label == "1\u066c205 ترجمه"
    with translation.override("en"):
        assert WagtailPaginator(Translations([1]), 20).items_count_label == "1 translation"
        assert WagtailPaginator(Translations(range(1205)), 20).items_count_label == "1,205 translations"


@pytest.mark.parametrize(
    ("size", "persian", "english"),
    [
        (1, "۱ بایت", "1 byte"),
        (512, "۵۱۲ بایت", "512 bytes"),
        (15155, "۱۴٫۸ کیلوبایت", "14.8 KB"),
        (2_621_440, "۲٫۵ مگابایت", "2.5 MB"),
    ],
)
def test_file_sizes_in_the_readers_units(size, persian, english):
    assert format_file_size(size, "fa") == persian
    assert format_file_size(size, "en") == english


def test_spaced_and_hyphenated_numbers_are_pieces_of_their_own():
    assert digit_group_runs("مانند ۰۹۱۲ ۳۴۵ ۶۷۸۹ وارد کنید") == [
        ("مانند ", False),
        ("۰۹۱۲ ۳۴۵ ۶۷۸۹", True),
        (" وارد کنید", False),
    ]
    assert digit_group_runs("کد ۰۷۶۴۸-۹۰۴۱۵") == [("کد ", False), ("۰۷۶۴۸-۹۰۴۱۵", True)]
    assert digit_group_runs("۱۲ ماه") == [("۱۲ ماه", False)]


def test_a_date_and_time_is_no_spaced_number():
    """The desk's error summary showed «مانند ۱۴۰۵/۰۹/۱۵ ۱۴:۳۰» as «۱۴/۱۴۰۵/۰۹ ۳۰:۱۵»: the day and
    the hour («۱۵ ۱۴») were isolated left to right as if one spaced number."""
    text = "مانند ۱۴۰۵/۰۹/۱۵ ۱۴:۳۰ یا 1405/09/15 14:30"
    assert digit_group_runs(text) == [(text, False)]


def test_mark_language_keeps_file_types_and_spaced_numbers_left_to_right():
    from django.utils import translation

    from home.templatetags.portal_tags import mark_language

    with translation.override("fa"):
        html = str(mark_language("فایل PDF، JPEG یا PNG؛ مانند ۰۹۱۲ ۳۴۵ ۶۷۸۹"))
    assert html == (
        'فایل <bdi lang="en">PDF</bdi>، <bdi lang="en">JPEG</bdi> یا <bdi lang="en">PNG</bdi>؛ '
        'مانند <bdi dir="ltr" class="ltr-token">۰۹۱۲ ۳۴۵ ۶۷۸۹</bdi>'
    )
    with translation.override("en"):
        assert str(mark_language("like 0912 345 6789")) == 'like <bdi dir="ltr" class="ltr-token">0912 345 6789</bdi>'


LONG_CODE = "X" * 40


@pytest.mark.parametrize(
    ("language", "marker", "text", "html"),
    [
        (
            "en",
            "mark_language",
            "Secretariat, tel. 021-00000000 (sample), tenders@example.ir",
            'Secretariat, tel. <bdi dir="ltr" class="ltr-token">021-00000000</bdi> (sample), '
            '<bdi dir="ltr" class="ltr-address"><span class="ltr-token">tenders</span><wbr>'
            '<span class="ltr-token">@example.ir</span></bdi>',
        ),
        (
            "en",
            "mark_language",
            "Ref. T-1405-011, +98 21 8888 0000",
            'Ref. <bdi dir="ltr" class="ltr-token">T-1405-011</bdi>, <bdi dir="ltr" class="ltr-token">+98 21 8888 0000</bdi>',
        ),
        ("en", "mark_language", "An e-mail, a well-known page, from 7:30", "An e-mail, a well-known page, from 7:30"),
        # A web address may break after a slash, never at its hyphen («unemployment-» / «insurance»).
        (
            "en",
            "mark_language",
            "See https://example.ir/unemployment-insurance.",
            'See <bdi dir="ltr" class="ltr-address"><span class="ltr-token">https://</span><wbr><span class="ltr-token">example.ir/</span>'
            '<wbr><span class="ltr-token">unemployment-insurance</span></bdi>.',
        ),
        ("en", "ltr_token", "021-00000000", '<bdi dir="ltr" class="ltr-token">021-00000000</bdi>'),
        (
            "fa",
            "mark_language",
            "تلفن ۰۲۱-۰۰۰۰۰۰۰۰، کد TLS-00005، tel. 021-0000",
            'تلفن <bdi dir="ltr" class="ltr-token">۰۲۱-۰۰۰۰۰۰۰۰</bdi>، کد <bdi dir="ltr" lang="en" class="ltr-token">TLS-00005</bdi>، '
            '<bdi lang="en">tel. <bdi dir="ltr" class="ltr-token">021-0000</bdi></bdi>',
        ),
        (
            "fa",
            "ltr_token",
            "info@example.ir",
            '<bdi dir="ltr" lang="en" class="ltr-address"><span class="ltr-token">info</span><wbr>'
            '<span class="ltr-token">@example.ir</span></bdi>',
        ),
        # The example in the e-mail error: «name» ended a line and «@example.com» began the next.
        (
            "fa",
            "mark_language",
            "نشانی ایمیل را به شکل name@example.com وارد کنید.",
            'نشانی ایمیل را به شکل <bdi dir="ltr" lang="en" class="ltr-address"><span class="ltr-token">name</span>'
            '<wbr><span class="ltr-token">@example.com</span></bdi> وارد کنید.',
        ),
        ("fa", "ltr_token", "۰۲۱-۸۸۰۰ <b>", '<bdi dir="ltr" class="ltr-token">۰۲۱-۸۸۰۰ &lt;b&gt;</bdi>'),
        ("fa", "ltr_token", LONG_CODE, f'<bdi dir="ltr" lang="en">{LONG_CODE}</bdi>'),
    ],
)
def test_numbers_codes_and_e_mails_are_tokens_no_line_breaks_inside(language, marker, text, html):
    """«tel. 021-00000000» broke at its hyphen on the English tender notice at 390 px: a number,
    a code or an e-mail is marked as one token in both languages (`.ltr-token`, no wrapping),
    an e-mail or a web address as one `.ltr-address` (moved whole to the next line: «name» /
    «@example.com» in the e-mail error at 390 px) of pieces, its name and its domain, or those
    between its slashes, where it may break when no whole line holds it; a hyphenated word and a
    token too long for a phone's line are left to wrap."""
    from home.templatetags import portal_tags

    with translation.override(language):
        assert str(getattr(portal_tags, marker)(text)) == html


def test_a_marked_token_stays_one_token_as_a_whole():
    from home.templatetags.portal_tags import ltr_token, mark_language

    with translation.override("fa"):
        assert str(ltr_token(mark_language("T-۱۴۰۵-۰۱۱"))) == (
            '<bdi dir="ltr" class="ltr-token"><bdi dir="ltr" lang="en" class="ltr-token">T-</bdi>'
            '<bdi dir="ltr" class="ltr-token">۱۴۰۵-۰۱۱</bdi></bdi>'
        )


def test_mark_language_marks_persian_words_on_english_pages():
    """A name that falls back to Persian on an English page says it is Persian, right to left."""
    from django.utils import translation

    from home.templatetags.portal_tags import mark_language

    with translation.override("en"):
        assert str(mark_language("Office: اداره کار و رفاه <b>")) == (
            'Office: <bdi lang="fa" dir="rtl">اداره کار و رفاه</bdi> &lt;b&gt;'
        )
        # Joined names keep the separator outside; a half-space stays inside its word.
        assert str(mark_language("Workers, کارفرمایان خُرد, آموزش‌ها")) == (
            'Workers, <bdi lang="fa" dir="rtl">کارفرمایان خُرد</bdi>, <bdi lang="fa" dir="rtl">آموزش‌ها</bdi>'
        )


def test_a_persian_count_names_its_items_in_the_singular():
    """In Persian a noun after a number stays singular: «۵ صفحه», not «۵ صفحه‌ها» as Wagtail's
    count under a listing wrote it; English keeps its plural."""
    from wagtail.admin.paginator import WagtailPaginator
    from wagtail.models import Page

    class Pages(list):
        model = Page

    with translation.override("fa"):
        assert WagtailPaginator(Pages(range(5)), 20).items_count_label == "5 صفحه"
        assert WagtailPaginator(Pages(range(1205)), 20).items_count_label == "1\u066c205 صفحه"
    with translation.override("en"):
        assert WagtailPaginator(Pages(range(5)), 20).items_count_label == "5 pages"
        assert WagtailPaginator(Pages([1]), 20).items_count_label == "1 page"


@pytest.mark.parametrize(
    ("text", "found"),
    [("Dear Ali, your permit is ready.", False), ("Room 12, ۲nd floor", True), ("با سلام", True), ("", False)],
)
def test_arabic_script_is_found_in_a_letter_or_a_digit(text, found):
    assert has_arabic_script(text) is found


def test_a_download_name_keeps_its_words_apart_without_a_zwnj():
    """Chromium saved «داده‌های-درخواست» as «داده_های-درخواست»: the ZWNJ goes out as a space."""
    from home.language.file_names import content_disposition

    assert content_disposition("داده\u200cهای-درخواست.json") == (
        "attachment; filename*=utf-8''%D8%AF%D8%A7%D8%AF%D9%87%20%D9%87%D8%A7%DB%8C-"
        "%D8%AF%D8%B1%D8%AE%D9%88%D8%A7%D8%B3%D8%AA.json"
    )
    assert content_disposition("card.pdf", inline=True) == 'inline; filename="card.pdf"'
