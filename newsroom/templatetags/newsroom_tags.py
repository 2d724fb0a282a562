"""The home page panels of the newsroom: the latest news and the current notices."""

from django import template

from home.language.i18n import active_locale, index_page
from newsroom.models import NewsIndexPage, NewsPage, NoticeIndexPage, NoticePage

register = template.Library()

HOME_NEWS = 4
HOME_NOTICES = 5


@register.inclusion_tag("newsroom/components/latest_news.html", takes_context=True)
def latest_news(context, count=HOME_NEWS):
    """The newest news of the active language, with a link to the archive."""
    locale = active_locale()
    index = index_page(NewsIndexPage, locale)
    news = []
    if index is not None:
        news = (
            NewsPage.objects.child_of(index)
            .live()
            .public()
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-pk")[:count]
        )
    return {"request": context.get("request"), "news_index": index, "news_list": news}


@register.inclusion_tag("newsroom/components/current_notices.html", takes_context=True)
def current_notices(context, count=HOME_NOTICES):
    """The notices on the board now (pinned and most important first)."""
    locale = active_locale()
    index = index_page(NoticeIndexPage, locale)
    notices = []
    if index is not None:
        notices = NoticePage.objects.child_of(index).live().public().current().board_order()[:count]
    return {"request": context.get("request"), "notice_index": index, "notices": notices}
