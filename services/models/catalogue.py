"""The catalogue of services at /services/, with a landing listing for every category."""

from django.http import Http404
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.caching.page_cache import until_content_changes
from home.caching.query_params import known_values
from home.models import IndexPageMixin, IntroPage
from home.pages.pagination import paginate

from .service import ServicePage
from .taxonomy import ServiceCategory

PAGE_SIZE = 12


class ServiceIndexPage(RoutablePageMixin, IndexPageMixin, IntroPage):
    """Every service of one language tree, filterable by facets that combine and searchable."""

    subpage_types = ["services.ServicePage"]
    query_params = ("q", "page", "category", "audience", "type", "level", "channel", "domain")  # facets.FACET_NAMES

    class Meta:
        verbose_name = _("service catalogue")

    def services(self):
        """The live, public services of this catalogue."""
        return ServicePage.objects.child_of(self).live().public()

    @path("")
    def catalogue(self, request):
        return self._render_listing(request)

    @path("category/<slug:slug>/", name="category")
    def category(self, request, slug):
        category = ServiceCategory.objects.in_language().filter(slug=slug).select_related("parent").first()
        if category is None:
            raise Http404(_("No such category."))
        return self._render_listing(request, category)

    def _render_listing(self, request, category=None):
        from services.facets import FACET_NAMES, Catalogue

        catalogue = Catalogue(self.services(), request.GET, fixed_category=category)
        for name in FACET_NAMES:
            # Unknown or repeated filter values redirect to the address without them.
            known_values(request, name, catalogue.choice_values(name))
        cache_key = catalogue.cache_key(self.pk)
        # Filtering and sorting read every service (50 ms at 10,000): the ordered ids of a
        # choice of filters are kept until content changes; each page then loads its own 12.
        ids = until_content_changes(f"services:results:{cache_key}", catalogue.result_ids)
        page_obj = paginate(request, ids, PAGE_SIZE)
        # The listing is a fragment kept until content changes (service_index_page.html): the
        # services and facet counts are read only when it is rendered again.
        ids_on_page = page_obj.object_list
        page_obj.object_list = SimpleLazyObject(lambda: catalogue.services_in_order(ids_on_page))
        response = self.render(
            request,
            context_overrides={
                "catalogue": catalogue,
                # The counts read every service (30 ms a facet at 10,000 services): kept
                # until content changes, per language and choice of filters.
                "facets": SimpleLazyObject(
                    lambda: until_content_changes(f"services:facets:{cache_key}", catalogue.facets)
                ),
                "page_obj": page_obj,
                "services": page_obj.object_list,
                "category": category,
                "subcategories": list(
                    ServiceCategory.objects.in_language()
                    .filter(parent__slug=category.slug)
                    .order_by("sort_order", "name")
                )
                if category
                else [],
                "open_data": {
                    "csv": reverse("services:open_data", kwargs={"fmt": "csv"}),
                    "json": reverse("services:open_data", kwargs={"fmt": "json"}),
                    "jsonld": reverse("services:open_data", kwargs={"fmt": "jsonld"}),
                    "rss": reverse("services:feed_rss"),
                    "atom": reverse("services:feed_atom"),
                },
            },
        )
        if catalogue.is_filtered:
            # Filtered views are endless combinations of one list: keep them out of indexes.
            response["X-Robots-Tag"] = "noindex"
        return response
