"""The search backend: Wagtail's database backend, with every query brought to the index's spelling.

The page index holds `home.language.text.normalise`d text (`BasePage.normalised_search_text`,
`normalised_title`): Persian «ی»/«ک» for the Arabic keyboard's «ي»/«ك», ASCII digits for «۱۴۰۵»,
plural endings folded. A query typed on an Arabic keyboard («تعاوني») found nothing wherever it
was not normalised first, which only the public search did: the admin's page search, the
explorer's filter and the page chooser go straight to the backend. Here every search and
autocomplete of pages is normalised, whoever asks: one rule for the public search and the admin.

Other indexed models (images, documents, snippets) keep their text as typed, so a normalised
query (a cut plural, ASCII digits) could miss it there; their queries only get the Persian
letters an Arabic keyboard types the other way (`persian_letters`).

Settings: `WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "home.language.search_backend"`.
"""

from functools import cache

from django.db.models import QuerySet
from wagtail.models import Page
from wagtail.search.backends.database import SearchBackend as database_backend
from wagtail.search.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

from home.language.text import normalise, persian_letters


class NormalisedText(PlainText):
    """Words already normalised (the public search's, `home.language.search.build_query`):
    passed on as they are, since normalising twice could cut a second ending."""


def _model_of(model_or_queryset):
    return model_or_queryset.model if isinstance(model_or_queryset, QuerySet) else model_or_queryset


def folding_for(model):
    """How a query is brought to the spelling of `model`'s index."""
    return normalise if issubclass(model, Page) else persian_letters


def folded(query, fold):
    """`query` (text or a search query tree) with each of its texts passed through `fold`."""
    if isinstance(query, str):
        return fold(query)
    if isinstance(query, NormalisedText):
        return query
    if isinstance(query, PlainText):
        return PlainText(fold(query.query_string) or query.query_string, query.operator, query.boost)
    if isinstance(query, Phrase | Fuzzy):
        copy = type(query).__new__(type(query))
        copy.__dict__.update(query.__dict__, query_string=fold(query.query_string) or query.query_string)
        return copy
    if isinstance(query, And | Or):
        return type(query)([folded(part, fold) for part in query.subqueries])
    if isinstance(query, Not):
        return Not(folded(query.subquery, fold))
    if isinstance(query, Boost):
        return Boost(folded(query.subquery, fold), query.boost)
    return query  # MatchAll


class NormalisedQueries:
    """Mixed into the database backend chosen for the database in use (PostgreSQL, SQLite)."""

    def search(self, query, model_or_queryset, *args, **kwargs):
        query = folded(query, folding_for(_model_of(model_or_queryset)))
        return super().search(query, model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        query = folded(query, folding_for(_model_of(model_or_queryset)))
        return super().autocomplete(query, model_or_queryset, *args, **kwargs)


@cache
def _with_normalised_queries(backend_class):
    return type(backend_class.__name__, (NormalisedQueries, backend_class), {"__module__": __name__})


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks for in a backend module)
    return _with_normalised_queries(type(database_backend(params)))(params)
