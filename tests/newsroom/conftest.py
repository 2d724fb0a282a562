"""Fixtures of the newsroom tests: the seeded indexes and a helper to publish news."""

import pytest

from newsroom.factories import NewsPageFactory
from newsroom.models import NewsIndexPage, NoticeIndexPage


@pytest.fixture
def news_index(home_fa):
    return NewsIndexPage.objects.child_of(home_fa).get()


@pytest.fixture
def news_index_en(home_en):
    return NewsIndexPage.objects.child_of(home_en).get()


@pytest.fixture
def notice_index(home_fa):
    return NoticeIndexPage.objects.child_of(home_fa).get()


@pytest.fixture
def publish_news():
    def make(parent, tags=(), **fields):
        page = NewsPageFactory(parent=parent, **fields)
        if tags:
            page.tags.set(list(tags))
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def live_news():
    """News made live without a revision or publish: archive, tag and listing rows where
    publishing is not what a test is about (a publish is about twice the CPU). A plain save
    purges the kept pages and panels as a publish does."""

    def make(parent, tags=(), **fields):
        page = NewsPageFactory(parent=parent, **fields)
        if tags:
            page.tags.set(list(tags))
            page.save()
        return page

    return make
