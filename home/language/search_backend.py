"""The search backend: Wagtail's database backend, with every query brought to the index's spelling.

The page index holds `home.language.text.normalise`d text (`BasePage.normalised_search_text`,
`normalised_title`): Persian «ی»/«ک» for the Arabic keyboard's «ي»/«ك», ASCII digits for «۱۴۰۵»,
plural endings folded. A query typed on an Arabic keyboard («تعاوني») found nothing wherever it
was not normalised first, which only the public search did: the admin's page search, the
explorer's filter and the page chooser go straight to the backend. Here every search and
autocomplete of pages is normalised, whoever asks: one rule for the public search and the admin.

Images and documents (Wagtail's own models: the portal has no custom ones) are indexed the same
way since `normalise_media_search()`, called from `HomeConfig.ready()`: each of their text
fields (title, description, tag names) gets a normalised copy in the index beside the text as
typed (`NormalisedSearchField`, `NormalisedAutocompleteField`), and a document its file name's
words, normalised too. So their queries are normalised as pages' are: the admin's Images and
Documents listings and both choosers find «گزارش‌های ۱۴۰۵» for «گزارشها 1405», a title typed
on an Arabic keyboard for the Persian letters, «بخشنامه_مزد.pdf» for «بخشنامه‌ها». The copies
are written when an image or a document is saved; migration home 0021 empties the index so that
`rebuild_empty_index` writes every entry again after `migrate`.

Other indexed models (snippets) keep their text as typed, so a normalised query (a cut plural,
ASCII digits) could miss it there; their queries only get the Persian letters an Arabic keyboard
types the other way (`persian_letters`).

Settings: `WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "home.language.search_backend"`.
"""

import re
from functools import cache

from django.db.models import QuerySet
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.backends.database import SearchBackend as database_backend
from wagtail.search.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

from home.language.text import normalise, persian_letters


class NormalisedText(PlainText):
    """Words already normalised (the public search's, `home.language.search.build_query`):
    passed on as they are, since normalising twice could cut a second ending."""


class NormalisedCopy:
    """Mixed into a search field: the field's text indexed in `normalise`d spelling. Its own
    class, so the model keeps the field as typed as well (Wagtail keeps one field of each class
    and name)."""

    def get_value(self, obj):
        return normalise(self.text(obj))

    def text(self, obj):
        return super().get_value(obj)


class NormalisedSearchField(NormalisedCopy, index.SearchField):
    pass


class NormalisedAutocompleteField(NormalisedCopy, index.AutocompleteField):
    pass


# What joins the words of a file name («بخشنامه‌های_مزد_۱۴۰۵.pdf»): PostgreSQL's parser reads
# «1405.pdf» or «report_2024.pdf» as one token (a host name), which no word typed would find.
_FILE_NAME_JOINERS = re.compile(r"[._\-+]+")


class FileNameWords(NormalisedCopy):
    """A file name's words, its extension among them («بخشنامه مزد 1405 pdf»)."""

    def text(self, obj):
        return _FILE_NAME_JOINERS.sub(" ", super().text(obj) or "")


class FileNameSearchField(FileNameWords, index.SearchField):
    pass


class FileNameAutocompleteField(FileNameWords, index.AutocompleteField):
    pass


def with_normalised_copies(search_fields):
    """`search_fields` with a normalised copy after each text field, inside related fields too."""
    fields = []
    for field in search_fields:
        if isinstance(field, index.RelatedFields):
            field = index.RelatedFields(field.field_name, with_normalised_copies(field.fields))
        fields.append(field)
        if isinstance(field, NormalisedCopy):
            continue
        if isinstance(field, index.SearchField):
            fields.append(NormalisedSearchField(field.field_name, boost=field.boost, **field.kwargs))
        elif isinstance(field, index.AutocompleteField):
            fields.append(NormalisedAutocompleteField(field.field_name, **field.kwargs))
    return fields


def normalise_media_search():
    """Index images and documents as pages are (see the module's docstring); once, at start-up."""
    image, document = get_image_model(), get_document_model()
    if holds_normalised_text(image):
        return
    image.search_fields = with_normalised_copies(image.search_fields)
    document.search_fields = with_normalised_copies(document.search_fields) + [
        FileNameSearchField("filename"),
        FileNameAutocompleteField("filename"),
    ]


def holds_normalised_text(model):
    """Whether `model`'s index has a normalised copy of its text (images, documents)."""
    return any(isinstance(field, NormalisedCopy) for field in model.search_fields)


def _model_of(model_or_queryset):
    return model_or_queryset.model if isinstance(model_or_queryset, QuerySet) else model_or_queryset


def folding_for(model):
    """How a query is brought to the spelling of `model`'s index."""
    return normalise if issubclass(model, Page) or holds_normalised_text(model) else persian_letters


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
