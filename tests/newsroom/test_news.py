"""The news archive as a reader sees it: Jalali months, tags, sections, pages, JSON-LD."""

import datetime
import json
import zoneinfo
from urllib.parse import unquote

import jdatetime
import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from home.language.text import to_persian_digits
from newsroom.factories import NewsIndexPageFactory
from newsroom.models import NewsPage
from tests.soup import ok_soup, soup

pytestmark = pytest.mark.django_db

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")


def listed_titles(response, status=200):
    assert response.status_code == status, response.status_code
    return [a.get_text(strip=True) for a in soup(response).select("ol.news-listing .news-item__title a")]


def jalali_datetime(year, month, day, hour, minute):
    gregorian = jdatetime.date(year, month, day).togregorian()
    return datetime.datetime(gregorian.year, gregorian.month, gregorian.day, hour, minute, tzinfo=TEHRAN)


def test_index_lists_newest_first_with_ten_per_page(client, news_index):
    response = client.get(news_index.url)
    titles = listed_titles(response)
    assert len(titles) == 10
    newest = NewsPage.objects.child_of(news_index).live().order_by("-date")[:10]
    assert titles == [page.title for page in newest]


def test_pagination_reaches_every_item_and_tolerates_bad_numbers(client, news_index):
    total = NewsPage.objects.child_of(news_index).live().count()
    assert total >= 40
    seen = []
    for number in range(1, (total + 9) // 10 + 1):
        seen += listed_titles(client.get(news_index.url, {"page": number}))
    assert len(seen) == total == len(set(seen))
    # A bad number shows the first page, one past the end the last, each a 400 that says so.
    bad = client.get(news_index.url, {"page": "abc"})
    assert bad.status_code == 400 and listed_titles(bad, status=400) == seen[:10]
    past = client.get(news_index.url, {"page": 9999})
    assert len(listed_titles(past, status=400)) == (total % 10 or 10)
    assert ok_soup(client.get(news_index.url, {"page": 2})).find("meta", attrs={"name": "robots"})


def test_item_at_23_50_on_last_day_of_jalali_month_lands_in_that_month(client, news_index, live_news):
    # 31 Shahrivar 1405 is the last day of month 6; 23:50 Tehran is 20:20 UTC the same day.
    late = live_news(news_index, title="خبر پایان شهریور", date=jalali_datetime(1405, 6, 31, 23, 50))
    early = live_news(news_index, title="خبر آغاز مهر", date=jalali_datetime(1405, 7, 1, 0, 10))
    shahrivar = listed_titles(client.get(news_index.url + "archive/1405/6/"))
    mehr = listed_titles(client.get(news_index.url + "archive/1405/7/"))
    assert late.title in shahrivar and late.title not in mehr
    assert early.title in mehr and early.title not in shahrivar


def test_esfand_boundary_and_year_archive(client, news_index, live_news):
    last_day = 30 if jdatetime.date(1403, 1, 1).isleap() else 29
    late = live_news(news_index, title="خبر پایان اسفند", date=jalali_datetime(1403, 12, last_day, 23, 50))
    assert late.title in listed_titles(client.get(news_index.url + "archive/1403/12/"))
    assert late.title in listed_titles(client.get(news_index.url + "archive/1403/"))
    assert late.title not in listed_titles(client.get(news_index.url + "archive/1404/"))


def test_archive_navigation_counts_match_the_month_pages(client, home_fa, live_news):
    index = NewsIndexPageFactory(parent=home_fa, slug="news-archive-counts")
    per_month = {(1404, 11): 3, (1404, 12): 1, (1405, 1): 2}  # across a Jalali new year
    for (year, month), count in per_month.items():
        for day in range(count):
            live_news(index, date=jalali_datetime(year, month, day + 1, 10, 0))
    links = ok_soup(client.get(index.url)).select(".archive-months a")
    expected = {f"{index.url}archive/{year}/{month}/": count for (year, month), count in per_month.items()}
    assert sorted(link["href"] for link in links) == sorted(expected)
    for link in links:
        count_text = link.find_next_sibling("span").get_text(strip=True).strip("()")
        assert count_text == to_persian_digits(str(expected[link["href"]]))
        month = ok_soup(client.get(link["href"]))
        assert month.select_one("p[role=status]").get_text().split()[0] == count_text
        assert len(month.select("ol.news-listing .news-item__title a")) == expected[link["href"]]


def test_archive_side_panels_follow_a_publish(client, news_index, publish_news):
    """The month, section and tag panels are kept until content changes, so a publish shows."""

    def month_link(page):
        return page.select_one('.archive-months a[href$="/archive/1399/2/"]')

    assert month_link(ok_soup(client.get(news_index.url))) is None
    publish_news(news_index, date=datetime.datetime(2020, 5, 1, 10, tzinfo=TEHRAN))  # 12 Ordibehesht 1399
    link = month_link(ok_soup(client.get(news_index.url)))
    assert link is not None
    assert link.find_next_sibling("span").get_text(strip=True).strip("()") == to_persian_digits("1")


def test_empty_month_and_bad_archive_addresses(client, news_index):
    empty = ok_soup(client.get(news_index.url + "archive/1390/1/"))
    assert empty.select_one(".empty-state")
    for bad in [
        "archive/1405/13/",
        "archive/1405/0/",
        "archive/99999/",
        "archive/abc/",
        "section/nope/",
        "tag/none-such/",
    ]:
        assert client.get(news_index.url + bad).status_code == 404, bad


def test_tag_page_lists_only_tagged_news_of_that_language(client, news_index, live_news):
    tagged = live_news(news_index, title="خبر برچسب‌دار", tags=["برچسب آزمایشی"])
    live_news(news_index, title="خبر بی‌برچسب")
    tag_slug = tagged.tags.get().slug
    response = client.get(news_index.url + f"tag/{tag_slug}/")
    assert listed_titles(response) == [tagged.title]
    assert ok_soup(response).find("meta", attrs={"name": "robots", "content": "noindex, follow"})
    article = ok_soup(client.get(tagged.url))
    assert [a.get_text(strip=True) for a in article.select("a[rel=tag]")] == ["برچسب آزمایشی"]


def test_a_tag_typed_with_arabic_letters_leads_to_its_page(client, news_index, live_news):
    """«بيمه بيكاري» (an Arabic keyboard's «ي» and «ك») was a 404 for the tag «بیمه بیکاری»."""
    tagged = live_news(news_index, title="خبر بیمه بیکاری", tags=["بیمه بیکاری"])
    slug = tagged.tags.get().slug
    typed = slug.replace("ی", "ي").replace("ک", "ك")
    assert typed != slug
    response = client.get(news_index.url + f"tag/{typed}/")
    assert response.status_code == 301
    assert unquote(response["Location"]) == news_index.url + f"tag/{slug}/"
    feed = client.get(f"/feeds/news/tag/{typed}/rss/")
    assert feed.status_code == 200 and "خبر بیمه بیکاری" in feed.content.decode()


def test_seeded_tag_pages_paginate(client, news_index):
    tag_link = ok_soup(client.get(news_index.url)).select_one(".tag-list a")
    response = client.get(tag_link["href"])
    assert 1 <= len(listed_titles(response)) <= 10


def test_section_page_filters_by_domain(client, news_index):
    titles = listed_titles(client.get(news_index.url + "section/cooperatives/"))
    assert titles
    expected = set(
        NewsPage.objects.child_of(news_index).live().filter(domain="cooperatives").values_list("title", flat=True)
    )
    assert set(titles) <= expected


def test_news_page_dates_jalali_in_persian_gregorian_in_english(client, news_index, news_index_en):
    page = (
        NewsPage.objects.child_of(news_index)
        .live()
        .filter(translation_key__in=NewsPage.objects.child_of(news_index_en).values("translation_key"))
        .first()
    )
    english = NewsPage.objects.child_of(news_index_en).get(translation_key=page.translation_key)
    local = page.date.astimezone(TEHRAN)
    jd = jdatetime.date.fromgregorian(date=local.date())
    fa_time = ok_soup(client.get(page.url)).select_one("article header time").get_text()
    assert to_persian_digits(str(jd.year)) in fa_time
    en_time = ok_soup(client.get(english.url)).select_one("article header time").get_text()
    assert str(local.year) in en_time and local.strftime("%B") in en_time


def test_news_article_json_ld(client, news_index):
    page = NewsPage.objects.child_of(news_index).live().exclude(lead_image=None).first()
    script = ok_soup(client.get(page.url)).find("script", type="application/ld+json")
    data = json.loads(script.string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == page.title
    assert datetime.datetime.fromisoformat(data["datePublished"]) == page.date
    assert data["mainEntityOfPage"].startswith("http") and data["mainEntityOfPage"].endswith(page.url)
    assert data["image"][0].startswith("http://testserver/")
    assert data["inLanguage"] == "fa"
    assert data["publisher"]["name"] == "اداره کل تعاون، کار و رفاه اجتماعی استان تهران"


def test_english_json_ld_names_the_publisher_in_english(client, news_index_en):
    page = NewsPage.objects.child_of(news_index_en).live().first()
    data = json.loads(ok_soup(client.get(page.url)).find("script", type="application/ld+json").string)
    assert data["inLanguage"] == "en"
    assert data["publisher"]["name"].startswith("General Directorate")


def test_lead_image_is_responsive(client, news_index):
    page = NewsPage.objects.child_of(news_index).live().exclude(lead_image=None).first()
    figure = ok_soup(client.get(page.url)).select_one(".news-article__image picture")
    assert figure.find("source", type="image/webp")["srcset"].count("w") >= 3
    assert figure.find("img")["alt"]


def test_related_news_are_in_the_same_language(client, news_index):
    page = NewsPage.objects.child_of(news_index).get(slug="dispute-board-weekly-sessions")
    related = [a.get_text(strip=True) for a in ok_soup(client.get(page.url)).select(".related-news a")]
    assert "سازش کارگران یک واحد تولیدی با کارفرما با میانجی‌گری اداره کل" in related


def test_a_news_items_related_news_follow_a_publish(client, news_index, publish_news):
    """The article is kept until content changes: news of its section published after a reader
    saw it is among its related news on the next view."""
    page = NewsPage.objects.child_of(news_index).get(slug="wage-dispute-mediation")
    assert not page.related_links.exists()  # so its related news are the latest of its section

    def related():
        return [a.get_text(strip=True) for a in ok_soup(client.get(page.url)).select(".related-news a")]

    assert "جلسه فوق‌العاده هیئت حل اختلاف" not in related()
    publish_news(news_index, title="جلسه فوق‌العاده هیئت حل اختلاف", domain=page.domain)
    assert related()[0] == "جلسه فوق‌العاده هیئت حل اختلاف"


PLAIN_PAGE_CEILING = 2  # a warmed page without a listing: menus, settings, language links


LISTINGS = ["", "archive/1405/", "tag/query-count/", "section/employment/"]  # of a news index


def test_listing_query_count_does_not_grow_with_items(client, home_fa, live_news, django_assert_max_num_queries):
    """Every listing of one index, measured with 2 items and again with 5 (one set of five
    live items for the four listings: they were four tests publishing 15 each). Two against
    five shows a query per item; the tags (three) and sections (two) all appear by five."""
    index = NewsIndexPageFactory(parent=home_fa, slug="news-query-count")
    image = get_image_model().objects.create(title="تصویر آزمون", file=get_test_image_file())
    date = jalali_datetime(1405, 3, 10, 12, 0)

    def add(n, start):
        for i in range(n):
            live_news(
                index,
                slug=f"qc-{start + i}",
                date=date + datetime.timedelta(days=(start + i) % 200),
                tags=["query-count", f"tag {i % 3}"],
                domain=["employment", "cooperatives"][i % 2],
                lead_image=image,
            )

    def queries(url, ceiling):
        client.get(url)  # warm up: renditions are generated once
        with django_assert_max_num_queries(ceiling, info=url) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    # Site furniture (menus, settings, language links) costs the same on every page; what the
    # listing adds on top of a plain page stays small and fixed, and does not grow with items.
    furniture = queries(home_fa.get_children().get(slug="about").url, PLAIN_PAGE_CEILING)
    add(2, 0)
    small = {suffix: queries(index.url + suffix, furniture + 20) for suffix in LISTINGS}
    add(3, 2)
    for suffix in LISTINGS:
        queries(index.url + suffix, small[suffix])


def test_a_count_of_thousands_is_grouped_as_every_number_on_the_site(client, news_index, monkeypatch):
    """At full size the archive holds 100,000 news items: its count reads «۱۲٬۳۴۵ خبر» as the
    catalogue's and the admin's counts do, not «۱۲۳۴۵»; the archive's years stay «۱۴۰۵»."""
    from home.caching.page_cache import purge_all
    from home.pages import pagination

    monkeypatch.setattr(pagination._CountedPaginator, "count", 12345)
    purge_all()  # the listing counts again, as after a publish, instead of showing the kept count
    page = ok_soup(client.get(news_index.url))
    assert "۱۲٬۳۴۵" in page.select_one("p.meta[role=status]").get_text()
    years = [a.get_text(strip=True) for a in page.select("ul.archive-years > li > a")]
    assert years and all(len(year) == 4 and "٬" not in year for year in years)


def test_a_later_page_of_a_listing_names_its_number_in_the_title(client):
    def title(url):
        return " ".join(soup(client.get(url)).title.get_text().split())

    assert "صفحهٔ" not in title("/news/")
    assert "(صفحهٔ ۲) |" in title("/news/?page=2")
    assert "(page 2) |" in title("/en/news/?page=2")
