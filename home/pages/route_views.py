"""Route methods of routable pages hand each request to a view function that the page's app
registers here, so a model never imports its views (`make lint` holds this with import-linter).

In the app's views:

    @route_view(ServicePage, "pdf")
    def service_pdf(request, service): ...

and in the model:

    @path("pdf/", name="pdf")
    def pdf(self, request):
        return call_route_view(self, "pdf", request)

The app's ``AppConfig.ready`` imports its views module, which registers the functions.
"""

from django.core.exceptions import ImproperlyConfigured

_views = {}


def route_view(model, name):
    """Register the decorated function as the view for route ``name`` of ``model`` (and subclasses)."""

    def register(func):
        _views[(model, name)] = func
        return func

    return register


def call_route_view(page, name, request, *args, **kwargs):
    """Call the view registered for ``name`` on the page's class or its nearest base, passing the page."""
    for cls in type(page).__mro__:
        view = _views.get((cls, name))
        if view is not None:
            return view(request, page, *args, **kwargs)
    raise ImproperlyConfigured(f"No view registered for route {name!r} of {type(page).__name__}")
