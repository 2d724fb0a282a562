"""The small helpers every app shares (home/): each has one implementation, tested here."""

from types import SimpleNamespace

import pytest
from django.utils import translation

from home.language.i18n import localised
from home.language.text import format_money, format_number, join_list, to_ascii_digits
from tests.soup import parse

pytestmark = pytest.mark.django_db


def test_localised_picks_the_english_copy_on_english_pages_and_falls_back_to_persian():
    contact = SimpleNamespace(address="خیابان آزادی", address_en="Azadi Street", note="یادداشت", note_en="")
    with translation.override("fa"):
        assert localised(contact, "address") == "خیابان آزادی"
    with translation.override("en"):
        assert localised(contact, "address") == "Azadi Street"
        assert localised(contact, "note") == "یادداشت"
        assert localised(contact, "note", fallback=False) == ""
        assert localised({"message": "پیام", "message_en": "Notice"}, "message") == "Notice"


def test_money_and_numbers_use_each_language_s_separators():
    assert format_money(1250000, "fa") == "۱٬۲۵۰٬۰۰۰ ریال"
    assert format_money("۱۲۵۰۰۰۰", "en") == "1,250,000 rials"
    assert format_money(None, "fa") == format_money("n/a", "en") == ""
    assert format_number(12500.5, "fa", decimals=1) == "۱۲٬۵۰۰٫۵"
    assert format_number(12500.5, "en", decimals=1) == "12,500.5"
    assert to_ascii_digits("۱۲٣") == "123"


def test_lists_are_joined_with_each_language_s_separator():
    assert join_list(["کارگران", "کارفرمایان"], "fa") == "کارگران، کارفرمایان"
    assert join_list(["Workers", "Employers"], "en") == "Workers, Employers"


def test_service_and_tender_pages_write_amounts_with_persian_separators(client):
    from services.factories import make_service
    from services.models import ServiceIndexPage
    from tenders.models import TenderPage

    # The demo's services are all free, as the statement says; an editor may still set a fee.
    catalogue = ServiceIndexPage.objects.get(locale__language_code="fa")
    service = make_service(catalogue, slug="paid-service", is_free=False, cost_rials=12_500_000)
    tender = TenderPage.objects.live().filter(locale__language_code="fa", estimated_value__gt=999).first()
    for page, amount in ((service, service.cost_rials), (tender, tender.estimated_value)):
        html = client.get(page.url).content.decode()
        assert format_money(amount, "fa") in html
        assert "٬" in format_money(amount, "fa")


def test_json_ld_filter_cannot_be_closed_by_the_text_it_carries():
    import json

    from django.template import Context, Template

    data = {"name": "</script><script>alert(1)</script> & «تعاون»"}
    html = Template("{% load portal_tags %}{{ data|json_ld }}").render(Context({"data": data}))
    assert html.startswith('<script type="application/ld+json">') and html.count("</script>") == 1
    body = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(body) == data


def test_csv_exports_start_with_one_byte_order_mark():
    from home.language.csv_export import BomCsvExportMixin, with_bom

    class Export:
        def stream_csv(self, queryset):
            yield "code,title\r\n"

    class Listing(BomCsvExportMixin, Export):
        pass

    assert "".join(Listing().stream_csv(None)) == "\ufeffcode,title\r\n"
    assert with_bom("a,b\r\n") == "\ufeffa,b\r\n"


def test_site_settings_and_menus_are_kept_until_content_changes(rf, site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from home.models import ContactSettings
    from home.pages.menus import menu_links

    def request():
        return rf.get("/", HTTP_HOST=site.hostname)

    ContactSettings.for_request(request())
    menu_links("main", "fa")
    with CaptureQueriesContext(connection) as queries:
        ContactSettings.for_request(request())
        menu_links("main", "fa")
    assert not [q for q in queries.captured_queries if "contactsettings" in q["sql"] or "wagtailmenus" in q["sql"]]

    contact = ContactSettings.for_site(site)
    contact.organisation_name = "نام تازه اداره کل"
    contact.save()
    assert ContactSettings.for_request(request()).organisation_name == "نام تازه اداره کل"


@pytest.mark.usefixtures("rendered_context")
@pytest.mark.parametrize("number", ["abc", "9" * 5000, "-3", "99999"])
def test_a_bad_or_overlong_page_number_leads_to_a_page_of_the_listing(client, number):
    from newsroom.models import NewsIndexPage

    index = NewsIndexPage.objects.live().filter(locale__language_code="fa").first()
    response = client.get(index.url, {"page": number})
    assert response.status_code == 400
    assert response.context["page_obj"].number in (1, response.context["page_obj"].paginator.num_pages)


def test_listing_links_keep_the_filters_url_encoded_and_drop_what_no_page_reads(client):
    response = client.get("/search/", {"q": "بیمه کار", "utm_source": "x&y"})
    links = [a["href"] for a in _pagination_links(response.content.decode())]
    assert links, "the search for «بیمه کار» should fill more than one page"
    for href in links:
        assert href.startswith("?") and "page=" in href
        assert "q=%D8%A8%DB%8C%D9%85%D9%87+%DA%A9%D8%A7%D8%B1" in href
        assert "utm_source" not in href


def _pagination_links(html):

    nav = parse(html).select_one("nav.pagination")
    return nav.select("a") if nav else []


def test_form_documents_must_be_pdf_or_docx_and_show_a_title():
    from home.pages.documents import TitledDocumentMixin, is_form_document

    assert is_form_document(SimpleNamespace(file_extension="PDF"))
    assert is_form_document(SimpleNamespace(file_extension="docx"))
    assert not is_form_document(SimpleNamespace(file_extension="exe"))

    class Row(TitledDocumentMixin):
        def __init__(self, title):
            self.title, self.document = title, SimpleNamespace(title="فرم خام")

    assert Row("").display_title == "فرم خام"
    assert Row("فرم درخواست").display_title == "فرم درخواست"


def test_search_words_are_trimmed_and_cut_to_one_length_everywhere():
    from django.http import QueryDict

    from home.language.search import MAX_QUERY_LENGTH, query_text

    assert query_text(QueryDict("q=+%D8%A8%DB%8C%D9%85%D9%87+")) == "بیمه"
    assert query_text(QueryDict("")) == ""
    assert len(query_text(QueryDict("q=" + "a" * 5000))) == MAX_QUERY_LENGTH


def test_dead_ends_are_gone_and_the_opener_policy_is_sent_once(client):
    assert client.get("/search/suggest/", {"q": "روابط"}).status_code == 404
    response = client.get("/")
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_an_intro_page_saves_its_introduction_tidied_and_search_reads_it():
    from home.models import IntroPage
    from newsroom.models import NewsIndexPage
    from services.models import FAQIndexPage, ServiceIndexPage

    assert all(issubclass(model, IntroPage) for model in (NewsIndexPage, FAQIndexPage, ServiceIndexPage))
    index = NewsIndexPage.objects.filter(locale__language_code="fa").first()
    index.intro = "  \r\nتازه‌ترین خبرهای اداره کل\x00\r\n\r\n\r\n\r\nبایگانی ماه به ماه.  \n"
    index.full_clean()
    assert index.intro == "تازه‌ترین خبرهای اداره کل\n\nبایگانی ماه به ماه."
    assert index.intro in index.search_text_parts()


def test_a_rich_intro_page_saves_its_introduction_tidied_and_search_reads_it_as_text():
    from forms_pages.models import ContactPage, FormPage
    from home.models import RichIntroPage
    from tenders.models import TenderIndexPage

    assert all(issubclass(model, RichIntroPage) for model in (ContactPage, FormPage, TenderIndexPage))
    # One feature list for every rich introduction.
    assert {tuple(model._meta.get_field("intro").features) for model in (ContactPage, FormPage, TenderIndexPage)} == {
        ("bold", "italic", "link", "ul", "ol")
    }
    index = TenderIndexPage.objects.filter(locale__language_code="fa").first()
    index.intro = ' <p>آگهی‌های <a href="/fa/rules/">آیین‌نامه</a>\x00 باز</p><p> </p><p><br/></p>\n'
    index.full_clean()
    assert index.intro == '<p>آگهی‌های <a href="/fa/rules/">آیین‌نامه</a> باز</p>'
    assert "آگهی‌های آیین‌نامه باز" in index.search_text_parts()


def test_a_labelled_section_names_itself_by_its_heading_and_escapes_it():
    from django.template import Context, Template

    html = Template(
        '{% load portal_tags %}{% section "faq-heading" heading element="nav" class="faq" id="faq" %}'
        "<p>body</p>{% endsection %}"
    ).render(Context({"heading": "Q & <A>"}))
    assert html == (
        '<nav class="faq" id="faq" aria-labelledby="faq-heading"><h2 id="faq-heading">Q &amp; &lt;A&gt;</h2>'
        "<p>body</p></nav>"
    )
    plain = Template('{% load portal_tags %}{% section "x" "X" %}{% endsection %}').render(Context())
    assert plain == '<section aria-labelledby="x"><h2 id="x">X</h2></section>'


def test_a_table_that_scrolls_is_a_region_named_by_its_headings_the_keyboard_reaches():
    from django.template import Context, Template

    html = Template(
        '{% load portal_tags %}{% scroll_region "period-1" caption %}<table></table>{% endscroll_region %}'
    ).render(Context({"caption": 'kinds" onfocus="x'}))
    assert html == (
        '<div class="table-scroll" tabindex="0" role="region" aria-labelledby="period-1 kinds&quot; onfocus=&quot;x">'
        "<table></table></div>"
    )


@pytest.mark.parametrize(
    "language, text, attributes, in_pdf",
    [
        ("en", "پرسش درباره بیمه بیکاری", ' lang="fa" dir="auto"', ' lang="fa" dir="rtl"'),
        ("fa", "Question about my permit", ' lang="en" dir="auto"', ' lang="en" dir="ltr"'),
        ("fa", "پرسش درباره بیمه بیکاری", ' dir="auto"', ' dir="rtl"'),
        ("en", "Question about my permit", ' dir="auto"', ' dir="ltr"'),
        ("fa", "پروانه PDF", ' dir="auto"', ' dir="rtl"'),
        ("fa", "۱۲۳ - ۴۵", ' dir="auto"', ' dir="auto"'),
    ],
)
def test_what_someone_typed_is_marked_with_its_own_language(language, text, attributes, in_pdf):
    """On a page the browser finds the direction (dir="auto"); WeasyPrint does not, so a PDF
    names the one of the first letter that has one."""
    from home.templatetags.portal_tags import text_language

    with translation.override(language):
        assert text_language(text) == attributes
        assert text_language(text, "pdf") == in_pdf
