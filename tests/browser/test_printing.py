"""What a citizen gets on paper: pages printed from Chromium (print media, A4), read back with
pdftotext."""

import re
import subprocess

import pytest

pytestmark = pytest.mark.django_db

BIDI_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u200e\u200f"))


@pytest.fixture
def print_page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="fa-IR")
    page = context.new_page()
    page.emulate_media(media="print")
    yield page
    context.close()


def printed(page, tmp_path):
    """The page printed to A4 as pdftotext reads it, one string per sheet, bidi marks left out."""
    path = tmp_path / "printout.pdf"
    page.pdf(path=str(path), format="A4")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return [sheet.translate(BIDI_MARKS) for sheet in text.decode().split("\f") if sheet.strip()]


def test_printed_persian_form_numbers_fields_in_persian_with_one_mark_per_choice(print_page, server, tmp_path):
    print_page.goto(server.url + "/forms/labour-law-course-registration/print/")
    text = "\n".join(printed(print_page, tmp_path))
    numbers = re.findall(r"\.\s*([0-9۰-۹]+)\s*\S", text)
    assert numbers == ["۱", "۲", "۳", "۴", "۵"]  # were "1." to "5."
    # Each choice has its printed mark (drawn by CSS: no glyph to print), and no list bullet («◦»)
    # is drawn beside it.
    assert "◦" not in text and "•" not in text
    choices = print_page.locator(".print-fields ul > li")
    assert choices.count() == 5
    assert {choice.evaluate("li => getComputedStyle(li).listStyleType") for choice in choices.all()} == {"none"}
    marks = print_page.locator(".print-fields ul > li > .choice-mark")
    assert marks.count() == 5
    for mark in marks.all():
        box = mark.bounding_box()
        assert box["width"] >= 8 and box["height"] >= 8
        assert mark.evaluate("m => getComputedStyle(m).borderTopStyle") == "solid"


def test_printed_service_page_holds_the_faq_answers_and_the_address_once(
    print_page, server, card_with_address, tmp_path
):
    print_page.goto(server.url + "/services/unemployment-insurance/")
    assert print_page.locator("details.faq").count() >= 2
    sheets = printed(print_page, tmp_path)
    text = "\n".join(sheets)
    assert "مهلت ثبت درخواست بیمه بیکاری چقدر است؟" in text
    assert "سی روز پس از تاریخ بیکاری" in text  # the answer was left out: only questions printed
    assert text.count(card_with_address.removeprefix("https://")) == 1  # was the link, then "(…)"
    # A question and its answer share a sheet (the first answer used to start the next one).
    question, answer = "چه کسانی مشمول بیمه بیکاری هستند؟", "بدون میل و اراده خود بیکار"
    assert any(question in sheet and answer in sheet for sheet in sheets)


def test_folded_answers_open_for_printing_and_fold_again_after(page, server):
    page.goto(server.url + "/services/unemployment-insurance/")
    faqs = page.locator("details.faq")
    faqs.first.locator("summary").click()  # the reader opened one before printing
    assert faqs.evaluate_all("all => all.map(d => d.open)") == [True] + [False] * (faqs.count() - 1)
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert faqs.evaluate_all("all => all.every(d => d.open)")
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert faqs.evaluate_all("all => all.map(d => d.open)") == [True] + [False] * (faqs.count() - 1)


def test_printable_form_fits_a_phone_at_its_own_width(browser, server):
    """The printable form read on a phone before printing: laid out at the phone's width, not
    the 980 px a page without a viewport gets (its text was shrunk to 40 %), with the site's
    icon (the browser asked for a missing /favicon.ico)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, locale="fa-IR")
    page = context.new_page()
    missing = []
    page.on("response", lambda response: response.status >= 400 and missing.append(response.url))
    try:
        for path in ("/forms/labour-law-course-registration/print/", "/en/forms/labour-law-course-registration/print/"):
            page.goto(server.url + path, wait_until="load")
            assert page.evaluate("[window.innerWidth, document.documentElement.scrollWidth]") == [390, 390], path
            assert page.evaluate("window.visualViewport.scale") == 1, path
            assert page.locator("link[rel=icon]").count() == 1, path
    finally:
        context.close()
    assert missing == []


def test_printed_news_item_holds_the_article_without_the_related_news(print_page, server, tmp_path):
    """A printed news item is the article: the related news cards (pictures and links to other
    items) took the rest of its sheet and a second one of their own."""
    print_page.goto(server.url + "/news/job-fair-tehran/")
    assert print_page.locator(".related-news").count() == 1  # on screen they are there
    sheets = printed(print_page, tmp_path)
    assert "نمایشگاه کار استان تهران" in sheets[0]
    assert "اخبار مرتبط" not in "\n".join(sheets)
    assert len(sheets) == 1
