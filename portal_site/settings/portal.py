"""The portal's own settings, beside Django's and the libraries' (base.py): how messages are
retried and sent by SMS, the requests desk's rules, tender data and demo content.

Everything that differs between machines comes from environment variables, documented in
docs/env-vars.md and .env.example.
"""

import os
from pathlib import Path

from .env import env_bool

_BASE_DIR = Path(__file__).resolve().parents[2]

# Retries of a message whose channel failed: after 1, 2, 4, ... minutes (capped at 6 hours),
# at most OUTBOX_MAX_ATTEMPTS times; then it is marked failed for staff to see.
OUTBOX_RETRY_BASE_SECONDS = int(os.environ.get("OUTBOX_RETRY_BASE_SECONDS", "60"))
OUTBOX_MAX_ATTEMPTS = int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "12"))
OUTBOX_MAX_BACKOFF_SECONDS = int(os.environ.get("OUTBOX_MAX_BACKOFF_SECONDS", str(6 * 60 * 60)))

# SMS, chosen like EMAIL_BACKEND: "console", "file" (one file per message under
# SMS_FILE_PATH), "kavenegar" (Kavenegar's REST API) or a dotted path to a backend class.
SMS_BACKEND = os.environ.get("SMS_BACKEND", "console")
SMS_FILE_PATH = os.environ.get("SMS_FILE_PATH", str(_BASE_DIR / "sent_sms"))
SMS_TIMEOUT = int(os.environ.get("SMS_TIMEOUT", "10"))
KAVENEGAR_API_KEY = os.environ.get("KAVENEGAR_API_KEY", "")
KAVENEGAR_SENDER = os.environ.get("KAVENEGAR_SENDER", "")
KAVENEGAR_BASE_URL = os.environ.get("KAVENEGAR_BASE_URL", "https://api.kavenegar.com")

# Citizens' requests (forms_pages): personal data of requests older than this many days is
# removed by `manage.py anonymise_requests`; the per-client limits on every citizen form can
# be switched off for load tests only (FORMS_RATE_LIMITS_ENABLED=0).
REQUEST_RETENTION_DAYS = int(os.environ.get("REQUEST_RETENTION_DAYS", "730"))
FORMS_RATE_LIMITS_ENABLED = env_bool("FORMS_RATE_LIMITS_ENABLED", default=True)
# Backup archives: where `manage.py backup` writes them (its default --output, nightly by
# deploy/portal-maintenance.service) and where the admin dashboard looks for the newest one.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR") or _BASE_DIR / "backups")
# The OCDS prefix registered for the directorate's tender data (`ocds-` and six letters or digits);
# the default is a placeholder, which the check tenders.W001 reports until set (docs/tenders.md).
TENDERS_OCID_PREFIX = os.environ.get("TENDERS_OCID_PREFIX", "ocds-tehranlabour")
# Answer-by dates count working days: Fridays, Iran's official holidays and the editors' extra
# closures are skipped; Thursday too when the office is closed on Thursdays.
OFFICE_CLOSED_ON_THURSDAY = env_bool("OFFICE_CLOSED_ON_THURSDAY")
# The desk's daily round (manage.py desk_daily): remind a department this many working days
# before a due date; the head of department is alerted when it passes (DepartmentDesk in the
# admin, else the department's address) and the director this many working days later.
REQUESTS_REMIND_WORKING_DAYS_BEFORE = int(os.environ.get("REQUESTS_REMIND_WORKING_DAYS_BEFORE", "1"))
REQUESTS_DIRECTOR_AFTER_WORKING_DAYS = int(os.environ.get("REQUESTS_DIRECTOR_AFTER_WORKING_DAYS", "5"))
REQUESTS_DIRECTOR_EMAIL = os.environ.get("REQUESTS_DIRECTOR_EMAIL", "")

# Demo content: each app seeds its own part; seed_demo runs these commands in this order.
DEMO_SEEDERS = ["seed_home", "seed_services", "seed_newsroom", "seed_forms", "seed_tenders", "seed_editorial"]
# Content at scale (manage.py generate_scale_data): each app's part, in this order; each part
# gives the command its option (--services N, --news N, --requests N).
SCALE_DATA_PARTS = [
    "services.demo.scale_data.ServicesPart",
    "newsroom.demo.scale_data.NewsPart",
    "forms_pages.demo.scale_data.RequestsPart",
]
