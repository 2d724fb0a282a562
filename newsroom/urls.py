"""The feeds page and the news and notice feeds (inside i18n_patterns: /feeds/, /en/feeds/)."""

from django.urls import path

from newsroom import feeds, views

app_name = "newsroom"

urlpatterns = [
    path("feeds/", views.feed_list, name="feed_list"),
    path("feeds/news/rss/", feeds.NewsFeed(), name="news_rss"),
    path("feeds/news/atom/", feeds.NewsAtomFeed(), name="news_atom"),
    path("feeds/news/section/<str:domain>/rss/", feeds.SectionNewsFeed(), name="news_section_rss"),
    path("feeds/news/section/<str:domain>/atom/", feeds.SectionNewsAtomFeed(), name="news_section_atom"),
    path("feeds/news/tag/<str:tag>/rss/", feeds.TagNewsFeed(), name="news_tag_rss"),
    path("feeds/news/tag/<str:tag>/atom/", feeds.TagNewsAtomFeed(), name="news_tag_atom"),
    path("feeds/notices/rss/", feeds.NoticeFeed(), name="notices_rss"),
    path("feeds/notices/atom/", feeds.NoticeAtomFeed(), name="notices_atom"),
]
