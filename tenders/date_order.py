"""The order a notice's dates must keep, on the notice and once its amendments are applied.

One list of rules serves both: `TenderPage.clean()` checks the notice's own dates, and the
admin form (`tenders.admin_forms`) checks each amendment against the dates in force when it
is issued, so an amendment cannot publish an impossible window that the notice itself could
not. Each error names the field to correct and says what to do.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .status import AMENDABLE

# The notice's own dates, in the order they come.
DATE_FIELDS = ("documents_from", "documents_until", "enquiry_deadline", "submission_deadline", "opening_at")


@dataclass(frozen=True)
class Rule:
    """`earlier` must come before `later` (or at the same moment, unless `strict`).

    `on` is the field whose error explains a notice's own dates; `other` explains the same
    fault to an amendment that moved the other date.
    """

    earlier: str
    later: str
    strict: bool
    on: str
    message: str
    other: str


RULES = (
    Rule(
        "documents_from",
        "documents_until",
        strict=False,
        on="documents_until",
        message=_(
            "Documents cannot stop being available before they become available: set a time after “available from”."
        ),
        other="",  # only "until" can be amended
    ),
    Rule(
        "documents_from",
        "submission_deadline",
        strict=True,
        on="documents_from",
        message=_("Documents must be available before the submission deadline."),
        other=_("The submission deadline must come after the documents become available."),
    ),
    Rule(
        "enquiry_deadline",
        "submission_deadline",
        strict=False,
        on="enquiry_deadline",
        message=_("Questions must close no later than the submission deadline."),
        other=_("Questions would then close after the submission deadline: give a new deadline for questions too."),
    ),
    Rule(
        "submission_deadline",
        "opening_at",
        strict=False,
        on="opening_at",
        message=_("Bids cannot be opened before the submission deadline."),
        other=_("Bids would then be opened before the submission deadline: give a new opening of bids too."),
    ),
)


def _broken(rule, dates):
    earlier, later = dates.get(rule.earlier), dates.get(rule.later)
    if earlier is None or later is None:
        return False
    return earlier >= later if rule.strict else earlier > later


def order_errors(dates):
    """{field: message} for the rules the notice's own `dates` (a name → datetime mapping) break."""
    return {rule.on: rule.message for rule in RULES if _broken(rule, dates)}


def amendment_errors(dates, amendments):
    """The faults of the amendments, as [(amendment, field, message)].

    `dates` are the notice's own; `amendments` are mappings of an amendment's fields
    (`issued_at`, `new_submission_deadline`, ...) in the order they were issued. Each is checked
    against the dates in force once it applies, and only for the dates it changes, so a fault
    is reported once, where it was made.
    """
    errors = []
    in_force = dict(dates)
    for amendment in amendments:
        changed = {name for name, new_name in AMENDABLE.items() if amendment.get(new_name) is not None}
        in_force.update({name: amendment[AMENDABLE[name]] for name in changed})
        for rule in RULES:
            if not _broken(rule, in_force):
                continue
            moved = rule.later if rule.on == rule.earlier else rule.earlier
            if rule.on in changed:
                errors.append((amendment, AMENDABLE[rule.on], rule.message))
            elif moved in changed:
                errors.append((amendment, AMENDABLE[moved], rule.other))
        issued_at, deadline = amendment.get("issued_at"), amendment.get("new_submission_deadline")
        if issued_at and deadline and deadline <= issued_at:
            errors.append(
                (
                    amendment,
                    "new_submission_deadline",
                    _("The new submission deadline must come after the date of the amendment."),
                )
            )
    return errors


def deadline_source(amendments):
    """(amendment or None, field name) of the submission deadline in force: the last amendment
    that changed it, or the notice's own field."""
    source = (None, "submission_deadline")
    for amendment in amendments:
        if amendment.get("new_submission_deadline") is not None:
            source = (amendment, "new_submission_deadline")
    return source
