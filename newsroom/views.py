"""The feeds page (every feed of the site, in the active language) and the route views of the
news archive and the notice board (registered when NewsroomConfig.ready imports this module)."""

from functools import partial

from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET
from taggit.models import Tag

from home.caching.page_cache import until_content_changes
from home.choices import Domain
from home.language.i18n import active_locale, persian_only, untranslated
from home.language.text import local_digits
from home.pages.feeds import registered_feeds
from home.pages.pagination import paginate
from home.pages.route_views import route_view

from .archive import month_name, month_range, tag_by_slug, valid_year_month, year_range
from .models import NewsIndexPage, NewsPage, NoticeIndexPage, NoticePage

NEWS_PER_PAGE = 10
NOTICES_PER_PAGE = 10
SIDEBAR_PARTS = ("archive", "sections", "popular_tags")


def _entry(title, rss, atom):
    return {"title": title, "rss": rss, "atom": atom}


@require_GET
def feed_list(request):
    """List the registered site feeds, then the news feeds per domain section and per tag."""
    site_feeds = []
    for feed in registered_feeds():
        try:
            site_feeds.append(
                _entry(
                    feed.title,
                    reverse(feed.rss_url_name, kwargs=feed.url_kwargs),
                    reverse(feed.atom_url_name, kwargs=feed.url_kwargs),
                )
            )
        except NoReverseMatch:
            # A registered feed whose URLs are not installed is left out, not a 500.
            continue
    section_feeds = [
        _entry(
            gettext("News of %(section)s") % {"section": label},
            reverse("newsroom:news_section_rss", kwargs={"domain": value}),
            reverse("newsroom:news_section_atom", kwargs={"domain": value}),
        )
        for value, label in Domain.choices
    ]
    news = NewsPage.objects.live().public().filter(locale=active_locale())
    tags = Tag.objects.filter(newsroom_newspagetag_items__content_object__in=news).distinct().order_by("name")
    tag_feeds = [
        _entry(
            gettext("News tagged “%(tag)s”") % {"tag": tag.name},
            reverse("newsroom:news_tag_rss", kwargs={"tag": tag.slug}),
            reverse("newsroom:news_tag_atom", kwargs={"tag": tag.slug}),
        )
        for tag in tags
    ]
    return render(
        request,
        "newsroom/feed_list.html",
        {"site_feeds": site_feeds, "section_feeds": section_feeds, "tag_feeds": tag_feeds},
    )


def news_listing(request, page, narrow, heading, filters=None, feed=None, noindex=False, subview=True, persian=True):
    """The news archive's template for a (filtered) list of news; a route's listing (not the
    whole archive's, `subview=False`) is the last crumb, under the archive's page. `narrow`
    gives the route's news (month, tag, section) from an archive's; on English pages it counts
    the Persian news it gives that have no English version too (not for a tag: `persian=False`)."""
    # The queryset is the route's (month, tag, section): its count is kept per address.
    page_obj = paginate(request, narrow(page.news()), NEWS_PER_PAGE, count_key=f"newsroom:{page.pk}:{request.path}")
    persian_news = untranslated(NewsPage.objects.live().public()) if persian else None
    # The listing is a fragment kept until content changes (news_index_page.html): the
    # items and the side panels are read only when it is rendered again.
    # Per language too: its section names are text in the language it was built in (a preview
    # in the admin's language must not be what readers get).
    sidebar = SimpleLazyObject(
        lambda: until_content_changes(f"newsroom:sidebar:{page.pk}:{get_language()}", page.sidebar)
    )
    context = {
        "page_obj": page_obj,
        "news_list": page_obj.object_list,
        "listing_heading": heading,
        "subview_crumb": heading if subview else None,
        "filters": filters or {},
        **{name: SimpleLazyObject(partial(sidebar.__getitem__, name)) for name in SIDEBAR_PARTS},
        "feed": feed,
        "noindex": noindex,
        "persian_only": None if persian_news is None else persian_only(request, page, narrow(persian_news).count),
    }
    return page.render(request, context_overrides=context)


@route_view(NewsIndexPage, "all_news")
def all_news(request, page):
    return news_listing(request, page, lambda news: news, page.title, feed=page.feed_urls(), subview=False)


def within(start, end):
    """The news of an archive dated from `start` to before `end`."""
    return lambda news: news.filter(date__gte=start, date__lt=end)


def within_section(domain):
    """The news of an archive in one domain section."""
    return lambda news: news.filter(domain=domain)


@route_view(NewsIndexPage, "year_archive")
def year_archive(request, page, year):
    if not valid_year_month(year):
        raise Http404(gettext("There is no archive for that year."))
    start, end = year_range(year)
    heading = gettext("News of %(year)s") % {"year": local_digits(year)}
    return news_listing(request, page, within(start, end), heading, filters={"year": year}, feed=page.feed_urls())


@route_view(NewsIndexPage, "month_archive")
def month_archive(request, page, year, month):
    if not valid_year_month(year, month):
        raise Http404(gettext("There is no archive for that month."))
    start, end = month_range(year, month)
    heading = gettext("News of %(month)s %(year)s") % {"month": month_name(month), "year": local_digits(year)}
    filters = {"year": year, "month": month}
    return news_listing(request, page, within(start, end), heading, filters=filters, feed=page.feed_urls())


@route_view(NewsIndexPage, "tag_archive")
def tag_archive(request, page, tag):
    tag_obj = tag_by_slug(tag)
    if tag_obj.slug != tag:  # typed with Arabic letters: the address with the Persian ones
        return redirect(page.url + page.reverse_subpage("tag_archive", args=(tag_obj.slug,)), permanent=True)
    heading = gettext("News tagged “%(tag)s”") % {"tag": tag_obj.name}
    feed = page.feed_urls(tag=tag_obj.slug)
    # Tags are the language's own: the Persian news of an English tag are none.
    return news_listing(
        request,
        page,
        lambda news: news.filter(tags=tag_obj),
        heading,
        filters={"tag": tag_obj},
        feed=feed,
        noindex=True,
        persian=False,
    )


@route_view(NewsIndexPage, "section_archive")
def section_archive(request, page, domain):
    if domain not in Domain.values:
        raise Http404(gettext("There is no such domain section."))
    heading = gettext("News of %(section)s") % {"section": Domain(domain).label}
    feed = page.feed_urls(domain=domain)
    narrow = within_section(domain)
    return news_listing(request, page, narrow, heading, filters={"domain": domain}, feed=feed)


@route_view(NoticeIndexPage, "board")
def notice_board(request, page):
    now = timezone.now()
    changing = page.notices()
    persian_notices = untranslated(NoticePage.objects.live().public())
    if persian_notices is not None:
        # The board is kept until one of its notices starts or expires, and on an English
        # board one of the Persian-only notices it counts too: still one query.
        shown_here = NoticePage.objects.child_of_q(page) | Q(pk__in=persian_notices.values("pk"))
        changing = NoticePage.objects.live().public().filter(shown_here)
    changes_at = changing.next_change(now)
    # Paged like the archive (the index reads ?page=, which an unpaged board answered with the
    # same page under every number). The current notices stay the same until content changes
    # or `changes_at`: their count is kept that long.
    page_obj = paginate(
        request,
        page.notices().current(now).board_order(),
        NOTICES_PER_PAGE,
        count_key=f"newsroom:board:{page.pk}:{changes_at.isoformat() if changes_at else ''}",
    )
    context = {
        "notices": page_obj.object_list,
        "page_obj": page_obj,
        "mode": "board",
        "changes_at": changes_at,
        "persian_only": None
        if persian_notices is None
        else persian_only(request, page, persian_notices.current(now).count),
    }
    return page.render(request, context_overrides=context)


@route_view(NoticeIndexPage, "archive")
def notice_archive(request, page):
    now = timezone.now()
    page_obj = paginate(request, page.notices().expired(now).order_by("-expires_at", "-pk"), NOTICES_PER_PAGE)
    context = {
        "notices": page_obj.object_list,
        "page_obj": page_obj,
        "mode": "archive",
        "subview_crumb": gettext("Notice archive"),
        "changes_at": page.notices().next_change(now),
    }
    return page.render(request, context_overrides=context)
