"""Language selection for a Persian-first portal."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils import translation


class PortalLocaleMiddleware(LocaleMiddleware):
    """Take the language from the URL only.

    Django's LocaleMiddleware lets the browser's Accept-Language header pick the language of
    unprefixed URLs such as /admin/, which gives an English admin to staff whose browsers
    are English. The portal is Persian unless the URL says /en/ (editors may still choose
    another admin language in their Wagtail account settings).
    """

    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


class SecurityHeadersMiddleware:
    """Headers Django does not set itself: Permissions-Policy and cross-origin isolation."""

    PERMISSIONS_POLICY = (
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
        "microphone=(), payment=(), usb=(), interest-cohort=()"
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


class RejectNulMiddleware:
    """A NUL character in the path or the query string is a 400, before any view sees it.

    PostgreSQL text cannot hold NUL, so any look-up with one (a tag slug, a search term) was a
    500. Forms already refuse NUL in their fields; this covers everything else a URL carries.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if (
            "\x00" in request.path_info
            or "%00" in query
            or any("\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists())
        ):
            return render(request, "400.html", status=400)
        return self.get_response(request)
