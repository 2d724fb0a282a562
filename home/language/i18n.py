"""The reader's language: taken from the URL only, and each language link goes to the translation
of what the reader is looking at."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db.models import Exists, OuterRef
from django.http import QueryDict
from django.middleware.locale import LocaleMiddleware
from django.urls import translate_url
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, Site

from home.caching.page_cache import reader_key, until_content_changes
from home.caching.query_params import cache_query
from home.caching.request_memo import in_reading_request, remember


def is_english(language=None):
    """Whether `language` (the active language when not given) is English."""
    return (language or get_language() or settings.LANGUAGE_CODE).startswith("en")


def localised(obj, field, fallback=True, language=None):
    """The value of `field` in the active language, for models (or dicts) that keep an English
    copy beside the Persian one: `<field>_en` on English pages, `<field>` otherwise.

    An empty English value falls back to the Persian one, unless `fallback=False` (for text
    such as an address, which an English page had better leave out than show in Persian).
    """

    def value(name):
        if isinstance(obj, dict):
            return obj.get(name, "")
        return getattr(obj, name, "")

    if is_english(language):
        english = value(f"{field}_en")
        if english or not fallback:
            return english
    return value(field)


def index_page(model, locale=None):
    """The live, public page of an index page type (one per language tree), in the active
    language unless `locale` is given; kept in the cache until content changes.

    Not `.first()` on the page type: that orders by tree path, and with 100,000 news items
    before it PostgreSQL walked the whole path index to find a contact page (80 ms a panel).
    """
    locale = locale or active_locale()
    return until_content_changes(
        f"index-page:{model._meta.label_lower}:{locale.pk}",
        lambda: model.objects.live().public().filter(locale=locale).order_by("pk").first(),
    )


def active_locale():
    """The Locale of the active language (looked up once per reading request, from the cache
    until content changes)."""
    language = get_language()
    return remember(
        ("active-locale", language),
        lambda: until_content_changes(f"active-locale:{language}", Locale.get_active),
    )


def alternate_links(request, page=None):
    """A list of {code, name, url, alternate_url, hreflang_url, current, translated} for every
    site language.

    For a page, the link points to its live translation, falling back to the other
    language's home page; for other views, to the same URL in the other language. On a
    sub-route of a routable page (a category, a tag, an archive month, a survey) the link
    goes to the same sub-route of the translation where that shows something (a routable
    page may say where it does not, or which of its own routes shows the same: an archive
    month of the other calendar; `serves_route(name, kwargs)`). The switcher's `url`
    keeps the filters the page reads, not the page number: the other language's list holds
    other items, and may have fewer pages. The hreflang links' `alternate_url` leaves them
    all out, as filtered and later pages are not indexed and differ between languages.
    `hreflang_url` is `alternate_url` made absolute on the request's scheme and host, as the
    head's hreflang links must be (search engines ignore relative ones) and as the sitemap
    names them; the page cache and the kept links are keyed by scheme and host. A page's links
    are kept until content changes (about 4 ms and two queries a view), and so is which
    translations show a sub-route: a warm cache answers with no query.
    """
    cached = isinstance(page, Page) and page.pk and request is not None and in_reading_request()
    if cached:
        links = until_content_changes(
            f"alternate-links:{reader_key(request, page.pk)}", lambda: _alternate_links(request, page)
        )
    else:
        links = _alternate_links(request, page)
    links = _on_this_address(request, page, links, cached)
    return [{**link, "hreflang_url": _absolute(request, link["alternate_url"])} for link in links]


def _absolute(request, url):
    """`url` on the request's scheme and host (unchanged when already absolute, or with no request).

    A host Django refuses gets its 400 page, which names the alternates too: reading the host
    there raised again, and the 400 became a 500. Its links stay relative."""
    if request is None:
        return url
    try:
        return request.build_absolute_uri(url)
    except DisallowedHost:
        return url


def _alternate_links(request, page):
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        if code in translations:
            url = translations[code].get_url(request)
        elif isinstance(page, Page):
            url = _home_url(request, code)
        elif request is not None:
            url = _local(translate_url(request.get_full_path(), code))
        page_pk = translations[code].pk if code in translations and url else None
        links.append(
            {
                "code": code,
                "name": name,
                "url": url or _language_root(code),
                "current": code == current,
                "page_pk": page_pk,
                # The same content in `code`, not its home page standing in for it: only that is
                # named in the head's hreflang links (as in the sitemap, a page in one language
                # has no alternate).
                "translated": (code in translations and url is not None) or not isinstance(page, Page),
            }
        )
    return links


def _on_this_address(request, page, links, cached):
    """`links` with the request's sub-route of `page` and the query parameters it reads added
    to each translation's address. Only on the page's own address or below it: a view that
    merely names a page (a preview, a desk view) keeps the translations' own addresses."""
    own = next((link for link in links if link["current"] and link.get("page_pk")), None)
    if own is None or request is None or not request.path.startswith(urlsplit(own["url"]).path):
        return [{**link, "alternate_url": link["url"]} for link in links]
    sub_path = _sub_path(request, page)
    serves = _translations_serving(request, page, links, sub_path, cached) if sub_path else {}
    query = cache_query(request)
    elsewhere = QueryDict(query, mutable=True)
    elsewhere.pop("page", None)
    result = []
    for link in links:
        address, filters = link["url"], ""
        if link.get("page_pk"):
            there = sub_path if link["current"] else serves.get(link["code"])
            if not sub_path or there:
                address += there or ""
                kept = query if link["current"] else elsewhere.urlencode()
                filters = "?" + kept if kept else ""
            # Otherwise the translation shows nothing there (a tag of the other language's
            # news): its own address, rather than an empty list or a 404, and no filters.
        result.append({**link, "url": address + filters, "alternate_url": address})
    return result


def _sub_path(request, page):
    """The part of the request's address after `page`'s own, written by the page's route
    (``category/permits/``, ``tag/cooperatives/``), or "" on the page's own address."""
    match = getattr(request, "routable_resolver_match", None)
    if not isinstance(page, RoutablePageMixin) or match is None or not match.url_name:
        return ""
    return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs).lstrip("/")


def _translations_serving(request, page, links, sub_path, cached):
    """{language code: the sub-path of that language's translation of `page` that shows what
    `sub_path` shows, or None where it shows nothing} for the languages other than the active
    one. A translation's `serves_route` answers True (the same sub-path), False (none), or
    the (name, kwargs) of its own route that shows the same."""

    def there(translation, match):
        answer = translation.serves_route(match.url_name, match.kwargs)
        if answer is True:
            return sub_path
        if not answer:
            return None
        name, kwargs = answer
        return translation.reverse_subpage(name, kwargs=kwargs).lstrip("/")

    def compute():
        match = page.resolve_subpage("/" + sub_path)
        languages = {link["page_pk"]: link["code"] for link in links if link.get("page_pk") and not link["current"]}
        translations = type(page).objects.filter(pk__in=languages).select_related("locale") if languages else ()
        return {languages[t.pk]: there(t, match) for t in translations}

    if not hasattr(page, "serves_route"):
        return {link["code"]: sub_path for link in links}
    if not cached:
        return compute()
    return until_content_changes(f"alternate-route:{reader_key(request, page.pk, sub_path)}", compute)


def _local(url):
    """`url` when it is a path on this site; None for anything a browser would take off-site
    (`//evil.example/`, `/\\evil.example`) or that carries control characters."""
    if (
        url
        and url.startswith("/")
        and not url.startswith(("//", "/\\"))
        and not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in url)
        and url_has_allowed_host_and_scheme(url, allowed_hosts=None)
    ):
        return url
    return None


def _language_root(code):
    return "/" if code == settings.LANGUAGE_CODE else f"/{code}/"


def _home_url(request, code):
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    locale = remember(("locale", code), lambda: Locale.objects.filter(language_code=code).first())
    if locale is None:
        return None
    home = site.root_page.get_translations(inclusive=True).filter(locale=locale).live().first()
    return home.get_url(request) if home else None


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


def admin_language_choices():
    """The account settings' language menu, each language named in the reader's language as the
    admin's locale menus are (WAGTAILADMIN_PERMITTED_LANGUAGES): «انگلیسی» and «فارسی» for
    Persian staff, "English" and "Persian" for English staff. Wagtail names each language in
    itself, which leaves "English" in Latin letters in the Persian admin."""
    from wagtail.admin.localization import get_available_admin_languages

    languages = [(code, str(name)) for code, name in get_available_admin_languages()]
    server = dict(languages).get(settings.LANGUAGE_CODE, settings.LANGUAGE_CODE)
    return [("", translation.gettext("Use server language: %(language_name)s") % {"language_name": server}), *languages]


def install_admin_language_names():
    """Give Wagtail's account language menu the names of `admin_language_choices`."""
    from wagtail.admin.forms.account import LocalePreferencesForm

    LocalePreferencesForm.base_fields["preferred_language"].choices = admin_language_choices


# Listings of models named by Django after their class, English in every language: under
# wagtail-localize's translations report Wagtail wrote «۱ translation». Their count reads in
# the reader's language here (model label: the count's phrase); a feature app adds its own
# with `register_count_phrase` (the requests desk: «۳ درخواست», not «۳ درخواست‌های شهروندان»).
COUNT_PHRASES = {
    "wagtail_localize.translation": lambda count: translation.ngettext(
        "%(count)s translation", "%(count)s translations", count
    ),
}


def register_count_phrase(model_label, phrase):
    """Count a listing of `model_label` ("app.model") as `phrase(count)` says, an ngettext with
    a %(count)s placeholder."""
    COUNT_PHRASES[model_label] = phrase


def items_count_label(paginator, count_text):
    """The count under a listing's page links, `count_text` being its number as written («۱٬۲۰۵»,
    «بیش از ۱٬۰۰۰»): in Persian a noun after a number stays singular («۵ صفحه», never
    «۵ صفحه‌ها»); English says "1 page", "5 pages"."""
    phrase = COUNT_PHRASES.get(paginator.model._meta.label_lower) if paginator.model else None
    if phrase:
        return phrase(paginator.count) % {"count": count_text}
    singular = paginator.count == 1 or not is_english()
    name = paginator.verbose_name if singular else paginator.verbose_name_plural
    return f"{count_text} {name}"


def _grouped_items_count_label(paginator):
    """Wagtail's "N pages" under a listing's page links, its number grouped as `intcomma`
    groups the count above the listing («۹۹٬۹۸۵ صفحه», "99,985 pages"): Wagtail writes it
    with an f-string, ungrouped, in every language."""
    from django.contrib.humanize.templatetags.humanize import intcomma

    return items_count_label(paginator, intcomma(paginator.count))


def _page_count_header_in_the_singular(get_header_context_data):
    """Wagtail's "1-20 of 21 pages" over a page listing (explorer, page search) names the pages
    with the plural: «۱ تا ۲۰ از ۲۱ صفحه‌ها». In Persian the noun after a number stays singular."""

    def header_context(column, parent_context):
        context = get_header_context_data(column, parent_context)
        if not is_english():
            from wagtail.models import Page

            context["model_name"] = parent_context.get("verbose_name") or Page._meta.verbose_name
        return context

    return header_context


def install_admin_count_grouping():
    """Give Wagtail's listing paginator the grouped count of `_grouped_items_count_label`, and
    its page listings' "1-20 of 21" the singular in Persian."""
    from wagtail.admin.paginator import WagtailPaginator
    from wagtail.admin.ui.tables.pages import PageTitleColumn

    WagtailPaginator.items_count_label = property(_grouped_items_count_label)
    PageTitleColumn.get_header_context_data = _page_count_header_in_the_singular(
        PageTitleColumn.get_header_context_data
    )


def untranslated(pages):
    """Those of `pages` in Persian that have no live version in the active language (None on
    Persian pages): what an English listing leaves out."""
    if not is_english():
        return None
    english = Page.objects.live().filter(translation_key=OuterRef("translation_key"), locale=active_locale())
    return pages.filter(locale__language_code=settings.LANGUAGE_CODE).exclude(Exists(english))


def persian_only(request, page, count):
    """An English listing's line "N more … published in Persian only"
    (components/persian_only_line.html), read only where the template renders it (inside its
    kept fragment): {"count": `count()`, "url": the Persian listing's address}, empty at 0."""

    def compute():
        found = count()
        if not found:
            return {}
        persian = next(link for link in alternate_links(request, page) if link["code"] == settings.LANGUAGE_CODE)
        return {"count": found, "url": persian["alternate_url"]}

    return SimpleLazyObject(compute)
