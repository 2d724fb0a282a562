"""Where a new request goes: a report of an administrative violation to the unit that receives
such reports (never to the unit it is about; a report about that unit itself to the Director
General's office), anything else to the unit the citizen chose; and what the forms tell the
citizen about it, read from the same setting so the two never differ."""

import logging

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.caching.page_cache import until_content_changes
from home.models import Department

from .choices import RequestKind

logger = logging.getLogger(__name__)


def route(kind, chosen):
    """(The department a new request goes to, the unit it reports.) A report of an administrative
    violation goes to the unit that receives such reports, and the unit the citizen chose is kept
    as the one reported, whose staff do not see it (`visible_to` reads `department`); any other
    request goes to the unit chosen.
    A report about the unit receiving reports itself goes to the unit ticked to handle those (the
    Director General's office, `oversight_unit`), never to the unit it is about.
    With no unit ticked to receive the reports, a report goes to the unit chosen, as it did
    before, and a warning asks an operator to tick one."""
    if kind != RequestKind.VIOLATION:
        return chosen, None
    unit = Department.objects.receiving_violation_reports()
    if unit is None:
        logger.warning(
            "No department receives reports of administrative violations, so a report about the department %s "
            "went to that department. Tick “receives reports of administrative violations” on the inspection and "
            "complaints unit (admin menu › Departments).",
            chosen.slug,
        )
        return chosen, chosen
    if unit == chosen:
        return oversight_unit(unit) or chosen, chosen
    return unit, chosen


def oversight_unit(receiving):
    """The unit handling a report about `receiving`, the unit that receives reports: the one ticked
    to handle them (the Director General's office: `Department.oversees_violation_unit`, an
    explicit flag, not a slug an operator could rename); without it, with a warning, the first
    other department in order; None when there is no other department."""
    others = Department.objects.in_default_language().exclude(pk=receiving.pk).order_by("sort_order", "name")
    office = others.filter(oversees_violation_unit=True).first()
    if office is None:
        office = others.first()
        logger.warning(
            "No department handles reports about the department %s, which receives reports of administrative "
            "violations, so such a report went to %s. Tick “handles reports about the unit receiving violation "
            "reports” on the Director General's office (admin menu › Departments).",
            receiving.slug,
            office.slug if office else "that department itself",
        )
    return office


def where_violation_reports_go(anonymous=False):
    """The department field's help: where a report of an administrative violation goes, as
    `route` sends it (the unit ticked to receive them, and where a report about that unit goes;
    with none, the unit chosen)."""
    # Kept until content changes (saving a department moves the generation): no query a form.
    unit = until_content_changes(f"forms_pages:violation-reports-unit:{get_language()}", receiving_unit_name)
    if not unit:
        return _("Reports of administrative violations go to the unit you choose.")
    if anonymous:
        message = _(
            "Your report goes to the %(unit)s, which handles reports of administrative violations, not to the unit you name."
        )
    else:
        message = _(
            "Reporting an administrative violation? Choose the unit it is about: the report goes to the %(unit)s, "
            "not to that unit."
        )
    message %= {"unit": unit}
    office = until_content_changes(f"forms_pages:violation-reports-oversight:{get_language()}", oversight_unit_name)
    if office:
        message += " " + _("A report about the %(unit)s itself goes to the %(office)s.") % {
            "unit": unit,
            "office": office,
        }
    return message


def receiving_unit_name():
    """The name, in the active language, of the unit receiving violation reports ("": none)."""
    unit = Department.objects.receiving_violation_reports()
    return unit.display_name if unit else ""


def oversight_unit_name():
    """The name, in the active language, of the unit handling reports about the unit receiving
    them ("": no unit receives them, or no other unit exists)."""
    unit = Department.objects.receiving_violation_reports()
    office = unit and oversight_unit(unit)
    return office.display_name if office else ""
