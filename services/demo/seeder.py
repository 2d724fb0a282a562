"""Seeds the services desk's demo content (`manage.py seed_services`): catalogue, categories,
audiences, laws, services with their identity cards, questions and survey answers; the main ones
also in English. The texts are in `content` and `content_en`. Safe to run again."""

import json
import random

from django.db import transaction

from home.demo import seeding
from home.language.text import to_ascii_digits
from home.models import Department
from services.blank_forms import ensure_document
from services.demo import content, content_en
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


def service_fields(data):
    """The page fields of one service from the seed data."""
    return {
        "title": data["title"],
        "summary": data["summary"],
        "triggers": stream("trigger", data["triggers"], ("kind", "description")),
        "required_documents": stream("document", data["documents"], ("name", "form", "notes")),
        "workflow": stream("step", data.get("steps", []), ("title", "actor", "expected_time")),
        "in_person_reasons": data.get("reasons", ""),
        "system_links": stream(
            "system", data.get("systems", []), ("system", "organisation", "fields_exchanged", "method")
        ),
        "domain": data["domain"],
        "service_type": data["type"],
        "delivery_level": data["level"],
        **cost_fields(data),
        "processing_days": data.get("days"),
        "processing_time_notes": data.get("time_notes", ""),
        "responsible_department": Department.objects.in_language("fa").filter(slug=data["dept"]).first(),
    }


def cost_fields(data):
    """The card's facts a database seeded earlier may hold wrong (a made-up online address on
    services.example.ir, sample fees where the statement says the services are free)."""
    cost = data.get("cost")
    return {"online_url": "", "is_free": cost is None, "cost_rials": cost, "cost_notes": data.get("cost_notes", "")}


def english_service_fields(data):
    """The English text of one service: the Persian structure (every trigger, document, step and
    linked system, in order) with each text in its English wording."""
    en = content_en.phrase
    title, summary, reasons = content_en.SERVICES[data["slug"]]
    return {
        "title": title,
        "summary": summary,
        "triggers": stream("trigger", [(kind, en(text)) for kind, text in data["triggers"]], ("kind", "description")),
        "required_documents": stream(
            "document",
            [(en(name), form, en(notes)) for name, form, notes in data["documents"]],
            ("name", "form", "notes"),
        ),
        "workflow": stream(
            "step",
            [(en(step), en(actor), en(time)) for step, actor, time in data.get("steps", [])],
            ("title", "actor", "expected_time"),
        ),
        "in_person_reasons": reasons,
        "system_links": stream(
            "system",
            [(en(system), en(org), en(fields), method) for system, org, fields, method in data.get("systems", [])],
            ("system", "organisation", "fields_exchanged", "method"),
        ),
        "cost_notes": en(data.get("cost_notes", "")),
        "processing_time_notes": en(data.get("time_notes", "")),
    }


def law_body(articles):
    return json.dumps(
        [{"type": "article", "value": {"number": n, "heading": h, "text": f"<p>{text}</p>"}} for n, h, text in articles]
    )


def blank_forms_stream(documents, titles=None):
    """The blank-form blocks of a card; `titles` overrides the documents' (Persian) titles."""
    titles = titles or [""] * len(documents)
    return json.dumps(
        [
            {"type": "form", "value": {"document": doc.pk, "title": title}}
            for doc, title in zip(documents, titles, strict=True)
        ]
    )


def english_article(article):
    """«ماده ۱۲۰» as «Article 120» (and «بند ۱» as «Clause 1»)."""
    words = {"ماده": "Article", "بند": "Clause"}
    for persian, english in words.items():
        if article.startswith(persian):
            return f"{english} {to_ascii_digits(article[len(persian) :].strip())}"
    if article and not article.isascii():
        raise ValueError(f"No English form for the article {article!r}")
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


class Seeder(seeding.AppSeeder):
    """Creates or completes the services desk's demo content."""

    app = "services"

    @transaction.atomic
    def seed(self, home):
        home_en = seeding.get_home("en")
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
        """{slug: (Persian category, English category)}; parents come first in the list."""
        result = {}
        for order, (slug, name, name_en, parent) in enumerate(content.CATEGORIES):
            parent_fa, parent_en = result.get(parent, (None, None))
            result[slug] = seeding.ensure_reference(
                ServiceCategory,
                slug,
                {"name": name, "parent": parent_fa, "sort_order": order},
                {"name": name_en, "parent": parent_en},
            )
        return result

    def audiences(self):
        """{slug: (Persian audience, English audience)}."""
        return {
            slug: seeding.ensure_reference(Audience, slug, {"name": name, "sort_order": order}, {"name": name_en})
            for order, (slug, name, name_en) in enumerate(content.AUDIENCES)
        }

    def index_pages(self, home, home_en):
        catalogue = self.index_page(home, home_en, ServiceIndexPage, "services")
        laws_index = self.index_page(home, home_en, LawIndexPage, "laws")
        faq_index = self.index_page(home, home_en, FAQIndexPage, "faq")
        seeding.add_menu_item(catalogue, 10)
        seeding.add_menu_item(laws_index, 12)
        seeding.add_menu_item(faq_index, 14)
        seeding.add_flat_menu_item("footer", "پیوندهای سودمند", 20, page=faq_index)
        seeding.add_flat_menu_item("footer", "پیوندهای سودمند", 22, page=laws_index)
        return catalogue, laws_index, faq_index

    def index_page(self, home, home_en, model, slug):
        """An index page under the home page, in English too once the English home page exists."""
        texts, texts_en = content.HOME_CHILDREN[slug]
        return seeding.ensure_page(home, model, slug, texts, texts_en if home_en is not None else None)

    def laws(self, index):
        result = {}
        for slug, title, title_en, kind, authority, date, number, status, summary, articles in content.LAWS:
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
                body=law_body(articles),
            )
            if index.get_translations().exists():
                summary_en, articles_en = content_en.LAWS[slug]
                seeding.ensure_translation(
                    law,
                    "en",
                    title=title_en,
                    summary=summary_en,
                    authority=content_en.phrase(authority),
                    number=content_en.phrase(number),
                    body=law_body(
                        [
                            (english_article(number_fa), heading, text)
                            for (number_fa, _heading, _text), (heading, text) in zip(articles, articles_en, strict=True)
                        ]
                    ),
                )
            result[slug] = law
        return result

    def services(self, catalogue, categories, audiences, laws):
        result = {}
        forms = self.blank_forms()
        english = catalogue.get_translations().exists()
        for data in content.SERVICES:
            page = catalogue.get_children().filter(slug=data["slug"]).first()
            if page is None:
                page = ServicePage(slug=data["slug"], **service_fields(data))
                page.blank_forms = blank_forms_stream(forms[data["domain"]])
                page.categories = [categories[slug][0] for slug in data["categories"]]
                page.audiences = [audiences[slug][0] for slug in data["audiences"]]
                page.channels = [ServiceChannel(channel=c, details=d) for c, d in data["channels"]]
                page.law_links = [ServiceLawLink(law=laws[slug], article=article) for slug, article in data["laws"]]
                catalogue.add_child(instance=page)
                page.save_revision().publish()
            page = page.specific
            result[data["slug"]] = page
            seeding.refresh_texts(page, cost_fields(data))
            if english:
                self.translate_service(page, data, forms[data["domain"]], categories, audiences)
        return result

    def translate_service(self, page, data, forms, categories, audiences):
        """The English card: the Persian card's structure with English text (created once), linked
        to the English categories, audiences and department."""
        title_en = content_en.BLANK_FORMS[data["domain"]]
        fields = english_service_fields(data)
        english = seeding.locale("en")
        fields["categories"] = [categories[slug][1] for slug in data["categories"]]
        fields["audiences"] = [audiences[slug][1] for slug in data["audiences"]]
        fields["responsible_department"] = Department.objects.in_language("en").filter(slug=data["dept"]).first()
        fields["blank_forms"] = blank_forms_stream(
            forms, [title_en if doc.file_extension == "pdf" else f"{title_en} (Word)" for doc in forms]
        )
        fields["channels"] = [
            ServiceChannel(channel=channel.channel, details=content_en.phrase(channel.details))
            for channel in page.channels.all()
        ]
        fields["law_links"] = [
            ServiceLawLink(
                law=link.law.get_translation_or_none(english) or link.law, article=english_article(link.article)
            )
            for link in page.law_links.all()
        ]
        translated, created = seeding.ensure_translation(page, "en", **fields)
        if not created:
            seeding.refresh_texts(
                translated, cost_fields(data) | {"cost_notes": content_en.phrase(data.get("cost_notes", ""))}
            )

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
        for domain, (title, filename, with_docx) in content.BLANK_FORMS.items():
            forms[domain] = [ensure_document(title, f"{filename}.pdf", "pdf")]
            if with_docx:
                forms[domain].append(ensure_document(f"{title} — Word", f"{filename}.docx", "docx"))
        return forms

    def faqs(self, categories, services):
        fa = seeding.locale("fa")
        en = seeding.locale("en")
        for order, (question, answer, category, service_slugs, english) in enumerate(content.FAQS):
            item = FAQItem.objects.filter(locale=fa, question=question).first()
            if item is None:
                item = FAQItem(
                    locale=fa,
                    question=question,
                    answer=f"<p>{answer}</p>",
                    category=categories[category][0] if category in categories else None,
                    sort_order=order,
                )
                item.services = [services[slug] for slug in service_slugs]
                item.save()
            english = english or content_en.FAQS[question]
            if not FAQItem.objects.filter(translation_key=item.translation_key, locale=en).exists():
                translated = item.copy_for_translation(en)
                translated.category = categories[category][1] if category in categories else None
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
