"""Parts of uncached pages kept until content changes (issue 15): routing, view restrictions,
the home page's panels and sections, breadcrumbs and language links. Each test reads the
page once so the part is cached, changes content as an editor would (publish, unpublish,
rename, restrict) and checks that the next reader sees the change."""

from datetime import UTC, datetime

import pytest
from wagtail.models import PageViewRestriction

from home.models import SectionPage, StandardPage
from newsroom.factories import NewsPageFactory
from newsroom.models import NewsIndexPage
from services.models import ServiceIndexPage, ServicePage
from tests.soup import soup

pytestmark = pytest.mark.django_db


def read_twice(client, path):
    client.get(path)
    return client.get(path)


def test_home_panels_show_a_newly_published_news_item(client):
    read_twice(client, "/")
    index = NewsIndexPage.objects.get(locale__language_code="fa")
    news = NewsPageFactory(parent=index, title="خبر تازه منتشرشده برای آزمون کش")
    news.save_revision().publish()
    assert "خبر تازه منتشرشده برای آزمون کش" in client.get("/").content.decode()


def test_home_sections_show_a_renamed_section(client):
    read_twice(client, "/")
    section = SectionPage.objects.filter(locale__language_code="fa").live().first()
    section.title = "حوزه با نام تازه"
    section.save_revision().publish()
    assert "حوزه با نام تازه" in client.get("/").content.decode()


def test_breadcrumbs_show_a_renamed_ancestor(client):
    path = "/services/foreign-work-permit/"
    assert "crumbs" in read_twice(client, path).content.decode()
    catalogue = ServiceIndexPage.objects.get(locale__language_code="fa")
    catalogue.title = "میز خدمت با نام تازه"
    catalogue.save_revision().publish()
    trail = client.get(path).content.decode().split('class="breadcrumbs', 1)[1].split("</nav>", 1)[0]
    assert "میز خدمت با نام تازه" in trail


def test_language_link_follows_an_unpublished_translation(client):
    service = ServicePage.objects.get(slug="foreign-work-permit", locale__language_code="fa")
    english = service.get_translations().live().get()
    assert english_alternate(read_twice(client, service.url)) == "http://testserver" + english.url
    english.unpublish()
    # Its English home page is no alternate of it: the head names none (the switcher goes there).
    assert english_alternate(client.get(service.url)) is None


def english_alternate(response):
    link = soup(response).select_one('link[rel="alternate"][hreflang="en"]')
    return link and link["href"]


def test_routing_follows_publish_rename_and_unpublish(client):
    about = StandardPage.objects.get(slug="about", locale__language_code="fa")
    assert read_twice(client, "/about/").status_code == 200
    assert client.get("/about-us/").status_code == 404
    about.slug = "about-us"
    about.save_revision().publish()
    assert client.get("/about-us/").status_code == 200
    assert client.get("/about/").status_code == 404
    about.refresh_from_db()
    about.unpublish()
    assert client.get("/about-us/").status_code == 404


def test_a_new_restriction_on_a_page_asks_the_reader_to_sign_in(client):
    assert read_twice(client, "/about/").status_code == 200
    about = StandardPage.objects.get(slug="about", locale__language_code="fa")
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/about/")
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_service_card_shows_a_published_change(client):
    path = "/services/foreign-work-permit/"
    read_twice(client, path)
    service = ServicePage.objects.get(slug="foreign-work-permit", locale__language_code="fa")
    service.summary = "خلاصه تازه کارت شناسه خدمت"
    service.save_revision().publish()
    card = client.get(path).content.decode().split('class="service-card"', 1)[1].split("</article>", 1)[0]
    assert "خلاصه تازه کارت شناسه خدمت" in card


def test_service_structured_data_counts_a_new_survey_answer(client):
    import json

    path = "/services/foreign-work-permit/"

    def rating():
        dom = soup(client.get(path))
        data = json.loads(dom.select_one('script[type="application/ld+json"]').string)
        return (data.get("aggregateRating") or {}).get("ratingCount", 0)

    before = rating()
    answer = {"score": "5", "visited_in_person": "no", "comment": "", "website": ""}
    assert client.post(path + "survey/", answer).status_code == 302
    assert int(rating()) == int(before) + 1


def test_footer_shows_changed_contact_details(client):
    from wagtail.models import Site

    from home.models import ContactSettings

    footer = read_twice(client, "/about/").content.decode().split('class="site-footer"', 1)[1]
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    assert "۰۲۱-۹۹۹۹۸۸۸۸" not in footer
    contact.phone = "021-99998888"
    contact.save()
    footer = client.get("/about/").content.decode().split('class="site-footer"', 1)[1]
    assert "۰۲۱-۹۹۹۹۸۸۸۸" in footer


def test_a_news_month_pages_the_items_published_after_it_was_counted(client, monkeypatch):
    from newsroom import views as newsroom_views

    # Pages of 2 instead of 10: the same paging with 2 more items to publish instead of 10.
    monkeypatch.setattr(newsroom_views, "NEWS_PER_PAGE", 2)
    index = NewsIndexPage.objects.get(locale__language_code="fa")
    first = NewsPageFactory(parent=index, title="خبر نخست ماه آزمون", date=datetime(2011, 4, 1, 10, tzinfo=UTC))
    first.save_revision().publish()
    month = "/news/archive/1390/1/"  # Farvardin 1390 starts on 21 March 2011
    assert "خبر نخست ماه آزمون" in read_twice(client, month).content.decode()
    assert client.get(month + "?page=2").status_code == 400  # one item: no second page
    for day in range(2, 4):
        news = NewsPageFactory(parent=index, date=datetime(2011, 4, day, 10, tzinfo=UTC))
        news.save_revision().publish()
    # Three items now: the count kept for the month was computed again.
    second = client.get(month + "?page=2")
    assert second.status_code == 200
    assert "خبر نخست ماه آزمون" in second.content.decode()
    assert 'href="?page=2"' in client.get(month).content.decode()


def test_catalogue_filters_by_a_new_category_and_shows_a_renamed_one(client):
    from services.models import ServiceCategory

    read_twice(client, "/services/")
    category = ServiceCategory.objects.filter(locale__language_code="fa", services__isnull=False).first()
    category.name = "دسته با نام تازه برای آزمون"
    category.save()
    assert "دسته با نام تازه برای آزمون" in client.get("/services/").content.decode()
    new = ServiceCategory.objects.create(name="دسته تازه آزمون", slug="fresh-test-category", locale=category.locale)
    service = ServicePage.objects.get(slug="foreign-work-permit", locale__language_code="fa")
    service.categories.add(new)
    service.save_revision().publish()
    response = client.get("/services/?category=fresh-test-category")
    assert response.status_code == 200  # a filter value not yet known would redirect
    assert "foreign-work-permit" in response.content.decode()
