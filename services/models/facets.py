"""Faceted filtering of the service catalogue.

Facets combine with AND; values inside one facet combine with OR. Each option's count is the
number of services that would be listed if that option were added to the other facets'
choices (the usual "disjunctive" counting), so a count is never a dead end. Every facet costs
one query (the category facet two), counted by the database whatever the number of services.
"""

import hashlib
import json
from dataclasses import dataclass, field

from django.db.models import Case, CharField, Count, F, When
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.caching.page_cache import until_content_changes
from home.choices import Domain
from home.language.search import build_query, query_text
from home.language.text import normalise

from ..choices import PLAIN_SERVICE_TYPES, Channel, DeliveryLevel
from .service import ServicePage
from .taxonomy import Audience, ServiceCategory


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    children: list = field(default_factory=list)

    def __post_init__(self):
        # Text in the reader's language, not a lazy translation: facets are kept in the shared
        # cache, and unpickling a lazy one builds a class anew each time (0.1 ms).
        self.label = str(self.label)


@dataclass
class Facet:
    name: str
    label: str
    options: list

    def __post_init__(self):
        self.label = str(self.label)  # as Option's

    @property
    def selected(self):
        return [option for option in self.all_options() if option.selected]

    @property
    def offered(self):
        """The options worth offering: those with results, and any already chosen (so it can
        be unticked). A choice that would list nothing is not a choice."""
        offered = []
        for option in self.options:
            children = [child for child in option.children if child.count or child.selected]
            if option.count or option.selected or children:
                offered.append(Option(option.value, option.label, option.count, option.selected, children))
        return offered

    def all_options(self):
        for option in self.options:
            yield option
            yield from option.children


# name, label, the field whose values are counted. Categories and audiences are counted and
# filtered by slug, which every translation shares: a service may link either locale's instance.
FACETS = [
    ("category", _("Category"), "categories__slug"),
    ("audience", _("Audience"), "audiences__slug"),
    ("type", _("Kind of applicant"), "service_type"),
    ("level", _("Delivery level"), "delivery_level"),
    ("channel", _("Channel"), "channels__channel"),
    ("domain", _("Domain"), "domain"),
]
FACET_NAMES = [name for name, _label, _field in FACETS]


def taxonomy():
    """The categories (with their parents) and audiences the catalogue filters by, in the
    active language."""
    categories = ServiceCategory.objects.in_language().select_related("parent").order_by("sort_order", "name")
    return list(categories), list(Audience.objects.in_language().order_by("sort_order", "name"))


class Catalogue:
    """The filtered, searched catalogue for one request, with its facets and counts."""

    def __init__(self, services, params, fixed_category=None):
        self.services = services
        # One instance per entry, in the page's language where translated; kept until content
        # changes (two queries on every render of the catalogue otherwise).
        self.categories, self.audiences = until_content_changes(f"services:taxonomy:{get_language()}", taxonomy)
        self.fixed_category = fixed_category
        self.query = query_text(params)
        self.selected = {name: self._valid(name, params.getlist(name)) for name in FACET_NAMES}
        if fixed_category is not None and fixed_category.slug not in self.selected["category"]:
            self.selected["category"].append(fixed_category.slug)

    # -- choices ----------------------------------------------------------------------------

    def _choices(self, name):
        if name == "category":
            return [(c.slug, c.display_name) for c in self.categories]
        if name == "audience":
            return [(a.slug, a.display_name) for a in self.audiences]
        return {
            "type": list(PLAIN_SERVICE_TYPES.items()),
            "level": DeliveryLevel.choices,
            "channel": Channel.choices,
            "domain": Domain.choices,
        }[name]

    def choice_values(self, name):
        return {value for value, _label in self._choices(name)}

    def _valid(self, name, values):
        """Keep only known values (an out-of-date shared link simply loses a stale filter)."""
        known = {value for value, _label in self._choices(name)}
        return list(dict.fromkeys(v for v in values if v in known))

    # -- filtering --------------------------------------------------------------------------

    def _category_slugs(self, slugs):
        """The chosen categories and their subcategories (a parent lists its children's services)."""
        return set(slugs) | {c.slug for c in self.categories if c.parent_id and c.parent.slug in slugs}

    def _filter(self, queryset, name, values):
        if not values:
            return queryset
        lookups = {
            "category": ("categories__slug__in", self._category_slugs(values)),
            "audience": ("audiences__slug__in", values),
            "type": ("service_type__in", values),
            "level": ("delivery_level__in", values),
            "channel": ("channels__channel__in", values),
            "domain": ("domain__in", values),
        }
        lookup, value = lookups[name]
        return queryset.filter(pk__in=ServicePage.objects.filter(**{lookup: value}).values("pk"))

    def _searched(self, queryset):
        normalised = normalise(self.query)
        if not normalised:
            return queryset
        # The site search's reading of the query: compounds with or without a space, synonyms.
        matches = ServicePage.objects.live().search(build_query(normalised))
        return queryset.filter(pk__in=[page.pk for page in matches])

    def _filtered(self, except_facet=None):
        queryset = self.base
        for name in FACET_NAMES:
            if name != except_facet:
                queryset = self._filter(queryset, name, self.selected[name])
        return queryset

    @property
    def base(self):
        if not hasattr(self, "_base"):
            self._base = self._searched(self.services)
        return self._base

    def result_ids(self):
        """The ids of the results in listing order."""
        return list(self._filtered().order_by("title", "pk").values_list("pk", flat=True))

    def services_in_order(self, ids):
        """The services with these ids (one listing page), in the order given."""
        ids = list(ids)
        found = {service.pk: service for service in self._with_listing_data(self.services.filter(pk__in=ids))}
        return [found[pk] for pk in ids if pk in found]

    @staticmethod
    def _with_listing_data(queryset):
        return queryset.select_related("responsible_department").prefetch_related("categories", "audiences", "channels")

    # -- facets -----------------------------------------------------------------------------

    def facets(self):
        facets = []
        for name, label, count_field in FACETS:
            selected = set(self.selected[name])
            matching = self._filtered(except_facet=name).order_by()
            if name == "category":
                options = self._category_options(matching, selected)
            else:
                counts = self._counts(matching, count_field)
                options = [
                    Option(value, label, counts.get(value, 0), value in selected)
                    for value, label in self._choices(name)
                ]
            facets.append(Facet(name, label, options))
        return facets

    @staticmethod
    def _counts(queryset, count_field):
        """{value: number of distinct services}, counted by the database (one query)."""
        rows = queryset.values(count_field).annotate(n=Count("pk", distinct=True)).order_by()
        return {row[count_field]: row["n"] for row in rows if row[count_field] is not None}

    def _category_options(self, matching, selected):
        # A top category counts the services in it or in any of its subcategories, each once.
        direct = self._counts(matching, "categories__slug")
        family_of = Case(
            When(categories__parent__isnull=False, then=F("categories__parent__slug")),
            default=F("categories__slug"),
            output_field=CharField(),
        )
        family = {
            row["family"]: row["n"]
            for row in matching.annotate(family=family_of)
            .values("family")
            .annotate(n=Count("pk", distinct=True))
            .order_by()
            if row["family"] is not None
        }
        by_slug = {}
        for category in self.categories:
            if category.parent_id is None:
                by_slug[category.slug] = Option(category.slug, category.display_name)
        for category in self.categories:
            if category.parent_id and category.parent.slug in by_slug:
                child = Option(category.slug, category.display_name, direct.get(category.slug, 0))
                child.selected = category.slug in selected
                by_slug[category.parent.slug].children.append(child)
        for slug, option in by_slug.items():
            option.count = family.get(slug, 0)
            option.selected = slug in selected
        return list(by_slug.values())

    # -- the query string -------------------------------------------------------------------

    def active_filters(self):
        """(name, value) pairs of the current filters, for links that keep them."""
        pairs = [("q", self.query)] if self.query else []
        for name in FACET_NAMES:
            for value in self.selected[name]:
                if self.fixed_category is not None and name == "category" and value == self.fixed_category.slug:
                    continue
                pairs.append((name, value))
        return pairs

    def cache_key(self, catalogue_id):
        """What the facets depend on besides content: catalogue, language, query, filters."""
        state = [catalogue_id, get_language(), self.query, sorted((k, sorted(v)) for k, v in self.selected.items())]
        return hashlib.sha256(json.dumps(state, ensure_ascii=False).encode()).hexdigest()

    @property
    def active_count(self):
        """How many filters the reader has chosen (the search words count as one)."""
        return len(self.active_filters())

    @property
    def is_filtered(self):
        return bool(self.query) or any(self.selected.values())
