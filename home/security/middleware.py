"""Headers Django does not set itself, and URLs no view should see."""

from django.shortcuts import render


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
