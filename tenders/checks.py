"""The system check of the tender notices' open data: the OCDS ocid prefix.

OCDS builds every `ocid` from an OCID prefix registered with the Open Contracting Partnership
(`ocds-` and six random lowercase letters or digits; the standard defines no test prefix) and
the notice's reference number. A made-up prefix makes every ocid the portal publishes invalid,
and since an ocid must never change once published, it is worth setting before the first notice.
A deployment check (`manage.py check --deploy`, as production's start is checked): `make run`
and the tests, which publish nothing, are not told about it.
"""

import re

from django.conf import settings
from django.core import checks

OCID_PREFIX = re.compile(r"ocds-[a-z0-9]{6}")


@checks.register(checks.Tags.compatibility, deploy=True)
def check_ocid_prefix(app_configs=None, **kwargs):
    prefix = settings.TENDERS_OCID_PREFIX
    if OCID_PREFIX.fullmatch(prefix):
        return []
    return [
        checks.Warning(
            f"TENDERS_OCID_PREFIX is {prefix!r}, not a registered OCDS OCID prefix: the tender notices' "
            "open data (/tenders/ocds/) carries invalid ocids.",
            hint="Ask data@open-contracting.org for the directorate's OCID prefix and set TENDERS_OCID_PREFIX "
            "to it: 'ocds-' and six lowercase letters or digits, such as ocds-a1b2c3 (docs/tenders.md).",
            id="tenders.W001",
        )
    ]
