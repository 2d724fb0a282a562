"""News, the notice board and what they share."""

from .news import NewsIndexPage, NewsPage, NewsPageRelatedLink, NewsPageTag
from .notices import NoticeAttachment, NoticeIndexPage, NoticePage

__all__ = [
    "NewsIndexPage",
    "NewsPage",
    "NewsPageRelatedLink",
    "NewsPageTag",
    "NoticeAttachment",
    "NoticeIndexPage",
    "NoticePage",
]
