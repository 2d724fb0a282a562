"""Sub-URLs of routable pages hand each request to a view function that the page's app
registers here, so a model never imports its views (`make lint` holds this with import-linter).

In the app's views:

    @route_view(ServicePage, "pdf")
    def service_pdf(request, service): ...

and in the model, one line a route in the page's ``view_routes``:

    class ServicePage(ViewRoutesMixin, BasePage):
        view_routes = [view_route("pdf/", "pdf")]

The app's ``AppConfig.ready`` imports its views module, which registers the functions.
"""

from django.core.exceptions import ImproperlyConfigured
from django.urls import path
from wagtail.contrib.routable_page.models import RoutablePageMixin

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


def view_route(pattern, view, name=None, **view_kwargs):
    """A sub-URL of a routable page that hands the request, the URL's arguments and
    ``view_kwargs`` to the view registered as ``view``; named ``name`` (default ``view``)
    for ``reverse_subpage`` and ``{% routablepageurl %}``."""

    def serve_route(page, request, *args, **kwargs):
        return call_route_view(page, view, request, *args, **view_kwargs, **kwargs)

    return path(pattern, serve_route, name=name or view)


class ViewRoutesMixin(RoutablePageMixin):
    """A routable page whose sub-URLs are declared in ``view_routes`` (made by `view_route`);
    each class's own list comes before its bases' routes and the page's default view."""

    view_routes = ()

    @classmethod
    def get_subpage_urls(cls):
        declared = [route for klass in cls.__mro__ for route in vars(klass).get("view_routes", ())]
        return (*declared, *super().get_subpage_urls())
