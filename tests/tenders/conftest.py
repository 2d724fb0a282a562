"""Fixtures of the tenders tests: an index of their own, so counts and order are exact."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document

from tenders.factories import TenderIndexPageFactory, TenderPageFactory
from tenders.models import TenderAmendment, TenderDocument

HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def index(home_fa):
    page = TenderIndexPageFactory(parent=home_fa, slug="test-tenders", title="آگهی‌های آزمایشی")
    page.save_revision().publish()
    return page


@pytest.fixture
def make_notice(index):
    """Create and publish a notice under the test index; dates relative to now."""

    def make(**fields):
        amendments = fields.pop("amendments", [])
        documents = fields.pop("documents", 0)
        page = TenderPageFactory.build(**fields)
        page.amendments = [TenderAmendment(**a) for a in amendments]
        page.notice_documents = [
            TenderDocument(document=_document(f"سند {n}"), document_type="biddingDocuments") for n in range(documents)
        ]
        index.add_child(instance=page)
        page.save_revision().publish()
        return page

    return make


def _document(title):
    document = Document(title=title)
    document.file.save("test.pdf", ContentFile(b"%PDF-1.4\n%test\n"), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


@pytest.fixture
def now():
    return timezone.now()
