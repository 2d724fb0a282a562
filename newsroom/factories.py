"""Factories for the newsroom page types, for tests."""

import factory
import wagtail_factories
from django.utils import timezone

from home.factories import days_from_now
from newsroom.models import Importance, NewsIndexPage, NewsPage, NoticeIndexPage, NoticePage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "اخبار آزمایشی"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"خبر آزمایشی {n}")
    slug = factory.Sequence(lambda n: f"test-news-{n}")
    lead = "لید خبر آزمایشی درباره نشست هیئت حل اختلاف."
    date = factory.LazyFunction(timezone.now)
    domain = "labour-relations"

    class Meta:
        model = NewsPage


class NoticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "اعلانات آزمایشی"

    class Meta:
        model = NoticeIndexPage


class NoticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"اطلاعیه آزمایشی {n}")
    slug = factory.Sequence(lambda n: f"test-notice-{n}")
    starts_at = days_from_now(-1)
    expires_at = days_from_now(1)
    importance = Importance.NORMAL

    class Meta:
        model = NoticePage
