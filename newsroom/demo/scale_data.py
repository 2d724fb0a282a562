"""News at scale for `generate_scale_data`: items of the directorate's six domains over 8 years.

A news item is written from one of the story patterns of `scale_content`, filled in with a county of the
province, a sector, a kind of cooperative or a group of citizens and its figures, and closed
with one of its domain's standing paragraphs. Dates spread evenly over the last eight years,
so the Jalali month archive has about a hundred months; three items in four carry their
domain's illustration, as in the demo.
"""

import datetime

from django.utils import timezone
from taggit.models import Tag
from wagtail.images import get_image_model

from home.demo.scale_data import PageBulkWriter, ScalePart, moment_in_past, random_uuid, stream_json
from home.demo.scale_vocabulary import CITIZEN_GROUPS, COOPERATIVE_KINDS, COUNTIES, SECTORS
from home.language.text import to_persian_digits
from newsroom.demo.content import DOMAIN_COLOURS
from newsroom.demo.scale_content import CLOSINGS, STORIES
from newsroom.models import NewsIndexPage, NewsPage, NewsPageTag

YEARS = 8


class NewsPart(ScalePart):
    name = "news"
    default = 100_000
    help = "Total number of news items (all languages) to reach."
    model = NewsPage

    def tables(self):
        return [NewsPage, NewsPageTag]

    def news_index(self):
        return NewsIndexPage.objects.filter(locale__language_code="fa").first()

    def missing_prerequisite(self):
        if self.news_index() is None:
            return "no Persian news index yet: run seed_demo first"
        return None

    def images(self):
        """The demo's illustration of each domain (by title), where it exists."""
        titles = {title: domain for domain, (_colour, title) in DOMAIN_COLOURS.items()}
        return {titles[i.title]: i.pk for i in get_image_model().objects.filter(title__in=titles)}

    def tag_ids(self):
        names = {name for story in STORIES for name in story[2]}
        return {name: Tag.objects.get_or_create(name=name)[0].pk for name in sorted(names)}

    def generate(self, number, *, seed, batch_size, report):
        writer = PageBulkWriter(self.news_index(), NewsPage)
        images = self.images()
        tags = self.tag_ids()
        now = timezone.now()
        for rng, serials, done in self.batches(number, seed, batch_size):
            batch = [self.build(rng, serial, images, now) for serial in serials]
            writer.write([page for page, _tags in batch], lambda pages, b=batch: self.add_tags(b, tags))
            report(done, insert=writer.insert_seconds, index=writer.index_seconds)

    def build(self, rng, serial, images, now):
        """One unsaved news item and its tag names."""
        stem, domain, tag_names, title, lead, paragraphs, n_range, m_range = rng.choice(STORIES)
        slots = {
            "county": rng.choice(COUNTIES),
            "sector": rng.choice(SECTORS),
            "coop": rng.choice(COOPERATIVE_KINDS),
            "group": rng.choice(CITIZEN_GROUPS),
            "n": to_persian_digits(rng.randint(*n_range)),
            "m": to_persian_digits(rng.randint(*m_range)),
        }
        lead_text = lead.format(**slots)
        blocks = [("paragraph", "".join(f"<p>{p.format(**slots)}</p>" for p in paragraphs))]
        if rng.random() < 0.3:
            blocks.append(("heading", {"text": "بیشتر بدانید", "level": "h2"}))
        blocks.append(("paragraph", f"<p>{rng.choice(CLOSINGS[domain])}</p>"))
        date = moment_in_past(rng, now, YEARS * 365)
        # One item in ten was corrected after publication, within three days.
        published = min(now, date + datetime.timedelta(hours=rng.randint(1, 72))) if rng.random() < 0.1 else date
        page = NewsPage(
            title=title.format(**slots),
            slug=f"{stem}-{serial}",
            summary=lead_text[:500],
            translation_key=random_uuid(rng),
            first_published_at=date,
            last_published_at=published,
            date=date,
            lead=lead_text[:600],
            lead_image_id=images.get(domain) if rng.random() < 0.75 else None,
            body=stream_json(rng, blocks),
            domain=domain,
        )
        return page, tag_names

    @staticmethod
    def add_tags(batch, tags):
        NewsPageTag.objects.bulk_create(
            NewsPageTag(content_object_id=page.pk, tag_id=tags[name]) for page, names in batch for name in names
        )
