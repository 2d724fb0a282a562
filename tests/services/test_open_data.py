"""Open data, feeds, laws and FAQ: parsed, not string-matched."""

import csv
import io
import json

import feedparser
import pytest
from wagtail.models import Site

from home.language.text import to_persian_digits
from services.factories import LawIndexPageFactory, LawPageFactory, make_service
from services.models import FAQItem, LawPage, ServiceIndexPage, ServicePage
from tests.services.conftest import make_catalogue
from tests.shared_data import shared_data
from tests.soup import soup

pytestmark = pytest.mark.django_db


def live_fa_services():
    return ServicePage.objects.live().filter(locale__language_code="fa")


def test_csv_export_has_bom_and_every_service(client):
    response = client.get("/open-data/services.csv")
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == live_fa_services().count()
    codes = {row["service code"] for row in rows}
    assert codes == set(live_fa_services().values_list("service_code", flat=True))
    permit = next(r for r in rows if r["title"] == "صدور پروانه کار اتباع خارجی")
    assert permit["online service address"] == ""  # none is known: the demo makes none up
    assert "قانون کار" in permit["related laws"]


def test_json_export(client):
    data = json.loads(client.get("/open-data/services.json").content)
    assert data["count"] == live_fa_services().count() >= 25
    record = next(s for s in data["services"] if s["title"] == "ثبت درخواست بیمه بیکاری")
    assert record["code"].startswith("TLS-")
    assert record["delivery_level"] == "electronic"
    assert record["required_documents"] and record["laws"] and record["channels"] and record["workflow"]
    assert record["free_of_charge"] is True


def test_every_demo_service_is_free_as_the_statement_says(client):
    """«ارائه خدمات در این دستگاه هزینه ای ندارد»: four demo cards showed sample fees
    («مبلغ نمونه است»), on the card, its PDF and the open data."""
    for path in ("/open-data/services.json", "/en/open-data/services.json"):
        services = json.loads(client.get(path).content)["services"]
        assert services and all(record["free_of_charge"] for record in services), path
    assert "مبلغ نمونه" not in client.get("/services/foreign-work-permit/").content.decode()


def test_a_fee_an_editor_sets_is_in_the_cpsv_ap_cost(client):
    catalogue = ServiceIndexPage.objects.get(locale__language_code="fa")
    make_service(catalogue, slug="paid-in-open-data", title="خدمت با هزینه", is_free=False, cost_rials=2_500_000)
    graph = json.loads(client.get("/open-data/services.jsonld").content)["@graph"]
    node = next(n for n in graph if n["dct:title"]["@value"] == "خدمت با هزینه")
    assert node["cv:hasCost"]["cv:value"] == 2_500_000 and node["cv:hasCost"]["cv:currency"] == "IRR"


def test_english_export_lists_english_services(client):
    data = json.loads(client.get("/en/open-data/services.json").content)
    assert data["count"] == ServicePage.objects.live().filter(locale__language_code="en").count() > 0
    assert "Applying for unemployment insurance" in {s["title"] for s in data["services"]}


@pytest.mark.parametrize("language, path, name", [("fa", "/", "services.csv"), ("en", "/en/", "services-en.csv")])
def test_csv_lists_are_kept_apart_by_one_fixed_separator_in_both_languages(client, language, path, name):
    """A program splits a list cell on «; » whichever language's file it reads (the Persian one
    used «؛», the English one «; »), and the two files have their own names."""
    response = client.get(f"{path}open-data/services.csv")
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    cells = [row[column] for row in rows for column in ("channels", "audiences", "related laws")]
    assert any("; " in cell for cell in cells)
    assert not any("؛" in cell for cell in cells)
    # The separator splits the channels cell into the service's channel codes.
    record = json.loads(client.get(f"{path}open-data/services.json").content)["services"][0]
    row = next(row for row in rows if row["service code"] == record["code"])
    assert row["channels"].split("; ") == [item["channel"] for item in record["channels"]]


def test_cpsv_ap_json_ld(client):
    response = client.get("/open-data/services.jsonld")
    assert response["Content-Type"].startswith("application/ld+json")
    data = json.loads(response.content)
    assert data["@context"]["cv"] == "http://data.europa.eu/m8g/"
    graph = data["@graph"]
    assert len(graph) == live_fa_services().count()
    node = next(n for n in graph if n["dct:title"]["@value"] == "صدور پروانه کار اتباع خارجی")
    assert node["@type"] == "cpsv:PublicService"
    assert node["dct:identifier"].startswith("TLS-")
    assert node["cv:hasChannel"] and node["cv:hasInput"] and node["cv:hasLegalResource"]
    assert node["cv:hasCost"] == {
        "@type": "cv:Cost",
        "cv:value": 0,
        "cv:currency": "IRR",
        "dct:description": "رایگان",
    }
    assert node["cv:processingTime"]["@value"] == "P15D"


def test_unknown_export_format_is_404(client):
    assert client.get("/open-data/services.xml").status_code == 404


def test_feed_of_catalogue_changes(client, catalogue):
    fresh = make_service(catalogue, slug="brand-new", title="خدمت تازه آزمایشی")
    for url in ("/feeds/services/rss/", "/feeds/services/atom/"):
        response = client.get(url)
        assert response.status_code == 200
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.bozo_exception
        titles = [entry.title for entry in feed.entries]
        assert titles[0] == f"خدمت تازه آزمایشی ({fresh.service_code})"
        assert feed.entries[0].link.endswith(fresh.url)
        assert feed.entries[0].tags[0].term
        assert feed.feed.get("language", "fa").startswith("fa")
        # The feed's link is the catalogue it follows; its own address is the self link.
        catalogues = ServiceIndexPage.objects.live().filter(locale__language_code="fa")
        assert feed.feed.link in ["http://testserver" + index.url for index in catalogues]
        assert [entry.href for entry in feed.feed.links if entry.rel == "self"] == ["http://testserver" + url]
    etag = client.get("/feeds/services/rss/")["ETag"]
    assert client.get("/feeds/services/rss/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_feed_is_registered():
    from home.pages.feeds import registered_feeds

    assert "services" in {entry.key for entry in registered_feeds()}


# -- laws ------------------------------------------------------------------------------------


class TestALawCitedByServices:
    """A law of its own and an empty catalogue for the services citing it, published once for
    the class in a transaction rolled back when it is done; what each test publishes is rolled
    back with its savepoint (publishing the law and the catalogue for each test was most of
    their set-up)."""

    @pytest.fixture(scope="class")
    def law_and_catalogue(self, django_db_setup, django_db_blocker):
        with shared_data(django_db_blocker):
            home = Site.objects.get(is_default_site=True).root_page.specific
            law = LawPageFactory(
                parent=LawIndexPageFactory(parent=home, slug="test-laws"), slug="test-law", title="قانون آزمایشی کار"
            )
            law.save_revision().publish()
            yield {"catalogue": make_catalogue(home), "law": law}

    @pytest.fixture
    def catalogue(self, db, law_and_catalogue):
        page = law_and_catalogue["catalogue"]
        return type(page).objects.get(pk=page.pk)  # fresh: a child added in memory stays out

    @pytest.fixture
    def law(self, db, law_and_catalogue):
        return LawPage.objects.get(pk=law_and_catalogue["law"].pk)

    def test_law_lists_the_services_citing_it_and_back(self, client, catalogue, law):
        service = make_service(catalogue, slug="cites", title="خدمت مستند", laws=[(law, "ماده ۱۲۰")])
        law_soup = soup(client.get(law.url))
        cited = [a.get_text(strip=True) for a in law_soup.select(".citing-services a")]
        assert cited == ["خدمت مستند"]
        assert "ماده ۱۲۰" in law_soup.select_one(".citing-services li").get_text()
        card = soup(client.get(service.url))
        assert [a["href"] for a in card.select("#laws-heading + ul a")] == [law.url]

    def test_unpublished_service_is_not_listed_on_the_law(self, client, catalogue, law):
        make_service(catalogue, slug="hidden", title="خدمت پیش‌نویس", laws=[(law, "")], publish=False)
        dom = soup(client.get(law.url))
        assert dom.select(".citing-services a") == []

    def test_the_law_pages_list_follows_services_being_published_and_withdrawn(self, client, catalogue, law):
        """The law's page is kept until content changes: a citing service published after a reader
        saw it is listed on the next view, and gone again once it is withdrawn."""

        def cited():
            dom = soup(client.get(law.url))
            return [a.get_text(strip=True) for a in dom.select(".citing-services a")]

        service = make_service(catalogue, slug="later", title="خدمت بعدی", laws=[(law, "")], publish=False)
        assert cited() == []
        service.save_revision().publish()
        assert cited() == ["خدمت بعدی"]
        service.refresh_from_db()  # publishing went through a copy of the page, from its revision
        service.unpublish()
        assert cited() == []


def test_demo_laws_and_filters(client):
    assert LawPage.objects.filter(locale__language_code="fa").count() >= 10
    dom = soup(client.get("/laws/", {"kind": "bylaw"}))
    titles = [a.get_text(strip=True) for a in dom.select(".law-listing h2 a")]
    assert titles and all("آیین‌نامه" in t for t in titles)
    dom = soup(client.get("/laws/", {"status": "amended"}))
    titles = [a.get_text(strip=True) for a in dom.select(".law-listing h2 a")]
    assert "قانون بخش تعاونی اقتصاد جمهوری اسلامی ایران" in titles
    assert "قانون کار جمهوری اسلامی ایران" not in titles
    labour = soup(client.get("/laws/labour-law/"))
    assert len(labour.select(".citing-services a")) >= 5
    bad = client.get("/laws/", {"kind": "<script>", "page": "x"})
    assert bad.status_code == 400 and len(soup(bad).select("[data-error-summary] li")) == 2


# -- FAQ -------------------------------------------------------------------------------------


def test_faq_page_groups_and_json_ld(client):
    response = client.get("/faq/")
    dom = soup(response)
    data = json.loads(dom.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "FAQPage"
    count = FAQItem.objects.filter(locale__language_code="fa").count()
    assert count >= 20
    assert len(data["mainEntity"]) == count
    assert all(q["acceptedAnswer"]["text"] for q in data["mainEntity"])
    assert len(dom.select(".faq-group")) >= 6
    assert dom.select(".faq-services li")


def test_faq_search_is_normalised(client):
    dom = soup(client.get("/faq/", {"q": "بيمه بيكاري"}))
    questions = {s.get_text(strip=True) for s in dom.select("details.faq summary")}
    assert questions and all("بیمه بیکاری" in q or "مقرری" in q for q in questions)


def test_a_faq_search_says_what_it_found_and_opens_the_answers(client):
    dom = soup(client.get("/faq/", {"q": "بيمه بيكاري"}))
    shown = dom.select("details.faq")
    status = dom.select_one("p[role=status]")
    assert shown and all(item.has_attr("open") for item in shown)
    assert f"{to_persian_digits(len(shown))} پرسش با «بيمه بيكاري» جور است." in status.get_text(" ", strip=True)
    assert status.select_one("a")["href"] == "/faq/"
    # Without a search, the list stays folded and says nothing of a search.
    dom = soup(client.get("/faq/"))
    assert not any(item.has_attr("open") for item in dom.select("details.faq"))
    assert dom.select_one("main p[role=status]") is None


def test_the_english_faq_search_finds_a_word_whatever_its_case_or_number(client):
    def found(query):
        dom = soup(client.get("/en/faq/", {"q": query}))
        return {summary.get_text(strip=True) for summary in dom.select("details.faq summary")}

    permit = found("permit")
    assert permit
    for query in ("Permit", "permits", "PERMITS"):
        assert found(query) == permit, query
    assert found("Work permit") and found("Work permit") <= permit
    assert found("fees") and found("fees") == found("fee")


def test_a_faq_search_reads_a_compound_typed_without_its_space(client):
    """«بیمهبیکاری» finds what «بیمه بیکاری» finds, as site search reads it."""

    def found(query):
        dom = soup(client.get("/faq/", {"q": query}))
        return {summary.get_text(strip=True) for summary in dom.select("details.faq summary")}

    spaced = found("بیمه بیکاری")
    assert spaced and found("بیمهبیکاری") == spaced


def test_a_faq_search_of_invisible_marks_alone_is_no_search(client):
    """A pasted ZWNJ alone said «۲۳ پرسش با «» جور است»: it is no word, so the whole list shows."""
    dom = soup(client.get("/faq/", {"q": "\u200c"}))
    assert dom.select_one("main p[role=status]") is None
    assert len(dom.select("details.faq")) == FAQItem.objects.filter(locale__language_code="fa").count()


def test_service_shows_its_faqs_in_its_language(client):
    fa = soup(client.get("/services/unemployment-insurance/"))
    assert "چه کسانی مشمول بیمه بیکاری هستند؟" in {s.get_text(strip=True) for s in fa.select("details.faq summary")}
    en = soup(client.get("/en/services/unemployment-insurance/"))
    assert "Who is covered by unemployment insurance?" in {
        s.get_text(strip=True) for s in en.select("details.faq summary")
    }


def test_exports_are_built_once_per_content_change(client, django_assert_max_num_queries):
    """A query string must not make the server rebuild the whole catalogue (12 s at 10,000)."""
    first = client.get("/open-data/services.json")
    with django_assert_max_num_queries(3):
        again = client.get("/open-data/services.json", {"nocache": "1"})
    assert again.content == first.content
    service = live_fa_services().first()
    service.title = "عنوان تازه خدمت برای آزمون داده باز"
    service.save_revision().publish()
    fresh = json.loads(client.get("/open-data/services.json", {"nocache": "2"}).content)
    assert "عنوان تازه خدمت برای آزمون داده باز" in {record["title"] for record in fresh["services"]}
