"""Where a new request goes: a report of an administrative violation to the unit that receives
such reports (never to the unit it is about), anything else to the unit the citizen chose; and
what the forms tell the citizen about it, read from the same setting so the two never differ."""

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
    return unit, chosen


def where_violation_reports_go(anonymous=False):
    """The department field's help: where a report of an administrative violation goes, as
    `route` sends it (the unit ticked to receive them; with none, the unit chosen)."""
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
    return message % {"unit": unit}


def receiving_unit_name():
    """The name, in the active language, of the unit receiving violation reports ("": none)."""
    unit = Department.objects.receiving_violation_reports()
    return unit.display_name if unit else ""
