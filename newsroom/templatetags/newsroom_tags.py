"""The home page panels of the newsroom: the latest news and the current notices."""

from django import template
from django.utils.translation import gettext as _

from home.language.i18n import active_locale, index_page
from newsroom.models import NewsIndexPage, NewsPage, NoticeIndexPage, NoticePage

register = template.Library()

HOME_NEWS = 4
HOME_NOTICES = 5


def _live_children(index_model, page_model):
    """The active language's index page of `index_model` (None when there is none) and the
    live, public pages under it."""
    index = index_page(index_model, active_locale())
    pages = page_model.objects.none() if index is None else page_model.objects.child_of(index).live().public()
    return index, pages


@register.inclusion_tag("newsroom/components/latest_news.html", takes_context=True)
def latest_news(context, count=HOME_NEWS):
    """The newest news of the active language, with a link to the archive."""
    index, news = _live_children(NewsIndexPage, NewsPage)
    news = news.select_related("lead_image").prefetch_related("lead_image__renditions").order_by("-date", "-pk")
    return {
        "request": context.get("request"),
        "panel": "news",
        "heading": _("Latest news"),
        "index": index,
        "items": news[:count],
        "empty": _("There is no news here yet."),
    }


@register.inclusion_tag("newsroom/components/current_notices.html", takes_context=True)
def current_notices(context, count=HOME_NOTICES):
    """The notices on the board now (pinned and most important first)."""
    index, notices = _live_children(NoticeIndexPage, NoticePage)
    return {
        "request": context.get("request"),
        "panel": "notices",
        "heading": _("Notice board"),
        "index": index,
        "items": notices.current().board_order()[:count],
        "empty": _("There are no current notices."),
    }
