"""Demo content of the services desk: catalogue, categories, audiences, laws, services with their
identity cards, questions and survey answers; the main ones also in English. Safe to run again."""

import json
import random

from django.core.management.base import BaseCommand
from django.db import transaction

from home import seeding
from home.models import Department
from home.text import to_ascii_digits
from services import seed_data
from services.blank_forms import ensure_document
from services.models import (
    Audience,
    FAQIndexPage,
    FAQItem,
    LawIndexPage,
    LawPage,
    ServiceCategory,
    ServiceChannel,
    ServiceIndexPage,
    ServiceLawLink,
    ServicePage,
    ServiceSurveyResponse,
)

SURVEY_COMMENTS = [
    "کار با سامانه ساده بود.",
    "پاسخگویی کارشناس خوب بود ولی زمان انتظار طولانی شد.",
    "مدارک لازم روشن نوشته شده بود.",
    "",
    "",
]


def stream(kind, items, keys):
    return json.dumps([{"type": kind, "value": dict(zip(keys, item, strict=True))} for item in items])


def service_fields(data, english=False):
    """The page fields of one service from the seed data (English text where given)."""

    def pick(name):
        return data.get(f"{name}_en") if english and data.get(f"{name}_en") else data.get(name)

    fields = {
        "title": pick("title"),
        "summary": pick("summary"),
        "triggers": stream("trigger", pick("triggers"), ("kind", "description")),
        "required_documents": stream("document", pick("documents"), ("name", "form", "notes")),
        "workflow": stream("step", pick("steps") or [], ("title", "actor", "expected_time")),
        "in_person_reasons": pick("reasons") or "",
    }
    if english:
        systems = [
            (*seed_data.SYSTEMS_EN.get(system, (system, organisation, fields_exchanged)), method)
            for system, organisation, fields_exchanged, method in data.get("systems", [])
        ]
        fields["system_links"] = stream("system", systems, ("system", "organisation", "fields_exchanged", "method"))
    if not english:
        cost = data.get("cost")
        fields.update(
            domain=data["domain"],
            service_type=data["type"],
            delivery_level=data["level"],
            online_url=seed_data.url(data["slug"]) if data["level"] != "non-electronic" else "",
            system_links=stream(
                "system", data.get("systems", []), ("system", "organisation", "fields_exchanged", "method")
            ),
            is_free=cost is None,
            cost_rials=cost,
            cost_notes=data.get("cost_notes", ""),
            processing_days=data.get("days"),
            processing_time_notes=data.get("time_notes", ""),
            responsible_department=Department.objects.filter(slug=data["dept"]).first(),
        )
    return fields


def english_article(article):
    """«ماده ۱۲۰» as «Article 120» (and «بند ۱» as «Clause 1»)."""
    words = {"ماده": "Article", "بند": "Clause"}
    for persian, english in words.items():
        if article.startswith(persian):
            return f"{english} {to_ascii_digits(article[len(persian) :].strip())}"
    return article


# The five services citizens use most in such a directorate: unemployment insurance, labour
# disputes, foreign nationals' work permits (issue and renewal) and labour inspection requests.
MOST_USED = [
    "unemployment-insurance",
    "labour-dispute",
    "foreign-work-permit",
    "foreign-work-permit-renewal",
    "inspection-request",
]


class Command(BaseCommand):
    help = "Demo content of the services desk. Safe to run again."

    @transaction.atomic
    def handle(self, *args, **options):
        home = seeding.get_home("fa")
        home_en = seeding.get_home("en")
        if home is None:
            self.stdout.write("  services: no home page yet (run seed_home first)")
            return
        categories = self.categories()
        audiences = self.audiences()
        catalogue, laws_index, faq_index = self.index_pages(home, home_en)
        laws = self.laws(laws_index)
        services = self.services(catalogue, categories, audiences, laws)
        self.faqs(categories, services)
        self.survey(services)
        self.rank_most_used(services)
        self.stdout.write(
            f"  services: {ServicePage.objects.count()} service pages, {LawPage.objects.count()} law pages, "
            f"{FAQItem.objects.count()} questions, {ServiceSurveyResponse.objects.count()} survey answers"
        )

    def categories(self):
        result = {}
        for order, (slug, name, name_en, parent) in enumerate(seed_data.CATEGORIES):
            category, _created = ServiceCategory.objects.get_or_create(
                slug=slug,
                defaults={"name": name, "name_en": name_en, "parent": result.get(parent), "sort_order": order},
            )
            result[slug] = category
        return result

    def audiences(self):
        result = {}
        for order, (slug, name, name_en) in enumerate(seed_data.AUDIENCES):
            result[slug], _created = Audience.objects.get_or_create(
                slug=slug, defaults={"name": name, "name_en": name_en, "sort_order": order}
            )
        return result

    def index_pages(self, home, home_en):
        catalogue, _ = seeding.ensure_child(
            home,
            ServiceIndexPage,
            "services",
            title="میز خدمت الکترونیکی",
            summary="همه خدمات اداره کل با شناسنامه کامل: مدارک، قوانین، مراحل، هزینه و زمان انجام.",
            intro="خدمت مورد نیاز خود را با جست‌وجو یا دسته‌بندی‌ها پیدا کنید؛ شناسنامه هر خدمت همه آنچه برای دریافت آن لازم است را نشان می‌دهد.",
        )
        laws_index, _ = seeding.ensure_child(
            home,
            LawIndexPage,
            "laws",
            title="قوانین و مقررات",
            summary="قوانین، آیین‌نامه‌ها، دستورالعمل‌ها و بخشنامه‌هایی که خدمات اداره کل بر پایه آن‌ها ارائه می‌شود.",
            intro="هر قانون یا مقرره، خدماتی را که به آن استناد می‌کنند نشان می‌دهد.",
        )
        faq_index, _ = seeding.ensure_child(
            home,
            FAQIndexPage,
            "faq",
            title="پرسش‌های متداول",
            summary="پاسخ پرسش‌های پرتکرار شهروندان درباره خدمات اداره کل.",
            intro="پرسش خود را جست‌وجو کنید یا در دسته‌بندی‌ها ببینید.",
        )
        seeding.add_menu_item(catalogue, 10)
        seeding.add_menu_item(laws_index, 12)
        seeding.add_menu_item(faq_index, 14)
        seeding.add_flat_menu_item("footer", "پیوندهای سودمند", 20, page=faq_index)
        seeding.add_flat_menu_item("footer", "پیوندهای سودمند", 22, page=laws_index)
        if home_en is not None:
            seeding.ensure_translation(
                catalogue,
                "en",
                title="Electronic services desk",
                summary="Every service of the directorate with its full identity card.",
                intro="Find a service by searching or by category; each identity card shows everything you need.",
            )
            seeding.ensure_translation(
                laws_index,
                "en",
                title="Laws and regulations",
                summary="The laws, by-laws, directives and circulars the directorate's services rest on.",
                intro="Each law lists the services that cite it.",
            )
            seeding.ensure_translation(
                faq_index,
                "en",
                title="Frequently asked questions",
                summary="Answers to citizens' most common questions.",
                intro="Search the questions or browse them by category.",
            )
        return catalogue, laws_index, faq_index

    def laws(self, index):
        result = {}
        for slug, title, title_en, kind, authority, date, number, status, summary, articles in seed_data.LAWS:
            body = json.dumps(
                [
                    {"type": "article", "value": {"number": n, "heading": h, "text": f"<p>{text}</p>"}}
                    for n, h, text in articles
                ]
            )
            law, _created = seeding.ensure_child(
                index,
                LawPage,
                slug,
                title=title,
                summary=summary,
                kind=kind,
                authority=authority,
                approval_date=date,
                number=number,
                status=status,
                body=body,
            )
            if index.get_translations().exists():
                seeding.ensure_translation(
                    law, "en", title=title_en, summary=f"{title_en}: see the Persian text for the articles.", body="[]"
                )
            result[slug] = law
        return result

    def services(self, catalogue, categories, audiences, laws):
        result = {}
        forms = self.blank_forms()
        for data in seed_data.SERVICES:
            page = catalogue.get_children().filter(slug=data["slug"]).first()
            if page is None:
                page = ServicePage(slug=data["slug"], **service_fields(data))
                page.blank_forms = json.dumps(
                    [{"type": "form", "value": {"document": doc.pk, "title": ""}} for doc in forms[data["domain"]]]
                )
                page.categories = [categories[slug] for slug in data["categories"]]
                page.audiences = [audiences[slug] for slug in data["audiences"]]
                page.channels = [ServiceChannel(channel=c, details=d) for c, d in data["channels"]]
                page.law_links = [ServiceLawLink(law=laws[slug], article=article) for slug, article in data["laws"]]
                catalogue.add_child(instance=page)
                page.save_revision().publish()
            page = page.specific
            result[data["slug"]] = page
            if data.get("title_en") and catalogue.get_translations().exists():
                translated, created = seeding.ensure_translation(page, "en", **service_fields(data, english=True))
                if created:
                    # Channel notes are Persian; the English card shows the channel names only.
                    for channel in translated.channels.all():
                        channel.details = ""
                        channel.save()
                    for link in translated.law_links.all():
                        link.article = english_article(link.article)
                        link.save()
        return result

    def rank_most_used(self, services):
        """What a provincial directorate's desk handles most, first (the home page leads with these)."""
        for rank, slug in enumerate(MOST_USED, start=1):
            source = services.get(slug)
            if source is None:
                continue
            for page in ServicePage.objects.filter(translation_key=source.translation_key):
                if page.most_used_rank != rank:
                    page.most_used_rank = rank
                    page.save_revision().publish()

    def blank_forms(self):
        """{domain: [documents]}: a sample PDF form per domain, some also as Word files."""
        forms = {}
        for domain, (title, filename, with_docx) in seed_data.BLANK_FORMS.items():
            forms[domain] = [ensure_document(title, f"{filename}.pdf", "pdf")]
            if with_docx:
                forms[domain].append(ensure_document(f"{title} — Word", f"{filename}.docx", "docx"))
        return forms

    def faqs(self, categories, services):
        fa = seeding.locale("fa")
        en = seeding.locale("en")
        for order, (question, answer, category, service_slugs, english) in enumerate(seed_data.FAQS):
            item = FAQItem.objects.filter(locale=fa, question=question).first()
            if item is None:
                item = FAQItem(
                    locale=fa,
                    question=question,
                    answer=f"<p>{answer}</p>",
                    category=categories.get(category),
                    sort_order=order,
                )
                item.services = [services[slug] for slug in service_slugs]
                item.save()
            if english and not FAQItem.objects.filter(translation_key=item.translation_key, locale=en).exists():
                translated = item.copy_for_translation(en)
                translated.question, answer_en = english
                translated.answer = f"<p>{answer_en}</p>"
                translated.services = [
                    s.get_translation_or_none(en) for s in item.services.all() if s.get_translation_or_none(en)
                ]
                translated.save()

    def survey(self, services):
        for slug, page in services.items():
            if ServiceSurveyResponse.objects.filter(service__translation_key=page.translation_key).exists():
                continue
            rng = random.Random(slug)
            weights = [1, 2, 4, 6, 5] if page.delivery_level == "electronic" else [2, 3, 5, 4, 2]
            ServiceSurveyResponse.objects.bulk_create(
                ServiceSurveyResponse(
                    service=page,
                    score=rng.choices(range(1, 6), weights=weights)[0],
                    visited_in_person=page.delivery_level != "electronic" and rng.random() < 0.6,
                    comment=rng.choice(SURVEY_COMMENTS),
                    language="fa",
                )
                for _n in range(rng.randint(4, 14))
            )
