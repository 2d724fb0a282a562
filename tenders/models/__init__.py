"""Tender and auction notices: the index page, the notice page, its documents and amendments."""

from ..status import CURRENT, FINISHED
from .attachments import TenderAmendment, TenderDocument
from .index import TenderIndexPage
from .notices import TenderPage

__all__ = [
    "CURRENT",
    "FINISHED",
    "TenderAmendment",
    "TenderDocument",
    "TenderIndexPage",
    "TenderPage",
]
