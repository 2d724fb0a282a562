"""The fixed vocabularies of a notice: kind, method, stages, guarantee and document types, and
the status a reader sees and the outcome an editor records (tenders/status.py computes the status)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    TENDER = "tender", _("Tender")
    AUCTION = "auction", _("Auction")


class Method(models.TextChoices):
    """How bidders are admitted, with the OCDS procurementMethod each one maps to."""

    PUBLIC = "public", _("Public")
    LIMITED = "limited", _("Limited (invited, pre-qualified bidders)")
    DIRECT = "direct", _("Direct negotiation")


OCDS_METHOD = {Method.PUBLIC: "open", Method.LIMITED: "selective", Method.DIRECT: "limited"}


class Stages(models.TextChoices):
    ONE = "one", _("One-stage")
    TWO = "two", _("Two-stage (technical, then financial)")


class GuaranteeForm(models.TextChoices):
    BANK_GUARANTEE = "bank-guarantee", _("Bank guarantee")
    CASH_DEPOSIT = "cash-deposit", _("Cash deposit into the directorate's account")
    CERTIFIED_CHEQUE = "certified-cheque", _("Certified bank cheque")
    INSURANCE_BOND = "insurance-bond", _("Insurance bond")
    SALARY_DEDUCTION = "salary-deduction", _("Deduction from receivables")


class DocumentType(models.TextChoices):
    """A subset of the OCDS documentType codelist."""

    NOTICE = "tenderNotice", _("Notice")
    BIDDING = "biddingDocuments", _("Bidding documents")
    SPECIFICATIONS = "technicalSpecifications", _("Technical specifications")
    ELIGIBILITY = "eligibilityCriteria", _("Eligibility criteria")
    CONTRACT_DRAFT = "contractDraft", _("Draft contract")
    CLARIFICATIONS = "clarifications", _("Clarifications")


class Status(models.TextChoices):
    """What a reader sees on a notice."""

    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    OPENED = "opened", _("Bids opened")
    AWARDED = "awarded", _("Awarded")
    CANCELLED = "cancelled", _("Cancelled")
    UNSUCCESSFUL = "unsuccessful", _("Unsuccessful")


class Outcome(models.TextChoices):
    """What an editor records once the process has ended (blank while it runs)."""

    PENDING = "", _("No outcome yet")
    AWARDED = "awarded", _("Awarded")
    CANCELLED = "cancelled", _("Cancelled")
    UNSUCCESSFUL = "unsuccessful", _("Unsuccessful (no acceptable bid)")
