"""The catalogue: facets alone and combined with their counts, search, categories, paging, queries."""

import pytest
from django.test import Client
from wagtail.models import Site

from home.choices import Domain
from home.language.text import to_persian_digits
from services import views as services_views
from services.factories import make_service
from tests.search_index import search_index_updates
from tests.services.conftest import make_audiences, make_catalogue, make_categories, make_live_service
from tests.shared_data import shared_data
from tests.soup import soup

pytestmark = pytest.mark.django_db


def listed(response):
    dom = soup(response)
    return sorted(a.get_text(strip=True) for a in dom.select("ol.service-listing h2 a"))


def counts(response, facet):
    """{value: count} of one facet as shown beside its checkboxes."""
    dom = soup(response)
    result = {}
    for box in dom.select(f'input[name="{facet}"]'):
        count = box.parent.select_one(".facet-count").get_text(strip=True).strip("()")
        result[box["value"]] = int(count)
    return result


def make_services(catalogue, categories, audiences):
    """Three services that differ in every facet: domain, type, category, audience and channel."""
    electronic = {"delivery_level": "electronic", "in_person_reasons": ""}
    in_person = {"delivery_level": "non-electronic", "online_url": "", "in_person_reasons": ""}
    complaint = {"summary": "رسیدگی به شکایت کارگران"}
    rows = [
        # key, title, slug, domain, type, category, audiences, channels, other fields
        ("permit", "خدمت الف", "a", "foreign-nationals", "G2B", "child", ["employers"], ["web", "mobile"], electronic),
        ("dispute", "خدمت ب", "b", "labour-relations", "G2C", "parent", ["workers"], ["web", "in-person"], complaint),
        ("guidance", "خدمت پ", "c", "employment", "G2C", "other", ["workers", "employers"], ["in-person"], in_person),
    ]
    return {
        key: make_service(
            catalogue,
            title=title,
            slug=slug,
            domain=domain,
            service_type=service_type,
            categories=[categories[category]],
            audiences=[audiences[name] for name in audience_names],
            channels=channels,
            **fields,
        )
        for key, title, slug, domain, service_type, category, audience_names, channels, fields in rows
    }


def fresh(page):
    """A new instance of a page shared by a class's tests: what a test does to its copy in memory
    (a child added, an unpublish) must not reach the next test, whose savepoint undid it."""
    return type(page).objects.get(pk=page.pk)


class SharedCatalogue:
    """A test class's catalogue, its categories and audiences, read from the class's `shared`
    fixture (made once for the class), the catalogue fresh for each test."""

    @pytest.fixture
    def catalogue(self, db, shared):
        return fresh(shared["catalogue"])

    @pytest.fixture
    def categories(self, db, shared):
        return shared["categories"]

    @pytest.fixture
    def audiences(self, db, shared):
        return shared["audiences"]


class TestOneCatalogueOfThreeServices(SharedCatalogue):
    """Checks of one catalogue of three services. It is built once for the class, in a
    transaction rolled back when the class is done; each test runs in a savepoint inside it, so
    what a test writes is still rolled back after it (publishing the four pages again for each
    of these 17 tests was most of their time)."""

    @pytest.fixture(scope="class")
    def shared(self, django_db_setup, django_db_blocker):
        # Searched for by test_search_uses_the_persian_normaliser: saves update the index.
        with shared_data(django_db_blocker), search_index_updates(True):
            catalogue = make_catalogue(Site.objects.get(is_default_site=True).root_page.specific)
            categories = make_categories()
            audiences = make_audiences()
            services = make_services(catalogue, categories, audiences)
            yield {"catalogue": catalogue, "categories": categories, "audiences": audiences, "services": services}

    @pytest.fixture(scope="class")
    def unfiltered(self, shared, django_db_blocker):
        """The unfiltered catalogue as a reader gets it, rendered once for the tests that only
        read it (three renders of one page were a third of a second each)."""
        with django_db_blocker.unblock():
            return Client().get(shared["catalogue"].url)

    @pytest.fixture
    def services(self, db, shared):
        return {key: fresh(page) for key, page in shared["services"].items()}

    def test_unfiltered_lists_everything_with_counts(self, unfiltered, services):
        response = unfiltered
        assert response.status_code == 200
        assert listed(response) == ["خدمت الف", "خدمت ب", "خدمت پ"]
        assert counts(response, "level")["electronic"] == 1
        assert counts(response, "level")["semi-electronic"] == 1
        # No service is for government bodies: that option is not offered at all.
        assert counts(response, "type") == {"G2C": 2, "G2B": 1}
        assert counts(response, "channel")["web"] == 2
        assert counts(response, "channel")["in-person"] == 2
        assert counts(response, "audience")["t-workers"] == 2
        # A parent category counts the services of its children too.
        assert counts(response, "category")["t-parent"] == 2
        assert counts(response, "category")["t-child"] == 1

    @pytest.mark.parametrize(
        "facet,value,expected",
        [
            ("category", "t-parent", ["خدمت الف", "خدمت ب"]),
            ("category", "t-child", ["خدمت الف"]),
            ("audience", "t-workers", ["خدمت ب", "خدمت پ"]),
            ("type", "G2B", ["خدمت الف"]),
            ("level", "non-electronic", ["خدمت پ"]),
            ("channel", "mobile", ["خدمت الف"]),
            ("domain", "employment", ["خدمت پ"]),
        ],
    )
    def test_each_facet_alone(self, client, catalogue, services, facet, value, expected):
        response = client.get(catalogue.url, {facet: value})
        assert listed(response) == expected
        assert response["X-Robots-Tag"] == "noindex"

    def test_facets_combine_and_counts_follow(self, client, catalogue, services):
        response = client.get(catalogue.url, {"audience": "t-workers", "channel": "in-person", "type": "G2C"})
        assert listed(response) == ["خدمت ب", "خدمت پ"]
        # Counts of other facets are computed within the current filters ...
        # (options that would list nothing are left out)
        assert counts(response, "level") == {"semi-electronic": 1, "non-electronic": 1}
        assert "foreign-nationals" not in counts(response, "domain")
        # ... and a facet's own options count as if only that facet were changed.
        assert counts(response, "type") == {"G2C": 2}
        response = client.get(catalogue.url, {"audience": "t-workers", "level": "non-electronic"})
        assert listed(response) == ["خدمت پ"]
        audience_counts = counts(response, "audience")
        assert (audience_counts["t-workers"], audience_counts["t-employers"]) == (1, 1)

    def test_values_within_a_facet_are_alternatives(self, client, catalogue, services):
        response = client.get(catalogue.url + "?level=electronic&level=non-electronic")
        assert listed(response) == ["خدمت الف", "خدمت پ"]

    def test_unknown_filter_values_are_ignored(self, client, catalogue, services):
        # (A 400 that says so: tests/home/test_query_values.py.)
        response = client.get(catalogue.url, {"level": "teleport", "category": "no-such"})
        assert response.status_code == 400
        assert len(listed(response)) == 3

    def test_search_uses_the_persian_normaliser(self, client, catalogue, services):
        # Arabic yeh and kaf, no ZWNJ: still finds «شکایت کارگران».
        response = client.get(catalogue.url, {"q": "شكايت كارگران"})
        assert listed(response) == ["خدمت ب"]
        response = client.get(catalogue.url, {"q": "شکایت", "level": "electronic"})
        assert listed(response) == []
        assert "empty-state" in response.content.decode()

    def test_category_landing_page(self, client, catalogue, services, categories):
        response = client.get(catalogue.url + "category/t-parent/")
        assert response.status_code == 200
        assert listed(response) == ["خدمت الف", "خدمت ب"]
        dom = soup(response)
        assert dom.h1.get_text(strip=True) == "دسته آزمایشی"
        assert client.get(catalogue.url + "category/nothing-here/").status_code == 404

    def test_a_chosen_option_stays_offered_even_when_it_lists_nothing(self, client, catalogue, services):
        response = client.get(catalogue.url, {"level": "electronic", "domain": "employment"})
        assert listed(response) == []
        dom = soup(response)
        # Both choices can still be unticked, though each now counts nothing with the other.
        assert dom.select_one('input[name="level"][value="electronic"]').has_attr("checked")
        assert dom.select_one('input[name="domain"][value="employment"]').has_attr("checked")

    def test_filters_fold_behind_a_disclosure_that_counts_the_active_ones(self, client, catalogue, unfiltered):
        dom = soup(unfiltered)
        disclosure = dom.select_one("details.catalogue-filters")
        assert disclosure is not None and not disclosure.has_attr("open")
        assert disclosure.select_one("form.facets[data-autosubmit] button[type=submit]")
        assert disclosure.select_one(".catalogue-filters__count") is None

        response = client.get(catalogue.url, {"audience": "t-workers", "channel": "in-person", "q": "شکایت"})
        summary = soup(response).select_one("details.catalogue-filters summary")
        assert summary.select_one(".catalogue-filters__count").get_text(strip=True) == "(۳ پالایه فعال)"

    def test_results_speak_plainly_without_codes(self, unfiltered, services):
        dom = soup(unfiltered)
        listing = dom.select_one("ol.service-listing").get_text(" ", strip=True)
        assert "G2C" not in listing and "G2B" not in listing
        assert services["permit"].service_code not in listing
        assert "برای کسب‌وکارها و کارفرمایان" in listing
        assert "برای شهروندان" in listing

    def test_lists_and_counts_follow_a_publish_and_an_unpublish(
        self, client, catalogue, services, categories, audiences
    ):
        """Results and counts are kept until content changes; publishing or unpublishing shows at once."""
        query = {"type": "G2C"}
        assert listed(client.get(catalogue.url, query)) == ["خدمت ب", "خدمت پ"]
        make_service(
            catalogue,
            title="خدمت ت",
            slug="d",
            domain="employment",
            service_type="G2C",
            categories=[categories["other"]],
            audiences=[audiences["workers"]],
            channels=["web"],
        )
        response = client.get(catalogue.url, query)
        assert listed(response) == ["خدمت ب", "خدمت ت", "خدمت پ"]
        assert counts(response, "type")["G2C"] == 3
        services["dispute"].unpublish()
        response = client.get(catalogue.url, query)
        assert listed(response) == ["خدمت ت", "خدمت پ"]
        assert counts(response, "type")["G2C"] == 2


CATALOGUE_QUERY_CEILING = 4  # a warmed, filtered catalogue page of a few services


class TestAnEmptyCatalogue(SharedCatalogue):
    """Tests that fill an empty catalogue of their own. The catalogue, its categories and
    audiences are made once for the class, in a transaction rolled back when the class is done;
    the services each test publishes are rolled back with its savepoint."""

    @pytest.fixture(scope="class")
    def shared(self, django_db_setup, django_db_blocker):
        with shared_data(django_db_blocker):
            catalogue = make_catalogue(Site.objects.get(is_default_site=True).root_page.specific)
            yield {"catalogue": catalogue, "categories": make_categories(), "audiences": make_audiences()}

    def test_paging_and_bad_page_numbers(self, client, catalogue, categories, monkeypatch):
        # Pages of 3 instead of 12: the same paging with 5 services to publish instead of 14.
        monkeypatch.setattr(services_views, "CATALOGUE_PAGE_SIZE", 3)
        for n in range(5):
            make_live_service(catalogue, title=f"خدمت صفحه {n:02d}", slug=f"p{n}", categories=[categories["other"]])
        first, second = listed(client.get(catalogue.url)), listed(client.get(catalogue.url, {"page": "2"}))
        assert len(first) == 3 and len(second) == 2
        assert sorted(first + second) == [f"خدمت صفحه {n:02d}" for n in range(5)]
        bad, past = client.get(catalogue.url, {"page": "abc"}), client.get(catalogue.url, {"page": "999"})
        assert bad.status_code == past.status_code == 400
        assert listed(bad) == first and listed(past) == second

    def test_query_count_does_not_grow_with_services(
        self, client, catalogue, categories, audiences, django_assert_max_num_queries, django_assert_num_queries
    ):
        def add(n, start):
            for i in range(start, start + n):
                make_live_service(
                    catalogue,
                    title=f"خدمت شمارش {i:02d}",
                    slug=f"q{i}",
                    categories=[categories["child"], categories["other"]],
                    audiences=[audiences["workers"]],
                    channels=["web", "in-person"],
                )

        def measure(expect):
            client.get(catalogue.url, {"channel": "web"})  # warm what content changes rebuild (menus)
            with expect as captured:
                assert client.get(catalogue.url, {"channel": "web"}).status_code == 200
            return len(captured)

        # Two services against five: a query per service would show.
        add(2, 0)
        client.get(catalogue.url)  # warm caches (site root paths)
        few = measure(django_assert_max_num_queries(CATALOGUE_QUERY_CEILING))
        add(3, 2)
        measure(django_assert_num_queries(few))

    def test_the_status_line_and_domain_counts_cover_every_live_service(self, client, catalogue):
        per_domain = {domain: 1 for domain in Domain.values} | {Domain.EMPLOYMENT: 3}
        for domain, count in per_domain.items():
            for i in range(count):
                make_live_service(catalogue, title=f"خدمت {domain} {i}", slug=f"{domain}-{i}", domain=domain)
        make_service(catalogue, title="خدمت پیش‌نویس", slug="draft", domain=Domain.EMPLOYMENT, publish=False)
        response = client.get(catalogue.url)
        dom = soup(response)
        assert dom.select_one("[role=status]").get_text(strip=True) == f"{to_persian_digits('8')} خدمت یافت شد"
        assert counts(response, "domain") == per_domain


def test_open_data_links_on_the_catalogue(client):
    dom = soup(client.get("/services/"))
    links = {a["href"] for a in dom.select(".open-data a")}
    assert {"/open-data/services.csv", "/open-data/services.json", "/open-data/services.jsonld"} <= links
    assert {"/feeds/services/rss/", "/feeds/services/atom/"} <= links
    announced = {link["type"]: link["href"] for link in dom.select('link[rel="alternate"][type]')}
    assert announced == {"application/rss+xml": "/feeds/services/rss/", "application/atom+xml": "/feeds/services/atom/"}


def test_every_category_has_a_landing_listing_linked_from_the_catalogue(client):
    dom = soup(client.get("/services/"))
    links = dom.select(".category-nav a")
    assert len(links) >= 6
    for link in links:
        expected = int(link.select_one(".facet-count").get_text(strip=True).strip("()").translate(PERSIAN_DIGITS))
        landing = client.get(link["href"])
        assert landing.status_code == 200
        assert len(listed(landing)) == min(expected, 12)


PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def test_the_catalogue_search_reads_a_compound_typed_without_its_space(client):
    """«بیمهبیکاری» (typed with no space or ZWNJ) finds the service, as the site search does."""
    page = soup(client.get("/services/", {"q": "بیمهبیکاری"}))
    titles = [a.get_text(strip=True) for a in page.select("ol.service-listing h2 a")]
    assert "ثبت درخواست بیمه بیکاری" in titles


def test_a_filters_count_is_the_end_of_its_labels_text(client):
    """The label's text and its count were two boxes side by side: when a long label such as
    «تشکل‌های کارگری و کارفرمایی» wrapped, «(۱)» stood at the far side of the column beside its
    first line. Now they are one run of text, the count held to the last word."""
    boxes = soup(client.get("/services/")).select(".facets label:has(> input[type=checkbox])")
    assert len(boxes) >= 20
    for label in boxes:
        box, text = label.find_all(recursive=False)
        assert box.name == "input" and text.name == "span", label
        count = text.select_one(".facet-count")
        assert count is not None and count.parent is text, label
        assert text.get_text().endswith("\xa0" + count.get_text()), label
