"""Notices as Open Contracting Data Standard (OCDS 1.1) releases and release packages.

A release describes the notice as it stands at the request: its status is computed then,
like on the page, so open data never calls a closed notice active-and-open (tenderPeriod
tells when submissions ended, `statusDetails` carries the portal's own status).
"""

import mimetypes

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from home.models import ContactSettings

from .choices import OCDS_METHOD, Kind, Stages, Status
from .status import OCDS_STATUS

CURRENCY = "IRR"


def iso(value):
    """An aware datetime as an ISO 8601 string with its offset (None stays None)."""
    if value is None:
        return None
    return timezone.localtime(value).isoformat(timespec="seconds")


def ocid(notice):
    """The prefix (TENDERS_OCID_PREFIX, checked by tenders.checks), a hyphen, the reference number."""
    return f"{settings.TENDERS_OCID_PREFIX}-{notice.reference_number.replace('/', '-')}"


def _plain(html):
    """Rich text as plain text, one paragraph a line."""
    return strip_tags((html or "").replace("</p>", "</p>\n")).strip()


def _amount(value):
    return None if value is None else {"amount": value, "currency": CURRENCY}


def _clean(data):
    """Drop keys whose value is None, an empty string or an empty list (OCDS omits them)."""
    if isinstance(data, dict):
        return {k: _clean(v) for k, v in data.items() if v not in (None, "", [], {})}
    if isinstance(data, list):
        return [_clean(v) for v in data]
    return data


def release(notice, request, now):
    """One OCDS release for a notice (documents, amendments and department prefetched)."""
    status = notice.status_at(now)
    deadlines = notice.deadlines()
    amendments = notice.ordered_amendments()
    buyer = None
    if notice.department_id:
        buyer = {"id": notice.department.slug, "name": notice.department.display_name}
    start = deadlines.documents_from or notice.first_published_at
    tags = ["tender"]
    if amendments:
        tags.append("tenderAmendment")
    if status == Status.CANCELLED:
        tags.append("tenderCancellation")
    if status == Status.AWARDED:
        tags.append("award")
    dates = [notice.first_published_at, notice.last_amended_at, notice.last_published_at]
    release_date = max((d for d in dates if d), default=now)
    tender = {
        "id": notice.reference_number,
        "title": notice.title,
        "description": notice.subject,
        "status": OCDS_STATUS[status],
        "statusDetails": str(status.label),
        "procurementMethod": OCDS_METHOD[notice.procurement_method],
        "procurementMethodDetails": _("%(method)s, %(stages)s")
        % {"method": notice.get_procurement_method_display(), "stages": notice.get_stages_display()},
        "submissionMethod": ["written"],
        "value": _amount(notice.estimated_value),
        "minValue": _amount(notice.estimated_value) if notice.kind == Kind.AUCTION else None,
        "tenderPeriod": {"startDate": iso(start), "endDate": iso(deadlines.submission_deadline)},
        "enquiryPeriod": {"startDate": iso(start), "endDate": iso(deadlines.enquiry_deadline)}
        if deadlines.enquiry_deadline
        else None,
        "eligibilityCriteria": _plain(notice.eligibility),
        "documentAvailabilityPeriod": {"startDate": iso(start), "endDate": iso(deadlines.documents_until)}
        if deadlines.documents_until
        else None,
        "procuringEntity": buyer,
        "bidOpening": {"date": iso(deadlines.opening_at), "address": {"streetAddress": notice.opening_place}}
        if deadlines.opening_at
        else None,
        "documents": [_document(item, request) for item in notice.notice_documents.all()],
        "amendments": [_amendment(notice, index, item) for index, item in enumerate(amendments, start=1)],
    }
    tender["kind"] = notice.kind
    tender["stages"] = 2 if notice.stages == Stages.TWO else 1
    if status == Status.CANCELLED:
        tender["statusDetails"] = f"{status.label}: {notice.cancellation_reason}"
    parties = []
    if buyer:
        parties.append({**buyer, "roles": ["buyer", "procuringEntity"]})
    data = {
        "ocid": ocid(notice),
        "id": f"{ocid(notice)}-{release_date:%Y%m%d%H%M%S}",
        "date": iso(release_date),
        "tag": tags,
        "initiationType": "tender",
        "language": notice.locale.language_code if notice.locale_id else "fa",
        "buyer": buyer,
        "parties": parties,
        "tender": tender,
    }
    if status == Status.AWARDED:
        supplier = {"id": f"supplier-{notice.pk}", "name": notice.winner}
        parties.append({**supplier, "roles": ["supplier"]})
        data["awards"] = [
            {
                "id": f"{ocid(notice)}-award-1",
                "status": "active",
                "suppliers": [supplier],
                "value": _amount(notice.awarded_amount),
            }
        ]
    return _clean(data)


def _document(item, request):
    document = item.document
    mime, _encoding = mimetypes.guess_type(document.filename)
    return {
        "id": f"doc-{item.pk}",
        "documentType": item.document_type,
        "title": item.display_title,
        "url": request.build_absolute_uri(document.url),
        "format": mime,
        "datePublished": iso(document.created_at),
    }


# Where each date an amendment may change lives in the OCDS tender object.
AMENDED_FIELDS = {
    "new_documents_until": "tender.documentAvailabilityPeriod.endDate",
    "new_enquiry_deadline": "tender.enquiryPeriod.endDate",
    "new_submission_deadline": "tender.tenderPeriod.endDate",
    "new_opening_at": "tender.bidOpening.date",
}


def _amendment(notice, index, item):
    changes = [
        {"field": path, "value": iso(getattr(item, name))}
        for name, path in AMENDED_FIELDS.items()
        if getattr(item, name) is not None
    ]
    return {
        "id": f"{ocid(notice)}-amendment-{index}",
        "date": iso(item.issued_at),
        "description": item.text,
        "changedDates": changes,
    }


def release_package(notices, request, now, next_url=None):
    """An OCDS release package wrapping the releases of `notices`."""
    package = {
        "uri": request.build_absolute_uri(),
        "version": "1.1",
        "publishedDate": iso(now),
        "publisher": {
            "name": ContactSettings.for_request(request).display_name,
            "uri": request.build_absolute_uri("/"),
        },
        "releases": [release(notice, request, now) for notice in notices],
    }
    if next_url:
        package["links"] = {"next": next_url}
    return package
