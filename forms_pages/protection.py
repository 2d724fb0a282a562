"""Abuse limits and privacy headers shared by every form a citizen submits."""

import secrets

from django.conf import settings
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers, patch_cache_control

from home.ratelimit import is_limited

# (attempts, window in seconds) per client; override with settings.FORMS_RATE_LIMITS.
DEFAULT_LIMITS = {
    "request": (5, 60 * 60),
    "track": (10, 15 * 60),
    "reply": (20, 60 * 60),
    "form": (10, 60 * 60),
    "poll": (20, 60 * 60),
}

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


def too_many(request, page=None):
    """The clear Persian (or English) page for a client that went over a limit: HTTP 429."""
    response = render(request, "forms_pages/rate_limited.html", {"page": page}, status=429)
    response["Retry-After"] = "900"
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
