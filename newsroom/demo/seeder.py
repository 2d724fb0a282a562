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
from newsroom.demo.content import DOMAIN_COLOURS, IMAGE_ALT_EN, NEWS, NEWS_EN, NOTICES, NOTICES_EN
from newsroom.demo.illustrations import illustration
from newsroom.models import NewsIndexPage, NewsPage, NewsPageRelatedLink, NoticeIndexPage, NoticePage


def stream(paragraphs):
    return json.dumps([{"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}])


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
        index, _ = seeding.ensure_child(
            home,
            NewsIndexPage,
            "news",
            title="اخبار",
            summary="اخبار اداره کل تعاون، کار و رفاه اجتماعی استان تهران.",
            intro="تازه‌ترین اخبار اداره کل را بخوانید یا بایگانی اخبار را بر پایه ماه، بخش یا برچسب مرور کنید.",
            search_description="اخبار اداره کل تعاون، کار و رفاه اجتماعی استان تهران",
        )
        seeding.ensure_translation(
            index,
            "en",
            title="News",
            summary="News of the Tehran Province General Directorate of Cooperatives, Labour and Social Welfare.",
            intro="Read the latest news of the directorate, or browse the archive by month, section or tag.",
            search_description="News of the Tehran Labour Directorate",
        )
        return index

    def notice_index(self, home):
        index, _ = seeding.ensure_child(
            home,
            NoticeIndexPage,
            "notices",
            title="تابلوی اعلانات",
            summary="اطلاعیه‌های جاری اداره کل: مهلت‌ها، تغییر ساعات کاری و برنامه جلسه‌ها.",
            intro="اطلاعیه‌های جاری اداره کل در این تابلو می‌آیند و پس از پایان اعتبار به بایگانی اعلانات می‌روند.",
        )
        seeding.ensure_translation(
            index,
            "en",
            title="Notice board",
            summary="Current notices of the directorate: deadlines, changes to office hours and hearing schedules.",
            intro="Current notices are shown here; once they expire they move to the notice archive.",
        )
        return index

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
