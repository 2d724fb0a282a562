"""Factories for the services desk, for tests."""

import datetime
import json

from home.factories import page_factory

from .models import LawIndexPage, LawPage, ServiceChannel, ServiceIndexPage, ServiceLawLink, ServicePage

ServiceIndexPageFactory = page_factory(ServiceIndexPage, title="فهرست آزمایشی خدمات")


LawIndexPageFactory = page_factory(LawIndexPage, title="قوانین آزمایشی")


LawPageFactory = page_factory(
    LawPage,
    title="قانون آزمایشی",
    kind="law",
    authority="مجلس شورای اسلامی",
    approval_date=datetime.date(1990, 11, 20),
    status="in-force",
)


def trigger(description="درخواست متقاضی", kind="request"):
    return json.dumps([{"type": "trigger", "value": {"kind": kind, "description": description}}])


SERVICE_DEFAULTS = {
    "title": "خدمت آزمایشی",
    "summary": "خلاصه خدمت آزمایشی",
    "domain": "labour-relations",
    "service_type": "G2C",
    "delivery_level": "semi-electronic",
    "online_url": "https://services.example.ir/test",
    "in_person_reasons": "تطبیق اصل مدارک",
}


def make_service(parent, categories=(), audiences=(), channels=("web",), laws=(), publish=True, **fields):
    """A published service under `parent` with its categories, audiences, channels and laws."""
    page = ServicePage(**{**SERVICE_DEFAULTS, "triggers": trigger(), **fields})
    page.categories = list(categories)
    page.audiences = list(audiences)
    page.channels = [ServiceChannel(channel=channel) for channel in channels]
    page.law_links = [ServiceLawLink(law=law, article=article) for law, article in laws]
    page.live = publish  # an unpublished page is a draft, as the admin makes it
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page
