"""/sitemap.xml: an index of sitemap pages listing every live public page of both trees.

Each sitemap page holds at most `PortalSitemap.limit` addresses, so a site with a hundred
thousand news items still answers /sitemap.xml and each /sitemap-pages.xml?p=N quickly.

Every address is on the host the sitemap was asked on (Wagtail's are on the Site record's
host name and port, which need not be the host the portal is served on), and each page
names its live translations (`<xhtml:link rel="alternate" hreflang="…">`, and x-default for
the Persian page), all of a sitemap page's translations read in one query.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db.models import Q
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.models import Page

from home.models.querysets import readable_now

_ORDER = [code for code, _name in settings.LANGUAGES]  # the languages, in the site's order


class PortalSitemap(WagtailSitemap):
    """Wagtail's sitemap covers only the site's root tree; ours adds its translations."""

    limit = 2000

    def items(self):
        return self.pages_in_both_trees().order_by("path").defer_streamfields().specific()

    def pages_in_both_trees(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        return Page.objects.filter(in_any_tree).live().public()

    def get_urls(self, page=1, site=None, protocol=None):
        """Wagtail's addresses (each page's `get_sitemap_urls`) on the request's host, each with
        its page's translations (`alternates`, which Django's sitemap template writes out)."""
        on_this_page = self.paginator.page(page).object_list.values_list("translation_key", flat=True)
        alternates = self.alternates(set(on_this_page))
        urls = super().get_urls(page, site, protocol)
        for url_info in urls:
            url_info["alternates"] = alternates.get(url_info["location"], [])
            url_info["location"] = self.on_request_host(url_info["location"])
        return urls

    def alternates(self, translation_keys):
        """{address as Wagtail writes it: [{lang_code, location}]} for the pages with more than
        one live translation a reader can open: each language in the site's order, then
        x-default (the Persian page). One query for all of them."""
        translations = (
            readable_now(self.pages_in_both_trees().filter(translation_key__in=translation_keys))
            .select_related("locale")
            .only("translation_key", "url_path", "locale__language_code")
        )
        by_key = {}
        for translation in translations:
            url = translation.get_full_url(self.request)
            if url:
                by_key.setdefault(translation.translation_key, {})[translation.locale.language_code] = url
        alternates = {}
        for urls in by_key.values():
            if len(urls) < 2:
                continue  # a page in one language has no alternate
            links = [
                {"lang_code": code, "location": self.on_request_host(urls[code])} for code in _ORDER if code in urls
            ]
            if settings.LANGUAGE_CODE in urls:
                links.append({"lang_code": "x-default", "location": self.on_request_host(urls[settings.LANGUAGE_CODE])})
            for url in urls.values():
                alternates[url] = links
        return alternates

    def on_request_host(self, url):
        """`url` on the scheme and host of the request, when Django accepts that host
        (ALLOWED_HOSTS); otherwise as Wagtail made it, on the Site record's host."""
        if self.request is None:
            return url
        try:
            host = self.request.get_host()
        except DisallowedHost:
            return url
        parts = urlsplit(url)
        return urlunsplit((self.request.scheme, host, parts.path, parts.query, parts.fragment))
