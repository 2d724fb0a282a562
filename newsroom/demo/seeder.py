"""Seeds the newsroom's demo content (`manage.py seed_newsroom`): the news archive, the notice
board and their English versions.

Idempotent: pages are found by slug under their index and images by title, so running it
twice leaves the same counts. Dates are relative to now, so the archive always reaches back
more than a year and the notice board always has upcoming, current and expired notices.
"""

import datetime
import io
import json

from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images import get_image_model

from home.demo import seeding
from home.language.dates import format_date
from home.language.text import local_digits
from newsroom.demo.content import (
    DOMAIN_COLOURS,
    HOME_CHILDREN,
    IMAGE_ALT_EN,
    NEWS,
    NEWS_EN,
    NOTICES,
    NOTICES_EN,
    OUTAGE_NOTICE,
)
from newsroom.demo.illustrations import illustration
from newsroom.models import NewsIndexPage, NewsPage, NewsPageRelatedLink, NoticeIndexPage, NoticePage


def stream(paragraphs):
    return json.dumps([{"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}])


def outage_window(now):
    """(shown from, outage start, outage end) of the demo's outage notice, seeded at `now`: the
    outage is on the next OUTAGE_NOTICE weekday at least its `days_ahead` days away, at its
    `hours` in the site's time zone; the notice is shown from some days before until it ends.
    The same for every `now` that leads to the same outage day, so seeding again that week
    changes nothing."""
    today = timezone.localtime(now).date()
    day = today + datetime.timedelta(days=OUTAGE_NOTICE["days_ahead"])
    day += datetime.timedelta(days=(OUTAGE_NOTICE["weekday"] - day.weekday()) % 7)
    zone = timezone.get_current_timezone()
    first, last = OUTAGE_NOTICE["hours"]
    shown_from = day - datetime.timedelta(days=OUTAGE_NOTICE["announced_days_before"])
    return (
        datetime.datetime.combine(shown_from, datetime.time.min, tzinfo=zone),
        datetime.datetime.combine(day, datetime.time(first), tzinfo=zone),
        datetime.datetime.combine(day, datetime.time(last), tzinfo=zone),
    )


def outage_texts(now, language):
    """The outage notice's fields in `language` ("fa" or "en") that follow the seeding date: the
    summary, its date and hours written in, and the window it is shown in."""
    shown_from, start, end = outage_window(now)
    title, summary, _paragraphs = OUTAGE_NOTICE[language]
    summary = summary.format(
        date=format_date(start, language, with_weekday=True),
        start=local_digits(f"{start:%H:%M}", language),
        end=local_digits(f"{end:%H:%M}", language),
    )
    return {
        "title": title,
        "summary": summary,
        "starts_at": shown_from,
        "expires_at": end,
    }


class Seeder(seeding.AppSeeder):
    """Creates or completes the newsroom's demo content."""

    app = "newsroom"

    def seed(self, home_fa):
        self.now = timezone.now()
        news_index = self.news_index(home_fa)
        notice_index = self.notice_index(home_fa)
        images = self.images()
        self.news(news_index, images)
        self.notices(notice_index)
        seeding.add_menu_item(news_index, 20)
        seeding.add_menu_item(notice_index, 22)
        seeding.add_flat_menu_item("footer", "پیوندهای سودمند", 40, page=notice_index)
        self.stdout.write(
            f"  newsroom: {NewsPage.objects.count()} news items, {NoticePage.objects.count()} notices ready"
        )

    def news_index(self, home):
        return seeding.ensure_page(home, NewsIndexPage, "news", *HOME_CHILDREN["news"])

    def notice_index(self, home):
        return seeding.ensure_page(home, NoticeIndexPage, "notices", *HOME_CHILDREN["notices"])

    def images(self):
        """One illustration per domain (drawn by newsroom.demo.illustrations), found by title."""
        image_model = get_image_model()
        images = {}
        for domain, (colour, title) in DOMAIN_COLOURS.items():
            image = image_model.objects.filter(title=title).first()
            if image is None:
                image = image_model(title=title)
                image.file = ImageFile(io.BytesIO(illustration(domain, colour)), name=f"news-{domain}.jpg")
                image.save()
            images[domain] = image
        return images

    def news(self, index, images):
        index_en = index.get_translations().filter(locale__language_code="en").first()
        created_pages = {}
        for order, (slug, days_ago, hour, domain, tags, title, lead, paragraphs) in enumerate(NEWS):
            date = timezone.localtime(self.now - datetime.timedelta(days=days_ago)).replace(
                hour=hour, minute=(order * 7) % 60, second=0, microsecond=0
            )
            page, created = seeding.ensure_child(
                index,
                NewsPage,
                slug,
                title=title,
                date=date,
                lead=lead,
                summary=lead,
                domain=domain,
                lead_image=images[domain] if order % 4 != 3 else None,
                body=stream(paragraphs),
            )
            if created:
                page.tags.set(tags)
                page.save_revision().publish()
            created_pages[slug] = page
            if slug in NEWS_EN and index_en is not None:
                title_en, lead_en, paragraphs_en, tags_en = NEWS_EN[slug]
                translated, created_en = seeding.ensure_translation(
                    page,
                    "en",
                    title=title_en,
                    lead=lead_en,
                    summary=lead_en,
                    body=stream(paragraphs_en),
                    lead_image_alt=IMAGE_ALT_EN[domain] if page.lead_image_id else "",
                )
                if created_en:
                    translated.tags.set(tags_en)
                    translated.related_links.clear()
                    translated.save_revision().publish()
        # A few chosen related items; the rest fall back to the latest of the same section.
        pairs = [
            ("dispute-board-weekly-sessions", ["wage-dispute-mediation", "job-classification-approval"]),
            ("foreign-workers-permit-renewal-reminder", ["permit-online-tracking", "foreign-nationals-guide-update"]),
        ]
        for slug, related in pairs:
            page = created_pages[slug]
            if not page.related_links.exists():
                for sort_order, other in enumerate(related):
                    NewsPageRelatedLink.objects.create(
                        page=page, related_page=created_pages[other], sort_order=sort_order
                    )

    def notices(self, index):
        for slug, starts_in, lasts, importance, pinned, domain, title, summary, paragraphs in NOTICES:
            starts_at = timezone.localtime(self.now + datetime.timedelta(days=starts_in)).replace(
                hour=8, minute=0, second=0, microsecond=0
            )
            page, _ = seeding.ensure_child(
                index,
                NoticePage,
                slug,
                title=title,
                summary=summary,
                starts_at=starts_at,
                expires_at=starts_at + datetime.timedelta(days=lasts),
                importance=importance,
                pinned=pinned,
                domain=domain,
                body=stream(paragraphs),
            )
            if slug in NOTICES_EN:
                title_en, summary_en, paragraphs_en = NOTICES_EN[slug]
                seeding.ensure_translation(page, "en", title=title_en, summary=summary_en, body=stream(paragraphs_en))
        self.outage_notice(index)

    def outage_notice(self, index):
        """The outage notice, its date and window worked out from now; on a database seeded
        earlier (when it named no date and expired before its Thursday) brought up to date
        while no one has edited it."""
        texts = outage_texts(self.now, "fa")
        fields = {"importance": OUTAGE_NOTICE["importance"], "pinned": OUTAGE_NOTICE["pinned"], "domain": ""}
        # The body (no date in it) is written once: a stream compares unequal to itself re-read.
        body = stream(OUTAGE_NOTICE["fa"][2])
        page, created = seeding.ensure_child(index, NoticePage, OUTAGE_NOTICE["slug"], body=body, **texts, **fields)
        if not created:
            seeding.refresh_texts(page, texts | fields)
        texts_en = outage_texts(self.now, "en")
        translated, created = seeding.ensure_translation(page, "en", body=stream(OUTAGE_NOTICE["en"][2]), **texts_en)
        if not created:
            seeding.refresh_texts(translated, texts_en)
