"""Views of the services desk: the catalogue and its category listings, the survey handler and
the PDF of the identity card (route views of the pages, registered when ServicesConfig.ready
imports this module), and the open-data exports of the catalogue."""

import csv
import io
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from home.caching.page_cache import until_content_changes
from home.caching.query_params import known_values
from home.language.csv_export import with_bom
from home.language.file_names import content_disposition
from home.language.i18n import active_locale, is_english
from home.pages.pagination import paginate
from home.pages.pdf import pdf_response
from home.pages.route_views import TAKES_FORMS, route_view
from home.security.ratelimit import is_limited

from .forms import SurveyForm
from .models import ServiceCategory, ServiceIndexPage, ServicePage, ServiceSurveyResponse
from .models.facets import FACETS, Catalogue
from .structured_data import cpsv_catalogue

CATALOGUE_PAGE_SIZE = 12
SURVEY_LIMIT = 10  # responses per client per hour, across all services
# Posts of any kind, refused ones too: a citizen's mistakes never count against SURVEY_LIMIT, so
# a few of them on a shared connection (an office, a mobile network) lock nobody out.
SURVEY_ATTEMPTS_LIMIT = 40
SURVEY_WINDOW = 3600
SURVEY_COOKIE_SALT = "services.survey"


@route_view(ServiceIndexPage, "catalogue")
def catalogue(request, page, slug=None):
    """The catalogue, or one category's listing: filtered by facets, searched, paginated."""
    category = None
    if slug is not None:
        category = ServiceCategory.objects.in_language().filter(slug=slug).select_related("parent").first()
        if category is None:
            raise Http404(_("No such category."))
    catalogue = Catalogue(page.services(), request.GET, fixed_category=category)
    for name, label, _field in FACETS:
        # An unknown value is left out (Catalogue keeps the known ones) and the reader told.
        known_values(request, name, catalogue.choice_values(name), label)
    cache_key = catalogue.cache_key(page.pk)
    # Filtering and sorting read every service (50 ms at 10,000): the ordered ids of a
    # choice of filters are kept until content changes; each page then loads its own 12.
    ids = until_content_changes(f"services:results:{cache_key}", catalogue.result_ids)
    page_obj = paginate(request, ids, CATALOGUE_PAGE_SIZE)
    # The listing is a fragment kept until content changes (service_index_page.html): the
    # services and facet counts are read only when it is rendered again.
    ids_on_page = page_obj.object_list
    page_obj.object_list = SimpleLazyObject(lambda: catalogue.services_in_order(ids_on_page))
    subcategories = (
        ServiceCategory.objects.in_language().filter(parent__slug=category.slug).order_by("sort_order", "name")
        if category
        else []
    )
    response = page.render(
        request,
        context_overrides={
            "catalogue": catalogue,
            # What the listing's fragment shows besides the page number (not the address).
            "listing_key": cache_key,
            # The counts read every service (30 ms a facet at 10,000 services): kept
            # until content changes, per language and choice of filters.
            "facets": SimpleLazyObject(lambda: until_content_changes(f"services:facets:{cache_key}", catalogue.facets)),
            "page_obj": page_obj,
            "services": page_obj.object_list,
            "category": category,
            "subview_crumb": category.display_name if category else None,
            # A sub-category's trail passes through its parents, each at its own listing.
            "subview_ancestors": [
                (parent.display_name, page.get_url(request) + page.reverse_subpage("category", args=(parent.slug,)))
                for parent in category.ancestors()
            ]
            if category
            else [],
            "subcategories": list(subcategories),
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


def survey_cookie_name(service):
    return f"survey_{service.translation_key.hex[:16]}"


def _survey_error(request, service, form, message, status):
    response = service.render(request, context_overrides={"survey_form": form, "survey_error": message})
    response.status_code = status
    return response


def survey_limited(request, form):
    """Whether this post must be refused for a limit (counts it): every post against the attempts'
    cap, only a valid answer against the answers' one."""
    if is_limited(request, "service-survey-attempts", SURVEY_ATTEMPTS_LIMIT, SURVEY_WINDOW):
        return True
    return form.is_valid() and is_limited(request, "service-survey", SURVEY_LIMIT, SURVEY_WINDOW)


@route_view(ServicePage, "survey", methods=TAKES_FORMS)
def submit_survey(request, service):
    """Save one survey answer: CSRF (middleware), rate limit, honeypot, one per browser per day.

    After an answer the citizen lands on the survey address again, where the form is replaced
    by the confirmation (focused, and scrolled to through #survey-done).
    """
    cookie = survey_cookie_name(service)
    today = timezone.localdate().isoformat()
    rated_today = request.get_signed_cookie(cookie, default=None, salt=SURVEY_COOKIE_SALT) == today
    if request.method != "POST":
        if rated_today:
            response = service.render(request, context_overrides={"survey_done": True})
            response["Cache-Control"] = "private, no-store"
            return response
        # The identity card with the survey form open (the card itself has no form, so that
        # it can be cached; this page has a CSRF token and is not).
        return service.render(request, context_overrides={"survey_form": SurveyForm()})
    form = SurveyForm(request.POST)
    if rated_today:
        return _survey_error(
            request, service, SurveyForm(), _("You have already rated this service today. Thank you!"), 409
        )
    if survey_limited(request, form):
        return _survey_error(
            request, service, form, _("Too many answers from your connection. Please try again in an hour."), 429
        )
    if not form.is_valid():
        # The error summary in the survey names each field; no extra message.
        return _survey_error(request, service, form, None, 400)
    if not form.cleaned_data["website"]:
        ServiceSurveyResponse.objects.create(
            service=service,
            score=form.cleaned_data["score"],
            visited_in_person=form.cleaned_data["visited_in_person"],
            comment=form.cleaned_data["comment"].strip(),
            language=service.locale.language_code,
        )
    # A filled honeypot gets the same answer, so a bot learns nothing.
    response = HttpResponseRedirect(service.url + service.reverse_subpage("survey") + "#survey-done")
    response.set_signed_cookie(
        cookie,
        today,
        salt=SURVEY_COOKIE_SALT,
        max_age=2 * 24 * 3600,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


@route_view(ServicePage, "pdf")
def service_pdf(request, service):
    """The identity card as a PDF in the page's language (Vazirmatn, RTL)."""
    context = service.get_context(request)
    context["absolute_url"] = request.build_absolute_uri(service.url)
    return pdf_response(
        "services/service_page_pdf.html",
        context,
        request,
        filename=f"{service.service_code}.pdf",
        cache_key=f"service:{service.pk}:{request.get_host()}",
    )


# -- open data -----------------------------------------------------------------------------


def catalogue_pages():
    """Every live, public service of the active language, with what the exports read."""
    return (
        ServicePage.objects.live()
        .public()
        .filter(locale=active_locale())
        .select_related("responsible_department", "locale")
        .prefetch_related("categories", "audiences", "channels", "law_links__law")
        .order_by("service_code")
    )


def service_record(page, request):
    """The identity card as a plain dict (the JSON export, and the source of the CSV)."""
    return {
        "code": page.service_code,
        "title": page.title,
        "summary": page.summary,
        "url": request.build_absolute_uri(page.url),
        "domain": page.domain,
        "domain_label": page.get_domain_display(),
        "type": page.service_type,
        "categories": [c.display_name for c in page.categories.all()],
        "audiences": [a.display_name for a in page.audiences.all()],
        "triggers": [{"kind": b.value["kind"], "description": b.value["description"]} for b in page.triggers],
        "required_documents": [
            {"name": b.value["name"], "form": b.value["form"], "notes": b.value["notes"]}
            for b in page.required_documents
        ],
        "laws": [
            {"title": link.law.title, "article": link.article, "url": request.build_absolute_uri(link.law.url)}
            for link in page.law_links.all()
        ],
        "delivery_level": page.delivery_level,
        "channels": [{"channel": c.channel, "details": c.details} for c in page.channels.all()],
        "online_url": page.online_url,
        "in_person_reasons": page.in_person_reasons,
        "system_links": [dict(b.value) for b in page.system_links],
        "free_of_charge": page.is_free,
        "cost_rials": page.cost_rials,
        "processing_days": page.processing_days,
        "responsible_department": page.responsible_department.display_name if page.responsible_department else "",
        "workflow": [dict(b.value) for b in page.workflow],
        "last_updated": page.last_published_at.isoformat() if page.last_published_at else None,
    }


CSV_COLUMNS = [
    ("code", "service code"),
    ("title", "title"),
    ("summary", "summary"),
    ("domain_label", "domain"),
    ("type", "type"),
    ("delivery_level", "delivery level"),
    ("categories", "categories"),
    ("audiences", "audiences"),
    ("channels", "channels"),
    ("online_url", "online service address"),
    ("cost_rials", "cost (rials)"),
    ("processing_days", "processing time (working days)"),
    ("responsible_department", "responsible department"),
    ("laws", "related laws"),
    ("url", "page"),
    ("last_updated", "last updated"),
]


# A cell holding a list (channels, audiences, laws): the items may hold commas themselves, and
# a program reading either language's file splits the cell on one fixed separator.
CSV_LIST_SEPARATOR = "; "


def _csv_cell(key, value):
    if key == "channels":
        return CSV_LIST_SEPARATOR.join(item["channel"] for item in value)
    if key == "laws":
        return CSV_LIST_SEPARATOR.join(
            item["title"] + (f" ({item['article']})" if item["article"] else "") for item in value
        )
    if isinstance(value, list):
        return CSV_LIST_SEPARATOR.join(str(item) for item in value)
    if key == "cost_rials" and value is None:
        return "0"
    return "" if value is None else value


OPEN_DATA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "jsonld": "application/ld+json; charset=utf-8",
}


@require_GET
def open_data(request, fmt):
    """The whole catalogue of the active language as CSV (UTF-8 with BOM), JSON or CPSV-AP JSON-LD.

    Building an export reads every service (12 s at 10,000 services), so the file is kept
    until content changes, whatever query string a request adds.
    """
    if fmt not in OPEN_DATA_TYPES:
        raise Http404(_("Unknown export format."))
    body = until_content_changes(
        f"services:open-data:{fmt}:{get_language()}:{request.get_host()}", lambda: _open_data_bytes(request, fmt)
    )
    response = HttpResponse(body, content_type=OPEN_DATA_TYPES[fmt])
    if fmt == "csv":
        # Each language's file by its own name, so both can sit in one folder.
        name = "services-en.csv" if is_english() else "services.csv"
        response["Content-Disposition"] = content_disposition(name)
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=600"
    return response


def _open_data_bytes(request, fmt):
    pages = list(catalogue_pages())
    if fmt == "jsonld":
        return json.dumps(cpsv_catalogue(pages, request), ensure_ascii=False, indent=2).encode()
    if fmt == "json":
        records = [service_record(page, request) for page in pages]
        return json.dumps(
            {"count": len(records), "services": records}, ensure_ascii=False, indent=2, cls=DjangoJSONEncoder
        ).encode()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([heading for _key, heading in CSV_COLUMNS])
    for page in pages:
        record = service_record(page, request)
        writer.writerow([_csv_cell(key, record[key]) for key, _heading in CSV_COLUMNS])
    return with_bom(buffer.getvalue()).encode("utf-8")
