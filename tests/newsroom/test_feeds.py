"""Every feed parses cleanly in a real feed reader library and can be polled cheaply."""

import datetime
import re
import zoneinfo
from email.utils import parsedate_to_datetime
from urllib.parse import unquote

import feedparser
import pytest
from django.urls import resolve, reverse
from django.utils import timezone
from django.utils.translation import override

from home.choices import Domain
from home.pages.feeds import MAX_FEED_ITEMS, registered_feeds
from newsroom.factories import NewsPageFactory, NoticePageFactory
from newsroom.models import NewsPage, NoticePage
from tests.soup import soup

pytestmark = pytest.mark.django_db

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def feed_urls(language):
    """(kind, url) of every feed of the site in `language`: registered, per section, per tag."""
    with override(language):
        urls = []
        for feed in registered_feeds():
            urls.append(("rss", reverse(feed.rss_url_name, kwargs=feed.url_kwargs)))
            urls.append(("atom", reverse(feed.atom_url_name, kwargs=feed.url_kwargs)))
        for domain in Domain.values:
            urls.append(("rss", reverse("newsroom:news_section_rss", kwargs={"domain": domain})))
            urls.append(("atom", reverse("newsroom:news_section_atom", kwargs={"domain": domain})))
        tag = NewsPage.objects.live().filter(locale__language_code=language).exclude(tags=None).first().tags.first()
        urls.append(("rss", reverse("newsroom:news_tag_rss", kwargs={"tag": tag.slug})))
        urls.append(("atom", reverse("newsroom:news_tag_atom", kwargs={"tag": tag.slug})))
    return urls


def all_feeds():
    return [(language, kind, url) for language in ("fa", "en") for kind, url in feed_urls(language)]


def test_every_feed_is_valid(client):
    cases = all_feeds()
    assert len(cases) >= 2 * (4 + 12 + 2)
    for language, kind, url in cases:
        response = client.get(url)
        assert response.status_code == 200, url
        expected_type = "application/rss+xml" if kind == "rss" else "application/atom+xml"
        assert response["Content-Type"] == f"{expected_type}; charset=utf-8", url
        parsed = feedparser.parse(response.content)
        assert parsed.bozo == 0, (url, parsed.get("bozo_exception"))
        assert parsed.version == ("rss20" if kind == "rss" else "atom10"), url
        assert parsed.feed.get("language", "").startswith(language), url
        assert parsed.feed.link.startswith("http://testserver/"), url
        assert 0 < len(parsed.entries) <= MAX_FEED_ITEMS or "section" in url, url
        for entry in parsed.entries:
            assert entry.link.startswith("http://testserver/"), (url, entry.link)
            assert entry.title
            assert entry.get("published_parsed") or entry.get("updated_parsed"), url
        body = response.content.decode("utf-8")
        if kind == "rss":
            for date in re.findall(r"<pubDate>(.*?)</pubDate>", body):
                assert parsedate_to_datetime(date).tzinfo is not None, date
        else:
            for date in re.findall(r"<(?:updated|published)>(.*?)</", body):
                assert RFC3339.match(date), date


def test_news_feed_has_the_newest_items_with_persian_intact(client, news_index):
    parsed = feedparser.parse(client.get("/feeds/news/rss/").content)
    newest = NewsPage.objects.child_of(news_index).live().order_by("-date")[: len(parsed.entries)]
    assert [entry.title for entry in parsed.entries] == [page.title for page in newest]
    first = newest[0]
    assert parsed.entries[0].link == "http://testserver" + first.url
    published = datetime.datetime(*parsed.entries[0].published_parsed[:6], tzinfo=datetime.UTC)
    assert published == first.date.astimezone(datetime.UTC).replace(microsecond=0)
    assert "‌" in "".join(entry.title for entry in parsed.entries)  # the ZWNJ survives
    assert parsed.feed.language == "fa"


def test_english_feed_lists_english_news(client, news_index_en):
    parsed = feedparser.parse(client.get("/en/feeds/news/atom/").content)
    titles = {entry.title for entry in parsed.entries}
    assert titles == set(NewsPage.objects.child_of(news_index_en).live().values_list("title", flat=True))
    assert all("/en/" in entry.link for entry in parsed.entries)


def test_feed_items_are_bounded(client, news_index):
    # One more employment news item than a feed holds (the seeded ones count), so both the news
    # feed and the employment section's feed have more to offer than they may list. The feeds
    # read live pages, so the items are made live by the factory: publishing each (revision,
    # log entry, search index) tripled the test's cost and is not what it is about.
    employment = NewsPage.objects.child_of(news_index).live().filter(domain="employment")
    for n in range(MAX_FEED_ITEMS + 1 - employment.count()):
        NewsPageFactory(parent=news_index, slug=f"bounded-{n}", domain="employment")
    assert employment.count() > MAX_FEED_ITEMS
    assert len(feedparser.parse(client.get("/feeds/news/rss/").content).entries) == MAX_FEED_ITEMS
    section = feedparser.parse(client.get("/feeds/news/section/employment/rss/").content)
    assert len(section.entries) == MAX_FEED_ITEMS
    assert all(entry.tags[0].term == str(Domain.EMPLOYMENT.label) for entry in section.entries)


def test_section_and_tag_feeds_filter(client, news_index, publish_news):
    tagged = publish_news(news_index, title="خبر خوراک برچسب", tags=["خوراک آزمون"], domain="cooperatives")
    slug = tagged.tags.get().slug
    parsed = feedparser.parse(client.get(reverse("newsroom:news_tag_rss", kwargs={"tag": slug})).content)
    assert [entry.title for entry in parsed.entries] == [tagged.title]
    coop = feedparser.parse(client.get("/feeds/news/section/cooperatives/atom/").content)
    assert tagged.title in [entry.title for entry in coop.entries]
    assert client.get("/feeds/news/section/nowhere/rss/").status_code == 404
    assert client.get("/feeds/news/tag/no-such-tag/rss/").status_code == 404


def test_notice_feed_lists_current_notices_only(client, notice_index):
    now = timezone.now()
    fresh = NoticePageFactory(parent=notice_index, title="اطلاعیه خوراک")
    fresh.save_revision().publish()
    parsed = feedparser.parse(client.get("/feeds/notices/rss/").content)
    titles = [entry.title for entry in parsed.entries]
    assert fresh.title in titles
    current = set(NoticePage.objects.child_of(notice_index).live().current(now).values_list("title", flat=True))
    assert set(titles) <= current | {fresh.title}
    expired = set(NoticePage.objects.child_of(notice_index).expired().values_list("title", flat=True))
    assert not set(titles) & expired


def test_conditional_get_answers_304(client):
    first = client.get("/feeds/news/rss/")
    assert first["ETag"] and first["Last-Modified"]
    assert client.get("/feeds/news/rss/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/feeds/news/rss/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert client.get("/feeds/news/rss/", HTTP_IF_NONE_MATCH='"stale"').status_code == 200
    last_modified = parsedate_to_datetime(first["Last-Modified"])
    newest = NewsPage.objects.live().filter(locale__language_code="fa").order_by("-date").first()
    assert last_modified >= newest.date.replace(microsecond=0) - datetime.timedelta(seconds=1)


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_feeds_page_lists_every_feed_in_both_languages(client, prefix):
    response = client.get(f"{prefix}/feeds/")
    assert response.status_code == 200
    page = soup(response)
    hrefs = {a["href"] for a in page.select("main a[href]")}
    language = "en" if prefix else "fa"
    with override(language):
        for feed in registered_feeds():
            assert reverse(feed.rss_url_name, kwargs=feed.url_kwargs) in hrefs
            assert reverse(feed.atom_url_name, kwargs=feed.url_kwargs) in hrefs
    listed = {url for _kind, url in feed_urls(language)}
    assert listed <= hrefs, listed - hrefs
    # test_every_feed_is_valid fetches and parses those; every other feed link must answer too.
    # Those are a tag's pair (some fifty tags): the RSS one is fetched, and its Atom twin is
    # the same view (resolved to it) on the same items, whose Atom output test_every_feed_is_valid
    # parses for a tag. Fetching both doubled this test's cost.
    others = {href for href in hrefs - listed if "/feeds/" in href}
    for href in others:
        if href.endswith("/atom/"):
            twin = href.removesuffix("atom/") + "rss/"
            assert twin in others, f"{href} has no RSS twin on the page"
            with override(language):
                atom, rss = resolve(unquote(href)), resolve(unquote(twin))
            assert atom.kwargs == rss.kwargs and atom.url_name.removesuffix("_atom") == rss.url_name.removesuffix(
                "_rss"
            )
        else:
            assert client.get(href).status_code == 200, href


def test_autodiscovery_links(client, news_index):
    def alternates(url):
        page = soup(client.get(url))
        return {link["href"] for link in page.select('link[rel=alternate][type="application/rss+xml"]')}

    home = alternates("/")
    for feed in registered_feeds():
        assert reverse(feed.rss_url_name, kwargs=feed.url_kwargs) in home
    assert "/feeds/news/section/cooperatives/rss/" in alternates(news_index.url + "section/cooperatives/")
    item = NewsPage.objects.child_of(news_index).live().filter(domain="employment").first()
    assert "/feeds/news/section/employment/rss/" in alternates(item.url)
    assert "/en/feeds/news/rss/" in alternates("/en/news/")


def test_feed_times_are_tehran_aware(client):
    body = client.get("/feeds/news/atom/").content.decode()
    updated = re.search(r"<updated>(.*?)</updated>", body).group(1)
    assert (
        datetime.datetime.fromisoformat(updated).utcoffset()
        == datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Tehran")).utcoffset()
    )


@pytest.mark.parametrize(("prefix", "text"), [("", "خوراک‌ها (RSS و Atom)"), ("/en", "Feeds (RSS and Atom)")])
def test_every_page_links_to_the_feeds_page_from_its_footer(client, prefix, text):
    """The feeds page is reached from every page: a reader never has to guess its address."""
    for path in (f"{prefix}/", f"{prefix}/news/"):
        link = soup(client.get(path)).select(".site-footer nav[aria-labelledby=footer-links] a")[-1]
        assert (link["href"], " ".join(link.get_text().split())) == (f"{prefix}/feeds/", text)
    assert client.get(f"{prefix}/feeds/").status_code == 200
