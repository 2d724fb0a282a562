"""Language selection for a Persian-first portal."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class PortalLocaleMiddleware(LocaleMiddleware):
    """Take the language from the URL only.

    Django's LocaleMiddleware lets the browser's Accept-Language header pick the language of
    unprefixed URLs such as /admin/, which gives an English admin to staff whose browsers
    are English. The portal is Persian unless the URL says /en/ (editors may still choose
    another admin language in their Wagtail account settings).
    """

    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
