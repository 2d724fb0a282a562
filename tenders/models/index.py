"""The list of notices: one index page per language tree, with its archive and open data."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from home.models import BasePage, IndexPageMixin
from home.pages.route_views import call_route_view

from .notices import TenderPage


class TenderIndexPage(RoutablePageMixin, IndexPageMixin, BasePage):
    """The list of notices (/tenders/), its archive and its open data; one per language tree."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    subpage_types = ["tenders.TenderPage"]
    query_params = ("kind", "status", "department", "page")

    class Meta:
        verbose_name = _("tender index page")

    def search_text_parts(self):
        return super().search_text_parts() + [strip_tags(self.intro)]

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
