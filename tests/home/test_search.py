"""Site search: normalised on both sides, per language, paginated and not indexed."""

import pytest
from django.utils import translation
from wagtail.models import Site
from wagtail.search.query import PlainText

from home.factories import StandardPageFactory
from home.language.search import MAX_WORDS, build_query
from home.language.text import normalise, to_ascii_digits
from home.models import HomePage
from newsroom.models import NewsIndexPage, NoticeIndexPage
from services.models import LawIndexPage, ServiceIndexPage
from tenders.models import TenderIndexPage
from tests.language_runs import wrong_script_runs
from tests.search_index import search_index_updates
from tests.shared_data import shared_data
from tests.soup import soup

# Pages these tests make are searched for: saves update the index (tests/search_index.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


def result_titles(response):
    page = soup(response)
    return [a.get_text(strip=True) for a in page.select("ol.listing h2 a")]


class TestEverySpellingOfOnePage:
    """One published guide, searched as people type. It is published once for the class, in a
    transaction rolled back when the class is done; each test runs in a savepoint inside it."""

    @pytest.fixture(scope="class")
    def published_guide(self, django_db_setup, django_db_blocker):
        with shared_data(django_db_blocker), search_index_updates(True):
            page = StandardPageFactory(
                parent=Site.objects.get(is_default_site=True).root_page.specific,
                title="راهنمای کارگاه‌ها",
                slug="workshop-guide",
                summary="من می‌خواهم پروانه کار بگیرم؛ بخشنامه شماره ۱۴۰۵ را بخوانید.",
            )
            page.save_revision().publish()
            yield page

    @pytest.fixture
    def guide(self, db, published_guide):
        return published_guide

    @pytest.mark.parametrize(
        "query",
        [
            "می‌خواهم",  # as written, with ZWNJ
            "میخواهم",  # joined
            "می خواهم",  # with a space
            "مي‌خواهم",  # Arabic yeh
            "كارگاه‌ها",  # Arabic kaf
            "۱۴۰۵",  # Persian digits
            "١٤٠٥",  # Arabic-Indic digits
            "1405",  # ASCII digits
        ],
    )
    def test_every_spelling_finds_the_page(self, client, guide, query):
        response = client.get("/search/", {"q": query})
        assert response.status_code == 200
        assert guide.title in result_titles(response)


def test_search_is_per_language(client, home_en):
    persian = result_titles(client.get("/search/", {"q": "روابط کار"}))
    assert "روابط کار" in persian
    english = result_titles(client.get("/en/search/", {"q": "labour relations"}))
    assert "Labour relations" in english
    assert "روابط کار" not in english
    assert "Labour relations" not in result_titles(client.get("/search/", {"q": "labour relations"}))


def test_results_are_not_indexed_by_search_engines(client):
    response = client.get("/search/", {"q": "کار"})
    assert response["X-Robots-Tag"] == "noindex"
    assert 'name="robots" content="noindex' in response.content.decode()


def test_empty_and_unmatched_queries(client):
    assert client.get("/search/").status_code == 200
    response = client.get("/search/", {"q": "واژه‌ای-که-هیچ-جا-نیست"})
    assert response.status_code == 200
    assert "empty-state" in response.content.decode()


def test_pagination_and_bad_page_numbers(client, home_fa):
    # Live pages as the factory makes them: saving a page indexes it, publishing adds nothing here.
    for n in range(12):
        StandardPageFactory(parent=home_fa, title=f"آزمون صفحه‌بندی {n}", slug=f"pager-{n}")
    first = client.get("/search/", {"q": "صفحه‌بندی"})
    assert len(result_titles(first)) == 10
    second = client.get("/search/", {"q": "صفحه‌بندی", "page": "2"})
    assert len(result_titles(second)) == 2
    # A bad page number shows the first page, one past the end the last, each a 400 that says so.
    bad = client.get("/search/", {"q": "صفحه‌بندی", "page": "abc"})
    assert bad.status_code == 400 and len(result_titles(bad)) == 10
    past = client.get("/search/", {"q": "صفحه‌بندی", "page": "999"})
    assert past.status_code == 400 and len(result_titles(past)) == 2


SEARCH_QUERY_CEILING = 2  # a warmed search that finds a few pages


def test_query_count_does_not_grow_with_results(
    client, home_fa, django_assert_max_num_queries, django_assert_num_queries
):
    def queries_for_results(n, prefix, expect):
        for i in range(n):
            # Live as the factory saves them: saving indexes a page; a publish adds nothing here.
            StandardPageFactory(parent=home_fa, title=f"{prefix} {i}", slug=f"{prefix}-{i}")
        client.get("/search/", {"q": prefix})  # warm per-request lookups (site, settings)
        with expect as captured:
            response = client.get("/search/", {"q": prefix})
        assert len(result_titles(response)) == n
        return len(captured)

    few = queries_for_results(2, "کمشمار", django_assert_max_num_queries(SEARCH_QUERY_CEILING))
    queries_for_results(5, "پرشمار", django_assert_num_queries(few))


@pytest.mark.parametrize("path", ["/search/", "/services/", "/faq/"])
def test_a_nul_character_in_the_query_is_not_a_server_error(client, path):
    """A NUL is refused before any view runs: a Persian 400 page, never a 500."""
    response = client.get(path, {"q": "کار\x00"})
    assert response.status_code == 400
    assert "نشانی درست نیست" in response.content.decode()


def test_a_pasted_run_without_spaces_makes_a_bounded_search():
    """«دادرسی» thirty times, no space (180 letters, under the length cap), was read as every
    compound it could be: SQLite's parser overflowed (a 500, or the misleading 503) and
    PostgreSQL got a query of dozens of alternatives. The search stays small whatever is pasted."""

    def terms(query):
        if isinstance(query, PlainText):
            return 1
        return sum(terms(part) for part in query.subqueries)

    assert terms(build_query(normalise("دادرسی" * 30))) == 1
    # Each of the first MAX_WORDS words is itself, or «داد» and «رسی».
    assert terms(build_query(normalise(" ".join(["دادرسی"] * 60)))) == 3 * MAX_WORDS
    # A compound typed without its space is still read as its parts.
    assert terms(build_query(normalise("بیمهبیکاری"))) == 3


@pytest.mark.parametrize("path", ["/search/", "/en/search/", "/services/"])
def test_a_pasted_run_without_spaces_is_answered(client, path):
    assert client.get(path, {"q": "دادرسی" * 30}).status_code == 200


@pytest.mark.parametrize("path", ["/search/", "/en/search/"])
def test_a_search_of_invisible_marks_alone_is_no_search(client, path):
    """A ZWNJ alone was said back as «برای «‌» نتیجه‌ای پیدا نشد»: it is no word at all."""
    response = client.get(path, {"q": "\u200c\u200f"})
    assert response.status_code == 200
    assert soup(response).select_one("main").get_text() == soup(client.get(path)).select_one("main").get_text()


@pytest.mark.parametrize("path", ["/search/", "/services/", "/en/search/", "/en/services/"])
def test_a_quote_in_the_query_finds_what_the_words_find(client, path):
    """An unpaired quote failed the search on SQLite (`make run`): a 500, or with DEBUG off the
    database-unavailable 503. It is no part of a word, so the words alone are looked for."""
    word = "بیمه" if not path.startswith("/en/") else "insurance"
    quoted = client.get(path, {"q": f'"{word}'})
    assert quoted.status_code == 200

    def found(response):  # the count of what was found, as the page says it
        return soup(response).select_one("p.meta[role=status]").get_text(" ", strip=True)

    assert found(quoted) == found(client.get(path, {"q": word}))


def test_a_page_published_after_a_search_is_found_by_the_same_search(client, home_fa):
    """Result lists are kept until content changes: a publish makes the next search fresh."""
    assert "راهنمای بیمه بیکاری کارگران فصلی" not in result_titles(client.get("/search/", {"q": "کارگران فصلی"}))
    page = StandardPageFactory(parent=home_fa, title="راهنمای بیمه بیکاری کارگران فصلی", slug="seasonal-workers")
    page.save_revision().publish()
    assert "راهنمای بیمه بیکاری کارگران فصلی" in result_titles(client.get("/search/", {"q": "کارگران فصلی"}))


def test_a_word_found_everywhere_lists_only_the_best_matches(client, monkeypatch):
    from home import views

    monkeypatch.setattr(views, "SEARCH_MAX_RESULTS", 3)
    response = client.get("/search/", {"q": "کار"})
    assert len(result_titles(response)) == 3
    assert "مرتبط‌ترین نتیجه‌ها" in response.content.decode()


def test_the_search_expression_has_its_own_index():
    """Without it every search reads the whole index table (0.75 s at 110,000 pages)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'home_search_title_body_gin'")
        (definition,) = cursor.fetchone()
    assert "gin" in definition and "title || body" in definition


def kind_filter(response):
    page = soup(response)
    return {
        item.get_text(" ", strip=True): (item.find("a")["href"] if item.find("a") else None)
        for item in page.select(".search-kinds li")
    }


def test_an_index_page_does_not_outrank_the_pages_it_lists(client):
    """«كار» (with an Arabic kaf) is on almost every page; the news archive must not lead."""
    response = client.get("/search/", {"q": "كار"})
    page = soup(response)
    kinds = [p.get_text(strip=True) for p in page.select("ol.listing li > p.meta")][:3]
    with translation.override("fa"):
        index_pages = {
            str(model._meta.verbose_name)
            for model in (NewsIndexPage, NoticeIndexPage, ServiceIndexPage, LawIndexPage, TenderIndexPage, HomePage)
        }
    assert len(kinds) == 3 and not index_pages & set(kinds), kinds
    assert kinds[0] == "خدمت"


def test_results_filter_by_kind_with_counts(client):
    everything = client.get("/search/", {"q": "بیمه بیکاری"})
    filters = kind_filter(everything)
    labels = " ".join(filters)
    for label in ("خدمت‌ها", "اخبار", "قوانین و مقررات", "اطلاعیه‌ها"):
        assert label in labels
    news_link = next(href for text, href in filters.items() if text.startswith("اخبار"))
    news_label = next(text for text in filters if text.startswith("اخبار"))
    news_count = int(to_ascii_digits(news_label.split("(")[1].rstrip(")")))
    only_news = client.get("/search/" + news_link)
    page = soup(only_news)
    kinds = {p.get_text(strip=True) for p in page.select("ol.listing li > p.meta")}
    assert kinds == {"خبر"}
    assert len(page.select("ol.listing > li")) == news_count
    # The chosen kind is marked, and "All" links back.
    assert page.select_one(".search-kinds [aria-current=page]").get_text(" ", strip=True).startswith("اخبار")
    # An unknown kind (a stale link) shows everything found, with a 400 that says so.
    response = client.get("/search/", {"q": "بیمه بیکاری", "kind": "nope"})
    assert response.status_code == 400 and len(soup(response).select("ol.listing > li")) > news_count


def test_the_kind_filter_is_english_on_the_english_site(client, home_en):
    labels = " ".join(kind_filter(client.get("/en/search/", {"q": "unemployment insurance"})))
    assert "Services" in labels and "News" in labels and "All" in labels
    assert not any("\u0600" <= ch <= "\u06ff" for ch in labels)


def test_a_search_that_no_page_fully_matches_offers_partial_matches(client):
    response = client.get("/search/", {"q": "مزد معوق"})
    assert "No page has all" not in response.content.decode()
    assert "هیچ صفحه‌ای همه" in response.content.decode()
    assert result_titles(response)


def test_faq_questions_are_found_and_open_the_filtered_list(client, home_fa):
    from services.models import FAQItem

    item = FAQItem.objects.filter(locale=home_fa.locale).first()
    item.question = "آیا کارگر فصلی مشمول بیمه سیارگان می‌شود؟"
    item.save()
    response = client.get("/search/", {"q": "سیارگان"})
    page = soup(response)
    link = page.select_one("ol.listing h2 a")
    assert link is not None and "?q=" in link["href"]
    assert "سیارگان" in client.get(link["href"]).content.decode()


def test_an_index_emptied_by_a_migration_is_written_again_after_migrate(client):
    """The normaliser's migration empties the index; post_migrate rebuilds it with the current models."""
    from django.core.cache import cache
    from wagtail.search.models import IndexEntry

    from home.language.search import rebuild_empty_index

    IndexEntry.objects.all().delete()
    assert result_titles(client.get("/search/", {"q": "روابط کار"})) == []
    rebuild_empty_index(sender=None)
    cache.clear()
    assert "روابط کار" in result_titles(client.get("/search/", {"q": "روابط کار"}))


def test_an_english_page_is_indexed_in_english_whatever_language_is_active():
    # The labels of a page's choices (a document's «Electronic file», a trigger's «Another
    # event…») were indexed in the language active when it was saved: the English service
    # pages' index held «فایل الکترونیکی», so a Persian search on /en/ found them.
    from services.models import ServicePage

    services = ServicePage.objects.filter(locale__language_code="en", required_documents__icontains="electronic")
    service = services.first()
    assert service is not None
    with translation.override("fa"):
        text = service.normalised_search_text()
    assert "Electronic file" in text
    assert not any("\u0600" <= letter <= "\u06ff" for letter in text), text


def test_an_english_word_is_found_in_either_number_and_a_wage_as_a_salary(client):
    def found(query):
        return set(result_titles(client.get("/en/search/", {"q": query})))

    laws, law = found("laws"), found("law")
    assert len(laws) > 1 and laws == law
    wages = found("wages")
    assert wages and wages == found("wage") == found("Wage")
    # «salary» is what many readers type for what the pages call wages.
    assert wages <= found("salary")


def test_persian_words_on_the_english_site_are_pointed_to_the_persian_search(client):
    page = soup(client.get("/en/search/", {"q": "دستمزد"}))
    link = page.select_one(".empty-state a[hreflang=fa]")
    assert link is not None and link["href"] == "/search/?q=%D8%AF%D8%B3%D8%AA%D9%85%D8%B2%D8%AF"
    assert soup(client.get(link["href"])).select("ol.listing h2 a")
    # An English word that finds nothing is not sent to the Persian site.
    assert soup(client.get("/en/search/", {"q": "zzyzx"})).select_one(".empty-state a[hreflang=fa]") is None


def test_latin_words_that_find_nothing_here_are_pointed_to_the_english_search(client):
    """«unemployment» on the Persian site found nothing and said no more, while Persian words on
    the English site are offered the Persian search: the same hint the other way."""
    box = soup(client.get("/search/", {"q": "unemployment"})).select_one(".empty-state")
    link = box.select_one("a[hreflang=en]")
    assert link is not None and link["href"] == "/en/search/?q=unemployment"
    assert soup(client.get(link["href"])).select("ol.listing h2 a")
    assert wrong_script_runs(str(box), "fa") == []
    # Latin words the English site has no page for either: no link to another empty page.
    assert soup(client.get("/search/", {"q": "zzyzx"})).select_one(".empty-state a[hreflang=en]") is None
