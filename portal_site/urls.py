from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.caching import page_routing

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # robots.txt, /healthz and the sitemap: one address whatever the language (`site:` names).
    path("", include("home.site_urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.SERVE_MEDIA:
    # Public uploads only (PRIVATE_MEDIA_ROOT is never mapped). In production nginx serves
    # /media/; SERVE_MEDIA lets a single gunicorn (tests, benchmarks, small sites) do it.
    from django.views.static import serve

    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    ]

# Persian at /, English at /en/: everything a reader sees lives inside i18n_patterns.
urlpatterns += i18n_patterns(
    path("", include("home.urls")),
    path("track/", include("forms_pages.urls")),
    path("", include("newsroom.urls")),
    path("", include("tenders.urls")),
    path("", include("services.urls")),
    # Wagtail's URLs, with its page view wrapped so routing comes from the cache.
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, page_routing.serve, name="wagtail_serve"),
    prefix_default_language=False,
)

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
