"""Machine-readable descriptions of services: schema.org GovernmentService and CPSV-AP."""

from django.utils import timezone
from django.utils.translation import gettext as _

from home.models import ContactSettings


def organisation_name(request, language):
    """The directorate's name in `language`, as the contact settings give it."""
    return ContactSettings.for_request(request).name_in(language)


def absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url


def government_service(page, request, survey=None):
    """The schema.org `GovernmentService` description of a service page (a dict for JSON-LD)."""
    language = page.locale.language_code
    provider = {"@type": "GovernmentOrganization", "name": organisation_name(request, language)}
    if page.responsible_department:
        provider["department"] = {"@type": "GovernmentOrganization", "name": page.responsible_department.display_name}
    channels = []
    for channel in page.channels.all():
        item = {"@type": "ServiceChannel", "name": channel.get_channel_display()}
        if channel.shown_details:
            item["description"] = channel.shown_details
        if channel.is_online and page.online_url:
            item["serviceUrl"] = page.online_url
        channels.append(item)
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": page.title,
        "identifier": page.service_code,
        "description": page.summary,
        "url": absolute(request, page.url),
        "serviceType": page.get_service_type_display(),
        "audience": [{"@type": "Audience", "audienceType": a.display_name} for a in page.audiences.all()],
        "availableChannel": channels,
        "provider": provider,
        "serviceOperator": provider,
        "areaServed": {"@type": "AdministrativeArea", "name": _("Tehran Province")},
        "offers": {
            "@type": "Offer",
            "price": "0" if page.is_free else str(page.cost_rials),
            "priceCurrency": "IRR",
        },
    }
    if page.online_url:
        data["serviceUrl"] = page.online_url
    if survey and survey.get("count"):
        data["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": survey["average"],
            "ratingCount": survey["count"],
            "bestRating": 5,
            "worstRating": 1,
        }
    return data


def iso_duration(days):
    return f"P{days}D" if days else None


CPSV_CONTEXT = {
    "cpsv": "http://purl.org/vocab/cpsv#",
    "cv": "http://data.europa.eu/m8g/",
    "dct": "http://purl.org/dc/terms/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def cpsv_public_service(page, request):
    """One service as a CPSV-AP `PublicService` node."""
    language = page.locale.language_code
    node = {
        "@id": absolute(request, page.url),
        "@type": "cpsv:PublicService",
        "dct:identifier": page.service_code,
        "dct:title": {"@value": page.title, "@language": language},
        "dct:description": {"@value": page.summary, "@language": language},
        "dct:type": page.service_type,
        "cv:hasCompetentAuthority": {
            "@type": "cv:PublicOrganisation",
            "schema:name": organisation_name(request, language),
        },
        "cv:hasChannel": [
            {
                "@type": "cv:Channel",
                "dct:type": channel.channel,
                "dct:description": channel.get_channel_display() + (f" — {channel.details}" if channel.details else ""),
                **({"schema:url": page.online_url} if channel.is_online and page.online_url else {}),
            }
            for channel in page.channels.all()
        ],
        "cv:hasInput": [
            {"@type": "cv:Evidence", "dct:title": block.value["name"], "dct:description": block.value.get("notes", "")}
            for block in page.required_documents
        ],
        "cv:hasLegalResource": [
            {
                "@id": absolute(request, link.law.url),
                "@type": "eli:LegalResource",
                "dct:title": link.law.title,
                **({"eli:number": link.article} if link.article else {}),
            }
            for link in page.law_links.all()
            if link.law is not None
        ],
        "cv:hasCost": {
            "@type": "cv:Cost",
            "cv:value": 0 if page.is_free else page.cost_rials,
            "cv:currency": "IRR",
            "dct:description": page.cost_notes or (_("Free of charge") if page.is_free else ""),
        },
    }
    duration = iso_duration(page.processing_days)
    if duration:
        node["cv:processingTime"] = {"@value": duration, "@type": "xsd:duration"}
    return node


def cpsv_catalogue(pages, request):
    return {
        "@context": CPSV_CONTEXT,
        "dct:issued": timezone.localdate().isoformat(),
        "@graph": [cpsv_public_service(page, request) for page in pages],
    }
