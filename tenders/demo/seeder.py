"""Seeds the demo content of the tenders app (`manage.py seed_tenders`): the index page
(Persian and English) and the 14 notices of `content`.

Every date is relative to the moment the notices are created. Running the command again
leaves existing notices as they are (same counts, no new revisions); on a demo database
that has aged, `seed_tenders --refresh-dates` republishes the notices with dates relative to
now again, so the demo has open, upcoming and finished notices once more.
"""

from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents.models import Document

from home.demo import seeding
from home.models import Department
from home.pages.pdf import render_pdf
from tenders.demo.content import (
    CONTACT,
    DOCUMENT_TITLES_EN,
    ELIGIBILITY,
    ELIGIBILITY_EN,
    HOME_CHILDREN,
    NOTICE_DOCUMENT,
    OPENING_PLACE,
    notices,
)
from tenders.models import TenderAmendment, TenderDocument, TenderIndexPage, TenderPage


class Seeder(seeding.AppSeeder):
    """Creates or completes the tenders' demo content; with `refresh`, republishes existing
    notices with dates relative to now."""

    app = "tenders"

    def __init__(self, stdout, refresh=False):
        super().__init__(stdout)
        self.refresh = refresh

    def seed(self, home):
        index = self.index(home)
        departments = {d.slug: d for d in Department.objects.in_language("fa")}
        created = updated = 0
        with translation.override("fa"):
            for spec in notices():
                _page, was_created = self.notice(index, spec, departments)
                created += was_created
                updated += not was_created
        self.stdout.write(f"  tenders: index and {created + updated} notices ready ({created} new)")

    def index(self, home):
        index = seeding.ensure_page(home, TenderIndexPage, "tenders", *HOME_CHILDREN["tenders"])
        seeding.add_menu_item(index, 30)
        return index

    def notice(self, index, spec, departments):
        spec = dict(spec)
        english = spec.pop("en", None)
        amendments = [TenderAmendment(**item) for item in spec.pop("amendments", [])]
        document_specs = spec.pop("documents", [])
        slug = spec.pop("slug")
        spec["department"] = departments.get(spec["department"])
        spec.setdefault("contact", CONTACT)
        spec.setdefault("opening_place", OPENING_PLACE)
        spec.setdefault("eligibility", ELIGIBILITY)
        existing = index.get_children().filter(slug=slug).first()
        if existing is not None and not self.refresh:
            return existing.specific, False
        page = existing.specific if existing else TenderPage(slug=slug)
        for name, value in spec.items():
            setattr(page, name, value)
        page.amendments = amendments
        page.notice_documents = [
            TenderDocument(document=self.document(title, key, page), document_type=doc_type, sort_order=order)
            for order, (title, doc_type, key) in enumerate(document_specs)
        ]
        if existing is None:
            index.add_child(instance=page)
        page.save_revision().publish()
        if english:
            self.translate(page, spec, english)
        return page, existing is None

    def translate(self, page, spec, english):
        """The English translation of a notice, with the Persian notice's current dates."""
        with translation.override("en"):
            fields = {"eligibility": ELIGIBILITY_EN, **english}
            translated, _created = seeding.ensure_translation(page, "en", **fields)
            for name, value in fields.items():
                setattr(translated, name, value)
            dates = ["documents_from", "documents_until", "enquiry_deadline", "submission_deadline", "opening_at"]
            for name in dates:
                setattr(translated, name, getattr(page, name))
            if page.department is not None:
                translated.department = page.department.in_language("en")
            translated.amendments = [
                TenderAmendment(
                    issued_at=a.issued_at,
                    text="The dates below were changed by this amendment.",
                    new_documents_until=a.new_documents_until,
                    new_enquiry_deadline=a.new_enquiry_deadline,
                    new_submission_deadline=a.new_submission_deadline,
                    new_opening_at=a.new_opening_at,
                )
                for a in page.amendments.all()
            ]
            translated.notice_documents = [
                TenderDocument(
                    document=d.document,
                    title=DOCUMENT_TITLES_EN[d.display_title],
                    document_type=d.document_type,
                    sort_order=i,
                )
                for i, d in enumerate(page.notice_documents.all())
            ]
            translated.save_revision().publish()

    def document(self, title, key, page):
        """A small real PDF for the notice, rendered once and reused on later runs."""
        filename = f"{key}.pdf"
        existing = Document.objects.filter(title=title).first()
        if existing is not None:
            return existing
        with translation.override("fa"):
            pdf = render_pdf(
                "tenders/pdf/notice_document.html",
                {
                    "title": title,
                    "notice": page,
                    "paragraphs": [page.subject, *NOTICE_DOCUMENT["paragraphs"]],
                    "header": NOTICE_DOCUMENT["header"],
                    "rows": NOTICE_DOCUMENT["rows"],
                },
            )
        document = Document(title=title)
        document.file.save(filename, ContentFile(pdf), save=False)
        document._set_document_file_metadata()
        document.save()
        return document
