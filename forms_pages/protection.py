"""Abuse limits and privacy headers shared by every form a citizen submits."""

import math
import secrets
import time

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from home.language.text import format_number
from home.security.ratelimit import client_key, incr, is_limited, opaque, peek

# (count, window in seconds) per client; override with settings.FORMS_RATE_LIMITS.
# "request" and "form" count accepted submissions only; their "-attempts" caps, higher, count
# every post, so a citizen who makes a few mistakes is never locked out by them. "track" counts
# only look-ups that matched no request: many citizens share one address (mobile networks'
# CGNAT), and a typing mistake (a form error) or a look-up that worked says nothing of guessing.
DEFAULT_LIMITS = {
    "request": (5, 60 * 60),
    "request-attempts": (30, 60 * 60),
    "track": (10, 15 * 60),
    "reply": (20, 60 * 60),
    "form": (10, 60 * 60),
    "form-attempts": (40, 60 * 60),
    "poll": (20, 60 * 60),
    # Tracking look-ups with a wrong mobile or e-mail, per tracking code (a leaked code with a
    # known mobile prefix) and per contact (one mobile tried against many codes), from any
    # number of addresses.
    "track-code": (5, 24 * 60 * 60),
    "track-contact": (20, 24 * 60 * 60),
}
RETRY_AFTER_SECONDS = 900
LIMIT_MESSAGE = _(
    "You have sent too many times in a short while. What you typed is still here: wait a few "
    "minutes and send it again (attached files must be chosen again)."
)

# A poll is a choice, not typing: it comes back with the choice ticked.
POLL_LIMIT_MESSAGE = _(
    "Too many votes were sent from here in a short while. Your choice is still ticked: wait a few "
    "minutes and vote again."
)

RESPONDENT_COOKIE = "portal_respondent"
RESPONDENT_SALT = "forms_pages.respondent"
RESPONDENT_MAX_AGE = 60 * 60 * 24 * 365 * 2


def limit_for(scope):
    return {**DEFAULT_LIMITS, **getattr(settings, "FORMS_RATE_LIMITS", {})}[scope]


def over_limit(request, scope):
    """True when this client went over the limit of `scope` (counts this attempt)."""
    if not getattr(settings, "FORMS_RATE_LIMITS_ENABLED", True):
        return False
    limit, window = limit_for(scope)
    return is_limited(request, f"forms_pages:{scope}", limit, window)


def _enabled():
    return getattr(settings, "FORMS_RATE_LIMITS_ENABLED", True)


def tracking_lock(code, contact):
    """ "code" or "contact" when wrong tries locked this look-up, else None (counts nothing).

    Unknown codes are locked like real ones, so the lock tells nobody whether a code exists.
    """
    if not _enabled():
        return None
    for scope, value in (("track-code", code), ("track-contact", contact)):
        limit, window = limit_for(scope)
        if peek(f"forms_pages:{scope}", opaque(value), window) >= limit:
            return scope.removeprefix("track-")
    return None


def tracking_wait(request):
    """Seconds until this client may look up again once its look-ups that matched no request
    reached the "track" limit; 0 while under it (counts nothing)."""
    if not _enabled():
        return 0
    limit, window = limit_for("track")
    if peek("forms_pages:track", client_key(request), window) < limit:
        return 0
    return math.ceil(window - time.time() % window)  # to the end of the fixed window


def tracking_wait_message(seconds):
    """«… کد پیگیری شما همین‌جا مانده است: ۱۲ دقیقهٔ دیگر دوباره بفرستید.»"""
    minutes = max(1, math.ceil(seconds / 60))
    return ngettext(
        "Many look-ups from this internet connection, which others may share, matched no request in "
        "the last few minutes. Your tracking code is still here: try again in %(minutes)s minute.",
        "Many look-ups from this internet connection, which others may share, matched no request in "
        "the last few minutes. Your tracking code is still here: try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": format_number(minutes)}


def count_tracking_failure(request, code, contact):
    """Count a look-up that matched no request, for this client, the code and the contact;
    return (failures for this code, its limit)."""
    limit, window = limit_for("track-code")
    if not _enabled():
        return 0, limit
    incr("forms_pages:track", client_key(request), limit_for("track")[1])
    incr("forms_pages:track-contact", opaque(contact), limit_for("track-contact")[1])
    return incr("forms_pages:track-code", opaque(code), window), limit


def submission_limited(request, scope, form):
    """Whether a post of `form` at `scope` must be refused for a limit (counts it).

    Every post counts against the attempts cap; only a valid one counts against the cap on
    accepted submissions. The caller re-shows the bound form with LIMIT_MESSAGE and HTTP 429
    (see limited), so nothing typed is lost.
    """
    refused = over_limit(request, f"{scope}-attempts") or (form.is_valid() and over_limit(request, scope))
    if refused:
        choose_files_again(form)
    return refused


def choose_files_again(form):
    """A form with attachments that comes back names the files to choose again (forms.AttachmentsMixin)."""
    ask = getattr(form, "ask_to_choose_files_again", None)
    if ask is not None:
        ask()


def limited(response, retry_after=RETRY_AFTER_SECONDS):
    """Mark a re-shown form refused for a limit: HTTP 429 with Retry-After, never cached."""
    response.status_code = 429
    response["Retry-After"] = str(retry_after)
    return private(response)


# The upload disk is full or failing: nothing was kept, the form is shown again.
FILES_NOT_STORED = _(
    "Your attached files could not be stored just now, so nothing of this request was saved or sent. "
    "Please try again in a few minutes, or send it without attachments."
)
STORAGE_RETRY_AFTER_SECONDS = 300


def files_not_stored(form, response_factory):
    """Re-show `form` with FILES_NOT_STORED at its attachments: HTTP 503 with Retry-After."""
    form.add_error("attachments", FILES_NOT_STORED)
    choose_files_again(form)
    response = response_factory(form)
    response.status_code = 503
    response["Retry-After"] = str(STORAGE_RETRY_AFTER_SECONDS)
    return private(response)


def private(response):
    """Mark a response that may carry submitter data: never stored by any cache."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def respondent_token(request):
    """The anonymous respondent token from the signed cookie (None when absent or forged)."""
    return request.get_signed_cookie(RESPONDENT_COOKIE, default=None, salt=RESPONDENT_SALT)


def respondent_key(request, token=None):
    """A stable key for 'one response per person': the user when logged in, else the cookie."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    token = token or respondent_token(request)
    return f"cookie:{token}" if token else None


def ensure_respondent_cookie(request, response, token=None):
    """Give the browser a signed respondent token if it has none yet."""
    token = token or respondent_token(request)
    if token is None:
        token = secrets.token_urlsafe(18)
    response.set_signed_cookie(
        RESPONDENT_COOKIE,
        token,
        salt=RESPONDENT_SALT,
        max_age=RESPONDENT_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=getattr(settings, "SESSION_COOKIE_SECURE", False),
    )
    return response


def new_token(request):
    """The respondent token to use for this request (existing or new)."""
    return respondent_token(request) or secrets.token_urlsafe(18)
