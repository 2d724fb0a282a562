"""Sub-URLs of routable pages hand each request to a view function that the page's app
registers here, so a model never imports its views (`make lint` holds this with import-linter).

In the app's views:

    @route_view(ServicePage, "pdf")
    def service_pdf(request, service): ...

and in the model, one line a route in the page's ``view_routes``:

    class ServicePage(ViewRoutesMixin, BasePage):
        view_routes = [view_route("pdf/", "pdf")]

The app's ``AppConfig.ready`` imports its views module, which registers the functions.

A page, and each of its routes, answers GET and HEAD only; a view that takes a form says so,
``@route_view(ServicePage, "survey", methods=TAKES_FORMS)``. Any other method is answered
405 Method Not Allowed before the page is served (home/wagtail_hooks.py, `allowed_methods`).
"""

from django.core.exceptions import ImproperlyConfigured
from django.urls import path
from wagtail.contrib.routable_page.models import RoutablePageMixin

# The HTTP methods a page or route answers: reading it, or also sending it a form.
READING = ("GET", "HEAD")
TAKES_FORMS = ("GET", "HEAD", "POST")

_views = {}


def route_view(model, name, methods=READING):
    """Register the decorated function as the view for route ``name`` of ``model`` (and
    subclasses), answering the HTTP ``methods`` (GET and HEAD unless it takes a form)."""

    def register(func):
        _views[(model, name)] = (func, tuple(methods))
        return func

    return register


def _registered(page, name):
    for cls in type(page).__mro__:
        registered = _views.get((cls, name))
        if registered is not None:
            return registered
    raise ImproperlyConfigured(f"No view registered for route {name!r} of {type(page).__name__}")


def call_route_view(page, name, request, *args, **kwargs):
    """Call the view registered for ``name`` on the page's class or its nearest base, passing the page."""
    view, _methods = _registered(page, name)
    return view(request, page, *args, **kwargs)


def allowed_methods(page, serve_args):
    """The HTTP methods the address being served answers: its route's (``serve_args`` are
    Wagtail's, the route's view first on a routable page), or GET and HEAD for the page itself."""
    name = getattr(serve_args[0], "route_view_name", None) if serve_args else None
    return READING if name is None else _registered(page, name)[1]


def view_route(pattern, view, name=None, **view_kwargs):
    """A sub-URL of a routable page that hands the request, the URL's arguments and
    ``view_kwargs`` to the view registered as ``view``; named ``name`` (default ``view``)
    for ``reverse_subpage`` and ``{% routablepageurl %}``."""

    def serve_route(page, request, *args, **kwargs):
        return call_route_view(page, view, request, *args, **view_kwargs, **kwargs)

    serve_route.route_view_name = view
    return path(pattern, serve_route, name=name or view)


class ViewRoutesMixin(RoutablePageMixin):
    """A routable page whose sub-URLs are declared in ``view_routes`` (made by `view_route`);
    each class's own list comes before its bases' routes and the page's default view."""

    view_routes = ()

    @classmethod
    def get_subpage_urls(cls):
        declared = [route for klass in cls.__mro__ for route in vars(klass).get("view_routes", ())]
        return (*declared, *super().get_subpage_urls())
