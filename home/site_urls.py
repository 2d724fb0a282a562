"""Site-level routes that exist once, whatever the language: robots.txt, the health check and
the sitemap (which itself lists both languages). portal_site includes them outside
i18n_patterns; they are reversed as `site:<name>`. Localised routes are in `home/urls.py`."""

from django.urls import path
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap

from home import views
from home.pages.sitemaps import PortalSitemap

app_name = "site"

SITEMAPS = {"pages": PortalSitemap}

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", views.healthz, name="healthz"),
    path(
        "sitemap.xml", sitemap_index, {"sitemaps": SITEMAPS, "sitemap_url_name": "site:sitemap_section"}, name="sitemap"
    ),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
]
