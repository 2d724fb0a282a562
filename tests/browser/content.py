"""Content a browser test makes for itself on the test database (which the production-like server
reads), published, and removed again afterwards."""

from contextlib import contextmanager

from django.utils import timezone


@contextmanager
def live_news_item(author, django_db_blocker, *, title, slug, date, tags=()):
    """A live news item in the Persian newsroom, published by `author`, dated `date` (a naive
    datetime in the site's time zone), with `tags`; deleted when the block ends."""
    from newsroom.models import NewsIndexPage, NewsPage

    with django_db_blocker.unblock():
        index = NewsIndexPage.objects.get(locale__language_code="fa")
        item = index.add_child(
            instance=NewsPage(title=title, slug=slug, lead="متن آزمایشی.", date=timezone.make_aware(date))
        )
        if tags:
            item.tags.add(*tags)
        item.save_revision(user=author).publish()
    try:
        yield item
    finally:
        with django_db_blocker.unblock():
            NewsPage.objects.filter(pk=item.pk).delete()
