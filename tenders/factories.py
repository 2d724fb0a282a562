"""Factories for tests: notices whose dates are given relative to a moment."""

import datetime

import factory

from home.factories import days_from_now, page_factory

from .choices import Kind, Method, Stages
from .models import TenderAmendment, TenderIndexPage, TenderPage

TenderIndexPageFactory = page_factory(TenderIndexPage, title="مناقصه‌ها و مزایده‌ها")


# An open tender by default: documents from yesterday, deadline in a week.
TenderPageFactory = page_factory(
    TenderPage,
    title=factory.Sequence(lambda n: f"مناقصه آزمایشی {n}"),
    slug=factory.Sequence(lambda n: f"test-notice-{n}"),
    kind=Kind.TENDER,
    procurement_method=Method.PUBLIC,
    stages=Stages.ONE,
    reference_number=factory.Sequence(lambda n: f"TEST-{n:04d}"),
    subject="موضوع آزمایشی",
    documents_from=days_from_now(-1),
    submission_deadline=days_from_now(7),
    opening_at=factory.LazyAttribute(lambda o: o.submission_deadline + datetime.timedelta(days=1)),
)


def add_amendment(notice, **fields):
    """Add an amendment to a notice the way an editor does (in the page's revision) and publish."""
    notice.amendments.add(TenderAmendment(text=fields.pop("text", "اصلاحیه"), **fields))
    notice.save_revision().publish()
    notice.refresh_from_db()
    return notice
