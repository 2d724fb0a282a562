"""The life cycle of a notice, computed from its dates at the moment of the request.

Nothing here touches the database: `effective_deadlines()` folds the amendments into the
original dates, and `notice_status()` is a pure function of those dates, the editor-set
outcome and "now", so a notice can never be shown as open after its deadline and no
scheduled job is needed. The listing filters in the database with the same rules
(`TenderPageQuerySet.with_status`), on the denormalised effective deadlines.
"""

from dataclasses import dataclass
from datetime import datetime

from .choices import Outcome, Status

# Statuses after which nothing more can be submitted: the archive.
FINISHED = (Status.CLOSED, Status.OPENED, Status.AWARDED, Status.CANCELLED, Status.UNSUCCESSFUL)
CURRENT = (Status.OPEN, Status.UPCOMING)

# The names of the dates an amendment may change, on the notice and on the amendment.
AMENDABLE = {
    "documents_until": "new_documents_until",
    "enquiry_deadline": "new_enquiry_deadline",
    "submission_deadline": "new_submission_deadline",
    "opening_at": "new_opening_at",
}


@dataclass(frozen=True)
class Deadlines:
    """The dates in force for a notice once its amendments are applied."""

    documents_from: datetime | None
    documents_until: datetime | None
    enquiry_deadline: datetime | None
    submission_deadline: datetime | None
    opening_at: datetime | None


def effective_deadlines(notice, amendments):
    """The notice's dates with each one replaced by the latest amendment that names it.

    Amendments are taken in the order they were issued (date, then their order in the
    editor); an amendment that leaves a date blank does not change it.
    """
    values = {name: getattr(notice, name) for name in AMENDABLE}
    ordered = sorted(amendments, key=lambda a: (a.issued_at is None, a.issued_at, a.sort_order or 0))
    for amendment in ordered:
        for name, new_name in AMENDABLE.items():
            new_value = getattr(amendment, new_name)
            if new_value is not None:
                values[name] = new_value
    return Deadlines(documents_from=notice.documents_from, **values)


def notice_status(outcome, deadlines, now):
    """The status of a notice at `now`.

    An editor-set outcome wins. Otherwise: upcoming before the documents are available,
    open until the (effective) submission deadline, closed from the deadline on, and
    "bids opened" from the opening date. The deadline itself is no longer open.
    """
    if outcome == Outcome.CANCELLED:
        return Status.CANCELLED
    if outcome == Outcome.AWARDED:
        return Status.AWARDED
    if outcome == Outcome.UNSUCCESSFUL:
        return Status.UNSUCCESSFUL
    if deadlines.documents_from is not None and now < deadlines.documents_from:
        return Status.UPCOMING
    if deadlines.submission_deadline is None or now < deadlines.submission_deadline:
        return Status.OPEN
    if deadlines.opening_at is None or now < deadlines.opening_at:
        return Status.CLOSED
    return Status.OPENED


# OCDS tender status codelist (https://standard.open-contracting.org/1.1/en/schema/codelists/).
OCDS_STATUS = {
    Status.UPCOMING: "planned",
    Status.OPEN: "active",
    Status.CLOSED: "active",
    Status.OPENED: "active",
    Status.AWARDED: "complete",
    Status.CANCELLED: "cancelled",
    Status.UNSUCCESSFUL: "unsuccessful",
}
