"""The list of notices: one index page per language tree, with its archive and open data."""

from django.utils.translation import gettext_lazy as _

from home.models import IndexPageMixin, RichIntroPage
from home.pages.route_views import ViewRoutesMixin, view_route

from .notices import TenderPage


class TenderIndexPage(ViewRoutesMixin, IndexPageMixin, RichIntroPage):
    """The list of notices (/tenders/), its archive and its open data; one per language tree."""

    subpage_types = ["tenders.TenderPage"]
    query_params = ("kind", "status", "department", "page")

    class Meta:
        verbose_name = _("tender index page")

    def notices(self):
        """Every live notice of this index, ready for listing (no query per notice)."""
        return TenderPage.objects.child_of(self).live().public().for_listing()

    view_routes = [
        view_route("", "listing", name="current", archive=False),
        view_route("archive/", "listing", name="archive", archive=True),
        view_route("ocds/", "ocds"),
    ]
