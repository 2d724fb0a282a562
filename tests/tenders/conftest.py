"""Fixtures of the tenders tests: an index of their own, so counts and order are exact."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.models import Site
from wagtail.test.utils.form_data import rich_text

from home.language.jalali_input import format_jalali_input
from tenders.factories import TenderIndexPageFactory, TenderPageFactory
from tenders.models import TenderAmendment, TenderDocument, TenderIndexPage, TenderPage
from tests.page_forms import page_form_data
from tests.shared_data import shared_data

HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)


@pytest.fixture(scope="module")
def shared_index(django_db_setup, django_db_blocker):
    """The test index, published once per module in a transaction rolled back after the module.
    Each test runs in a savepoint inside it, so the notices a test publishes under it are rolled
    back after that test (publishing the index again for each test cost about 0.2 s a test)."""
    with shared_data(django_db_blocker):
        home = Site.objects.get(is_default_site=True).root_page.specific
        page = TenderIndexPageFactory(parent=home, slug="test-tenders", title="آگهی‌های آزمایشی")
        page.save_revision().publish()
        yield page.pk


@pytest.fixture
def index(db, shared_index):
    # A fresh instance per test: the children a test adds must not stay counted in memory.
    return TenderIndexPage.objects.get(pk=shared_index)


@pytest.fixture
def make_notice(index):
    """Create and publish a notice under the test index; dates relative to now."""
    return notice_maker(index, publish=True)


def notice_maker(index, publish):
    """A function making notices under `index`: published (a revision, first_published_at, as
    the feeds and OCDS read them), or only saved live (for listings, about half the CPU)."""

    def make(**fields):
        amendments = fields.pop("amendments", [])
        documents = fields.pop("documents", 0)
        page = TenderPageFactory.build(**fields)
        page.amendments = [TenderAmendment(**a) for a in amendments]
        page.notice_documents = [
            TenderDocument(document=_document(f"سند {n}"), document_type="biddingDocuments") for n in range(documents)
        ]
        index.add_child(instance=page)
        if publish:
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


# -- the notice form in the admin --------------------------------------------------------


def jalali(moment):
    """A date as a Persian editor types it: «۱۴۰۵/۰۹/۲۵ ۱۴:۳۰», Tehran time."""
    return format_jalali_input(moment, with_time=True)


def notice_form(reference, **fields):
    """The POST body of a new notice's admin form, published, with `fields` typed in."""
    data = {
        "title": "مناقصه از پیشخوان",
        "slug": f"admin-{reference.lower()}",
        "reference_number": reference,
        "subject": "موضوع",
        "description": rich_text("<p>شرح</p>"),
        **fields,
    }
    return page_form_data(TenderPage, publish=True, **data)


def errors_of(form, name):
    return " ".join(str(message) for message in form.errors.get(name, []))


@pytest.fixture
def add_url(index):
    return f"/admin/pages/add/tenders/tenderpage/{index.pk}/"
