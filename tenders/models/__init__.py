"""Tender and auction notices: the index page, the notice page, its documents and amendments."""

from ..status import CURRENT, FINISHED, Outcome, Status
from .attachments import TenderAmendment, TenderDocument
from .choices import OCDS_METHOD, DocumentType, GuaranteeForm, Kind, Method, Stages
from .index import TenderIndexPage
from .notices import TenderPage

__all__ = [
    "CURRENT",
    "FINISHED",
    "OCDS_METHOD",
    "DocumentType",
    "GuaranteeForm",
    "Kind",
    "Method",
    "Outcome",
    "Stages",
    "Status",
    "TenderAmendment",
    "TenderDocument",
    "TenderIndexPage",
    "TenderPage",
]
