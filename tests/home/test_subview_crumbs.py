"""Where a page stands and who issued it: the trail of a routable page's sub-view (an archive, a
tag, a category) ends with the sub-view, under a link to its page; and every public page carries
a header for paper with the directorate's name, the page's address and the date it was printed."""

import pytest
from django.utils import timezone

from home.language.dates import format_date
from tests.language_runs import wrong_script_runs
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db


def trail(page):
    """Each crumb as (text, link or None, marked current)."""
    return [
        (
            item.get_text(strip=True),
            item.a["href"] if item.a else None,
            item.get("aria-current") == "page",
        )
        for item in page.select(".breadcrumbs li")
    ]


@pytest.mark.parametrize(
    ("path", "index", "index_url"),
    [
        ("/notices/archive/", "تابلوی اعلانات", "/notices/"),
        ("/news/archive/1405/9/", "اخبار", "/news/"),
        ("/news/tag/آمار/", "اخبار", "/news/"),
        ("/news/section/labour-relations/", "اخبار", "/news/"),
        ("/services/category/permits/", "میز خدمات الکترونیک", "/services/"),
        ("/tenders/archive/", "مناقصه‌ها و مزایده‌ها", "/tenders/"),
        ("/contact/anonymous/", "تماس با ما", "/contact/"),
        ("/en/notices/archive/", "Notice board", "/en/notices/"),
        ("/en/news/archive/2026/", "News", "/en/news/"),
        ("/en/services/category/permits/", "Electronic Services Desk", "/en/services/"),
        ("/en/tenders/archive/", "Tenders and auctions", "/en/tenders/"),
    ],
)
def test_a_sub_view_is_the_last_crumb_under_a_link_to_its_page(client, path, index, index_url):
    """«خانه / تابلوی اعلانات» on the notice archive named the board as the page, and did not link
    to it: the trail now goes on to the archive, by the words it is headed with."""
    page = ok_soup(client.get(path))
    crumbs = trail(page)
    assert crumbs[1] == (index, index_url, False)
    assert len(crumbs) == 3
    text, link, current = crumbs[-1]
    assert (link, current) == (None, True)
    # By the name the window's title gives the sub-view (its heading).
    assert text in " ".join(page.title.get_text().split())


@pytest.mark.parametrize(
    ("path", "last"),
    [
        ("/notices/archive/", "بایگانی اعلانات"),
        ("/news/tag/آمار/", "اخبار با برچسب «آمار»"),
        ("/services/category/permits/", "مجوزها و پروانه‌ها"),
        ("/tenders/archive/", "بایگانی مناقصه‌ها و مزایده‌ها"),
        ("/en/notices/archive/", "Notice archive"),
        ("/en/tenders/archive/", "Archive of tenders and auctions"),
    ],
)
def test_the_sub_views_crumb_says_which_one_it_is(client, path, last):
    assert trail(ok_soup(client.get(path)))[-1] == (last, None, True)


@pytest.mark.parametrize("path", ["/news/", "/services/", "/tenders/", "/notices/", "/en/news/", "/en/tenders/"])
def test_an_index_page_itself_is_still_the_current_crumb(client, path):
    crumbs = trail(ok_soup(client.get(path)))
    assert len(crumbs) == 2
    assert crumbs[-1][1:] == (None, True)


def test_two_sub_views_of_one_page_keep_their_own_trails(client):
    """The trail is kept until content changes per page: a tag's trail is not another tag's,
    nor the whole archive's."""
    assert trail(ok_soup(client.get("/news/tag/آمار/")))[-1][0] == "اخبار با برچسب «آمار»"
    assert trail(ok_soup(client.get("/news/archive/1405/9/")))[-1][0] == "اخبار آذر ۱۴۰۵"
    assert trail(ok_soup(client.get("/news/")))[-1] == ("اخبار", None, True)


NAME_FA = "اداره کل تعاون، کار و رفاه اجتماعی استان تهران"
NAME_EN = "General Directorate of Cooperatives, Labour and Social Welfare of Tehran Province"


@pytest.mark.parametrize(
    ("path", "name", "labels", "language"),
    [
        ("/services/unemployment-insurance/", NAME_FA, ("نشانی صفحه:", "تاریخ چاپ:"), "fa"),
        ("/news/job-fair-tehran/", NAME_FA, ("نشانی صفحه:", "تاریخ چاپ:"), "fa"),
        ("/tenders/cleaning-services-1405/", NAME_FA, ("نشانی صفحه:", "تاریخ چاپ:"), "fa"),
        ("/en/services/unemployment-insurance/", NAME_EN, ("Page address:", "Printed on:"), "en"),
        ("/en/news/job-fair-tehran/", NAME_EN, ("Page address:", "Printed on:"), "en"),
    ],
)
def test_a_printed_page_names_its_issuer_its_address_and_the_date(client, path, name, labels, language):
    """A service or a news item printed with no directorate, address or date on it (the header
    and footer are not printed): a header for paper only says them, outside the page's content."""
    header = ok_soup(client.get(path)).select_one("body > .print-header.print-only")
    assert header is not None
    text = " ".join(header.get_text(" ").split())
    assert name in text
    assert all(label in text for label in labels)
    assert "".join(header.select_one(".print-header__meta > bdi").stripped_strings) == f"http://testserver{path}"
    # Jalali on the Persian site, Gregorian on the English one.
    assert header.time.get_text() == format_date(timezone.now(), language=language)


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_printed_address_of_a_persian_tag_reads_as_its_letters(client, prefix):
    """«%D8%A2%D9%85%D8%A7%D8%B1» is no address a reader can type; each script's words are
    marked with their language (the Latin ones on a Persian page, the Persian on an English)."""
    header = ok_soup(client.get(f"{prefix}/news/tag/آمار/?page=1")).select_one(".print-header")
    address = "".join(header.select_one(".print-header__meta > bdi").stripped_strings)
    assert address == f"http://testserver{prefix}/news/tag/آمار/?page=1"
    assert wrong_script_runs(str(header), "en" if prefix else "fa") == []


def test_a_printed_preview_gives_the_address_the_page_has_on_its_site(admin_client):
    """The admin's preview is drawn for Wagtail's stand-in request, whose path is still
    percent-encoded: a Persian slug printed as «…/tenders/%25D9%2585…», twice encoded."""
    from tenders.models import TenderPage

    page = TenderPage.objects.filter(locale__language_code="fa").live().order_by("path").first()
    page.slug = "مناقصه-پیش-نمایش"
    page.save_revision().publish()
    page.refresh_from_db()
    header = ok_soup(admin_client.get(f"/admin/pages/{page.pk}/view_draft/")).select_one(".print-header")
    address = "".join(header.select_one(".print-header__meta > bdi").stripped_strings)
    assert address == f"{page.get_site().root_url}/tenders/مناقصه-پیش-نمایش/"
