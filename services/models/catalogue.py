"""The catalogue of services at /services/, with a landing listing for every category."""

from django.utils.translation import gettext_lazy as _

from home.models import IndexPageMixin, IntroPage
from home.pages.route_views import ViewRoutesMixin, view_route

from .service import ServicePage


class ServiceIndexPage(ViewRoutesMixin, IndexPageMixin, IntroPage):
    """Every service of one language tree, filterable by facets that combine and searchable."""

    subpage_types = ["services.ServicePage"]
    query_params = ("q", "page", "category", "audience", "type", "level", "channel", "domain")  # facets.FACET_NAMES

    class Meta:
        verbose_name = _("service catalogue")

    def services(self):
        """The live, public services of this catalogue."""
        return ServicePage.objects.child_of(self).live().public()

    view_routes = [
        view_route("", "catalogue"),
        view_route("category/<slug:slug>/", "catalogue", name="category"),
    ]
