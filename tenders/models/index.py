"""The list of notices: one index page per language tree, with its archive and open data."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models import IndexPageMixin, RichIntroPage
from home.pages.route_views import call_route_view

from .notices import TenderPage


class TenderIndexPage(RoutablePageMixin, IndexPageMixin, RichIntroPage):
    """The list of notices (/tenders/), its archive and its open data; one per language tree."""

    subpage_types = ["tenders.TenderPage"]
    query_params = ("kind", "status", "department", "page")

    class Meta:
        verbose_name = _("tender index page")

    def notices(self):
        """Every live notice of this index, ready for listing (no query per notice)."""
        return TenderPage.objects.child_of(self).live().public().for_listing()

    @path("")
    def current(self, request):
        return call_route_view(self, "listing", request, archive=False)

    @path("archive/")
    def archive(self, request):
        return call_route_view(self, "listing", request, archive=True)

    @path("ocds/")
    def ocds(self, request):
        return call_route_view(self, "ocds", request)
