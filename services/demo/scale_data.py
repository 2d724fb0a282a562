"""Services at scale for `generate_scale_data`: identity cards built from the demo's cards.

Each generated service takes a demo service (services.demo.content.SERVICES) as its model — the
triggers, documents, laws, channels, systems and workflow of a real card — and places it in a
county office of the province for one sector, kind of cooperative or group of citizens, so the
titles differ («صدور پروانه کار اتباع خارجی — بخش ساختمان، شهرستان ورامین»). Processing
times and fees vary around the model's. Codes come from the service code counter.
"""

import random

from django.db import transaction
from django.utils import timezone

from home.choices import Domain
from home.demo.scale_data import PageBulkWriter, ScalePart, moment_in_past, random_uuid, stream_json
from home.demo.scale_vocabulary import CITIZEN_GROUPS, COOPERATIVE_KINDS, COUNTIES, SECTORS
from home.language.text import to_persian_digits
from home.models import Department
from services.demo import content
from services.models import (
    Audience,
    LawPage,
    ServiceCategory,
    ServiceChannel,
    ServiceCode,
    ServiceCodeCounter,
    ServiceIndexPage,
    ServiceLawLink,
    ServicePage,
)
from services.models.codes import allocate_codes

# How each domain's services are narrowed down: (the title's qualifier, the summary's words).
QUALIFIERS = {
    Domain.COOPERATIVES: [(kind, kind) for kind in COOPERATIVE_KINDS],
    Domain.SOCIAL_WELFARE: [(group, group) for group in CITIZEN_GROUPS],
}
SECTOR_QUALIFIERS = [(f"بخش {sector}", f"کارگاه‌ها و شاغلان بخش {sector}") for sector in SECTORS]

FIELD_NAMES = {
    "triggers": ("kind", "description"),
    "documents": ("name", "form", "notes"),
    "steps": ("title", "actor", "expected_time"),
    "systems": ("system", "organisation", "fields_exchanged", "method"),
}


def combinations(seed):
    """Every (demo service, qualifier, county), in a shuffled but fixed order."""
    result = []
    for number, data in enumerate(content.SERVICES):
        for qualifier in QUALIFIERS.get(data["domain"], SECTOR_QUALIFIERS):
            for county in COUNTIES:
                result.append((number, qualifier, county))
    random.Random(f"{seed}:services:combinations").shuffle(result)
    return result


class ServicesPart(ScalePart):
    name = "services"
    default = 10_000
    help = "Total number of service pages (all languages) to reach."
    model = ServicePage

    def tables(self):
        return [
            ServicePage,
            ServiceChannel,
            ServiceLawLink,
            ServiceCode,
            ServiceCodeCounter,
            ServicePage.categories.through,
            ServicePage.audiences.through,
        ]

    def catalogue(self):
        return ServiceIndexPage.objects.filter(locale__language_code="fa").first()

    def missing_prerequisite(self):
        if self.catalogue() is None or not ServiceCategory.objects.in_default_language().exists():
            return "no Persian service catalogue or categories yet: run seed_demo first"
        return None

    def lookups(self):
        """Primary keys of what the demo cards refer to by slug."""
        from wagtail.documents import get_document_model

        documents = {d.title: d.pk for d in get_document_model().objects.all()}
        blank_forms = {}
        for domain, (title, _filename, with_docx) in content.BLANK_FORMS.items():
            titles = [title] + ([f"{title} — Word"] if with_docx else [])
            blank_forms[domain] = [("form", {"document": documents[t], "title": ""}) for t in titles if t in documents]
        return {
            # The generated services are Persian: they link the Persian instances.
            "categories": dict(ServiceCategory.objects.in_default_language().values_list("slug", "pk")),
            "audiences": dict(Audience.objects.in_default_language().values_list("slug", "pk")),
            "departments": dict(Department.objects.in_default_language().values_list("slug", "pk")),
            "laws": dict(LawPage.objects.filter(locale__language_code="fa").values_list("slug", "pk")),
            "blank_forms": blank_forms,
        }

    def generate(self, number, *, seed, batch_size, report):
        writer = PageBulkWriter(self.catalogue(), ServicePage)
        refs = self.lookups()
        combos = combinations(seed)
        now = timezone.now()
        for rng, serials, done in self.batches(number, seed, batch_size):
            batch = [self.build(rng, serial, combos, refs, now) for serial in serials]
            with transaction.atomic():
                # The codes are drawn in the batch's transaction: a failed batch gives them back.
                codes = allocate_codes([page.translation_key for page, _data in batch])
                for (page, _data), code in zip(batch, codes, strict=True):
                    page.service_code = code
                writer.write([page for page, _data in batch], lambda pages, b=batch: self.add_relations(b, refs))
            report(done, insert=writer.insert_seconds, index=writer.index_seconds)

    def build(self, rng, serial, combos, refs, now):
        """One unsaved service page (with its demo model's data for the relations)."""
        template_number, (qualifier, audience_words), county = combos[serial % len(combos)]
        data = content.SERVICES[template_number]
        title = f"{data['title']} — {qualifier}، شهرستان {county}"
        if serial >= len(combos):
            title += f" ({to_persian_digits(serial // len(combos) + 1)})"
        summary = (
            f"{data['summary']} این خدمت را اداره تعاون، کار و رفاه اجتماعی شهرستان {county} "
            f"برای {audience_words} ارائه می‌کند."
        )
        first_published = moment_in_past(rng, now, 6 * 365)
        last_published = first_published + (now - first_published) * rng.random() ** 2
        cost = data.get("cost")
        if cost:
            cost = max(100_000, round(cost * rng.uniform(0.8, 1.2), -5))
        level = data["level"]
        page = ServicePage(
            title=title,
            slug=f"{data['slug']}-{serial}",
            summary=summary[:500],
            search_description=summary[:160],
            translation_key=random_uuid(rng),
            first_published_at=first_published,
            last_published_at=last_published,
            domain=data["domain"],
            service_type=data["type"],
            delivery_level=level,
            in_person_reasons=data.get("reasons", "") if level == "semi-electronic" else "",
            is_free=not cost,
            cost_rials=cost or None,
            cost_notes=data.get("cost_notes", ""),
            processing_days=max(1, round(data["days"] * rng.uniform(0.7, 1.3))) if data.get("days") else None,
            processing_time_notes=data.get("time_notes", ""),
            responsible_department_id=refs["departments"].get(data["dept"]),
            triggers=self.stream(rng, "trigger", data["triggers"], "triggers"),
            required_documents=self.stream(rng, "document", data["documents"], "documents"),
            workflow=self.stream(rng, "step", data.get("steps", []), "steps"),
            system_links=self.stream(rng, "system", data.get("systems", []), "systems"),
            blank_forms=stream_json(rng, refs["blank_forms"].get(data["domain"], [])),
        )
        return page, data

    @staticmethod
    def stream(rng, kind, items, key):
        names = FIELD_NAMES[key]
        return stream_json(rng, [(kind, dict(zip(names, item, strict=True))) for item in items])

    @staticmethod
    def add_relations(batch, refs):
        categories = ServicePage.categories.through
        audiences = ServicePage.audiences.through
        category_rows, audience_rows, channels, law_links = [], [], [], []
        for page, data in batch:
            for slug in data["categories"]:
                if slug in refs["categories"]:
                    category_rows.append(
                        categories(servicepage_id=page.pk, servicecategory_id=refs["categories"][slug])
                    )
            for slug in data["audiences"]:
                if slug in refs["audiences"]:
                    audience_rows.append(audiences(servicepage_id=page.pk, audience_id=refs["audiences"][slug]))
            for order, (channel, details) in enumerate(data["channels"]):
                channels.append(ServiceChannel(page_id=page.pk, channel=channel, details=details, sort_order=order))
            for order, (slug, article) in enumerate(data["laws"]):
                if slug in refs["laws"]:
                    law_links.append(
                        ServiceLawLink(page_id=page.pk, law_id=refs["laws"][slug], article=article, sort_order=order)
                    )
        for model, rows in (
            (categories, category_rows),
            (audiences, audience_rows),
            (ServiceChannel, channels),
            (ServiceLawLink, law_links),
        ):
            model.objects.bulk_create(rows)
