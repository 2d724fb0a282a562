"""Settings shared by every environment.

Everything that differs between machines comes from environment variables, documented in
docs/env-vars.md and .env.example.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_list

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# A form sent without its token gets the portal's page in its language, not Django's own.
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

INSTALLED_APPS = [
    "home",
    "services",
    "newsroom",
    "forms_pages",
    "tenders",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmenus",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Wagtail's status panel says when a task started with humanize's naturaltime, whose
    # Persian ("۳ دقیقه پیش", not "3 minutes ago") ships in this app's catalogue.
    "django.contrib.humanize",
    "django.contrib.postgres",  # OpClass in index expressions (the requests desk's trigram index)
    "django.forms",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First, so a hit skips everything else; it stores responses with every header the rest
    # of the stack added (CSP, frame options, HSTS, ...), so a hit carries them too.
    "home.caching.page_cache.AnonymousPageCacheMiddleware",
    # Inside the cache: a listing shown without a value its address asks for answers 400, unstored.
    "home.caching.query_params.RefusedValuesMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "home.security.middleware.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "home.security.admin_csp.AdminInlineScriptNonceMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.caching.request_memo.RequestMemoMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.language.i18n.PortalLocaleMiddleware",
    "home.security.middleware.RejectNulMiddleware",
    "home.language.jalali_display.AdminJalaliDatesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "home.security.two_factor.StaffTwoFactorMiddleware",
    "home.operations.maintenance.MaintenanceModeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns lockouts into the lockout response.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out client is refused before its password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "portal_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Form widgets render through the project's templates, so templates/ can override Wagtail's
# date widgets with the Jalali ones (home/language/jalali_input.py).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

WSGI_APPLICATION = "portal_site.wsgi.application"

# An embedded SQLite file lets a newcomer run the site with nothing else installed; tests
# and production use PostgreSQL through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # `make run` writes from two processes: the web server and the outbox worker, whose poll
    # takes an EXCLUSIVE lock every second. A transaction begun DEFERRED that reads and then
    # writes (a citizen's request) failed at once with "database is locked" when the poll came
    # in between; IMMEDIATE takes the write lock at BEGIN, so a writer waits (up to `timeout`).
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                # Redis down must not take the site down: a failed cache read is a miss, a
                # failed write is skipped (and logged), and nobody waits long for either.
                # Rate limits fall back to the database (home/security/ratelimit.py).
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
        }
    }

# Background work. "default" stays Django's immediate backend (Wagtail's own index updates
# run inside the request, as before). "outbox" is durable: every message to an applicant or
# to staff is sent by a worker from it, never inside a web request. Without REDIS_URL it is
# the database (worker: `manage.py db_worker --backend outbox --queue-name outbox`); with
# REDIS_URL it is RQ (worker: `manage.py rqworker outbox --job-class django_tasks_rq.Job`).
OUTBOX_QUEUE = "outbox"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
if REDIS_URL:
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {OUTBOX_QUEUE: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 300}}
    TASKS["outbox"] = {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": [OUTBOX_QUEUE]}
else:
    TASKS["outbox"] = {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": [OUTBOX_QUEUE]}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language: Persian first, served without a prefix; English under /en/.
LANGUAGE_CODE = "fa"
# The public language switcher names each language in itself (LANGUAGES); the admin names
# locales and admin languages in the reader's language: «انگلیسی» for Persian staff.
LANGUAGES = [("fa", "فارسی"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = [("fa", _("Persian")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
# A new English translation starts as a draft (wagtail-localize would publish it at once,
# still in Persian, when the Persian page is live); it goes live once translated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILADMIN_PERMITTED_LANGUAGES = WAGTAIL_CONTENT_LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Tehran"
USE_I18N = True
USE_TZ = True
# Persian thousands grouped with «٬» where a count is written with intcomma (Wagtail's listings).
FORMAT_MODULE_PATH = ["home.language.formats"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "/media/"
# Let Django serve MEDIA_ROOT itself (tests, benchmarks, a single small server); nginx does
# it in the documented deployment.
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA")
# Files citizens attach to requests never live under MEDIA_ROOT, so no web server maps them.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT") or BASE_DIR / "private_media")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Mail: every standard Django e-mail setting is honoured when set in the environment.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "sent_mail"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@example.ir")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Security headers on every response (public site and admin).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's preview views override this with SAMEORIGIN for the editor's live preview frame.
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        # NONCE is only sent when a response used it: Wagtail's own admin initialisers.
        "script-src": ["'self'", NONCE],
        # No 'unsafe-inline' on public pages; the admin adds it (home/security/admin_csp.py).
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        # Agrees with X_FRAME_OPTIONS = "DENY"; responses that allow SAMEORIGIN framing get
        # 'self' (home.security.admin_csp.frame_ancestors_follow_frame_options).
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Admin login protection: five failures for a username from one address lock it for an hour.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "lockout.html"
AXES_VERBOSE = False  # logs would otherwise carry usernames and addresses
# The client address comes from one function, shared with the rate limiter: behind nginx
# REMOTE_ADDR is always 127.0.0.1, and the first X-Forwarded-For entry is whatever the
# client wrote. TRUSTED_PROXY_COUNT is the number of proxies in front of gunicorn that
# set X-Forwarded-For (nginx in deploy/nginx.conf: 1; gunicorn facing the internet: 0).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "home.security.client_address.client_ip"

# Optional two-factor sign-in for staff (TOTP); 1 makes it compulsory for every staff member.
STAFF_TWO_FACTOR_REQUIRED = env_bool("STAFF_TWO_FACTOR_REQUIRED")
OTP_TOTP_ISSUER = "Tehran Labour Directorate portal"

# Anonymous page responses kept in the cache (0 turns the page cache off).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# How long a shared cache in front of the app (nginx, deploy/nginx.conf) may keep such a page:
# its s-maxage. Publishing empties the app's cache at once but cannot reach nginx's, so this is
# how long a change (or the maintenance notice) may take to show behind nginx.
SHARED_CACHE_SECONDS = int(os.environ.get("SHARED_CACHE_SECONDS", "30"))

# Wagtail
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no requests to outside servers, even from the admin
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin would otherwise call releases.wagtail.org
WAGTAIL_SITE_NAME = _("Tehran Province General Directorate of Cooperatives, Labour and Social Welfare")
# Wagtail's own login form leaves the password label untranslated (it has none).
WAGTAILADMIN_USER_LOGIN_FORM = "home.security.admin_forms.PortalLoginForm"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend, every query of pages normalised as the index is (the admin's too).
        "BACKEND": "home.language.search_backend",
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILMENUS_FLAT_MENUS_HANDLE_CHOICES = (("footer", _("Footer")),)
WAGTAILMENUS_ACTIVE_CLASS = "is-active"
WAGTAILMENUS_ACTIVE_ANCESTOR_CLASS = "is-ancestor"

SILENCED_SYSTEM_CHECKS = [
    # wagtailmenus' own snippets still declare panels the old way on Wagtail 8; harmless.
    "wagtailadmin.W002",
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # Request bodies and submitter data never reach the logs.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # Every background task logs its start and end at INFO; only problems matter here.
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Wagtail logs every page created, edited and published at INFO; the audit log in the
        # database keeps that record, so the console only shows problems.
        "wagtail": {
            "handlers": ["console"],
            "level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING"),
            "propagate": False,
        },
        # WeasyPrint narrates every rendering step at INFO.
        "weasyprint": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "fontTools": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# The portal's own settings: its messages, the requests desk, tender data, demo content.
from .portal import *  # noqa: E402, F403
