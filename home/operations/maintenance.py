"""Maintenance mode: a site setting that turns the public site into a Persian 503 page.

Staff keep the admin (and the public site, to check it) while the switch is on: whoever may
enter the admin (the operator who switched it on, editors, desk staff), not Django's `is_staff`,
which none of them has.
The setting is read through the cache so the check costs no query on a normal request.
"""

from django.core.cache import cache
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.shortcuts import render

from home.caching import page_cache
from home.language.i18n import localised
from home.models import MaintenanceSettings

CACHE_KEY = "portal:maintenance"
ALWAYS_OPEN = ("/admin/", "/healthz", "/static/", "/documents/", "/robots.txt")


def current_maintenance():
    """The active maintenance settings of the default site, or None (cached)."""
    state = cache.get(CACHE_KEY)
    if state is None:
        setting = MaintenanceSettings.objects.filter(site__is_default_site=True).first()
        state = setting.as_state() if setting and setting.enabled else {}
        cache.set(CACHE_KEY, state, 60)
    return state or None


class MaintenanceModeMiddleware:
    """Answer public requests with 503 and Retry-After while maintenance mode is on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(ALWAYS_OPEN):
            state = current_maintenance()
            user = getattr(request, "user", None)
            if state and not (user is not None and user.has_perm("wagtailadmin.access_admin")):
                # The reader's language only: an English page carries no Persian (the page's
                # own line stands in for a message written in the other language alone).
                message = localised(state, "message", fallback=False)
                context = {"maintenance": state, "message": message}
                response = render(request, "maintenance.html", context, status=503)
                response["Retry-After"] = str(state["retry_after"])
                response["Cache-Control"] = "no-store"
                return response
        return self.get_response(request)


def _forget(sender, **kwargs):
    cache.delete(CACHE_KEY)


def connect_signals():
    receiver(post_save, sender=MaintenanceSettings)(_forget)
    # The page cache serves no stored page while the switch is on.
    page_cache.serve_none_while(CACHE_KEY, current_maintenance)
