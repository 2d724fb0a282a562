"""Factories for the newsroom page types, for tests."""

import factory
from django.utils import timezone

from home.factories import days_from_now, page_factory
from newsroom.models import NewsIndexPage, NewsPage, NoticeIndexPage, NoticePage

from .choices import Importance

NewsIndexPageFactory = page_factory(NewsIndexPage, title="اخبار آزمایشی")


NewsPageFactory = page_factory(
    NewsPage,
    title=factory.Sequence(lambda n: f"خبر آزمایشی {n}"),
    slug=factory.Sequence(lambda n: f"test-news-{n}"),
    lead="لید خبر آزمایشی درباره نشست هیئت حل اختلاف.",
    date=factory.LazyFunction(timezone.now),
    domain="labour-relations",
)


NoticeIndexPageFactory = page_factory(NoticeIndexPage, title="اعلانات آزمایشی")


NoticePageFactory = page_factory(
    NoticePage,
    title=factory.Sequence(lambda n: f"اطلاعیه آزمایشی {n}"),
    slug=factory.Sequence(lambda n: f"test-notice-{n}"),
    starts_at=days_from_now(-1),
    expires_at=days_from_now(1),
    importance=Importance.NORMAL,
)
