"""/sitemap.xml: an index of sitemap pages listing every live public page of both trees.

Each sitemap page holds at most `PortalSitemap.limit` addresses, so a site with a hundred
thousand news items still answers /sitemap.xml and each /sitemap-pages.xml?p=N quickly.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.models import Page


class PortalSitemap(WagtailSitemap):
    """Wagtail's sitemap covers only the site's root tree; ours adds its translations."""

    limit = 2000

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        return Page.objects.filter(in_any_tree).live().public().order_by("path").defer_streamfields().specific()
