"""Parts of uncached pages kept until content changes (issue 15): routing, view restrictions,
the home page's panels and sections, breadcrumbs and language links. Each test reads the
page once so the part is cached, changes content as an editor would (publish, unpublish,
rename, restrict) and checks that the next reader sees the change."""

import pytest
from wagtail.models import PageViewRestriction

from home.models import SectionPage, StandardPage
from newsroom.factories import NewsPageFactory
from newsroom.models import NewsIndexPage
from services.models import ServiceIndexPage, ServicePage

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
    html = read_twice(client, service.url).content.decode()
    assert f'hreflang="en" href="{english.url}"' in html
    english.unpublish()
    html = client.get(service.url).content.decode()
    assert f'hreflang="en" href="{english.url}"' not in html
    assert 'hreflang="en" href="/en/"' in html


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

    from bs4 import BeautifulSoup

    path = "/services/foreign-work-permit/"

    def rating():
        soup = BeautifulSoup(client.get(path).content.decode(), "html.parser")
        data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
        return (data.get("aggregateRating") or {}).get("ratingCount", 0)

    before = rating()
    answer = {"score": "5", "visited_in_person": "no", "comment": "", "website": ""}
    assert client.post(path + "survey/", answer).status_code == 302
    assert int(rating()) == int(before) + 1
