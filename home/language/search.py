"""Site search: the query a citizen types, turned into a search the index can answer.

The index holds `home.language.text.normalise`d text (spelling variants and plural endings folded).
On top of that, the query side covers what normalising one word cannot:

- a compound typed without its space or ZWNJ («بیمهبیکاری») is also looked for as its parts,
  and two words typed apart («کار آفرینی») also as one;
- a few words the portal's readers use for one thing («حقوق», «مزد», «دستمزد») find each other;
- when no page has every word, pages with some of them are offered (and the page says so).

Results are ranked by the database, then weighted by page type (an index page lists what a
service or an article says in full, so it ranks below them) and grouped by kind for the filter.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Func, TextField, Value
from django.db.models.functions import Replace, Upper
from django.utils.translation import gettext_lazy as _
from wagtail.models import get_page_models
from wagtail.search.query import And, Or

from home.language.search_backend import NormalisedText
from home.language.text import FOLD_FROM, FOLD_TO, english_word_forms

# Letters that never join the next one: a compound whose first part ends in one of them looks
# the same with a space, a ZWNJ or nothing, so people type all three.
_NON_JOINING = frozenset("اآدذرزژوه")
MIN_PART = 3
# A query longer than this is cut: no one types more, and the search costs grow with it.
MAX_QUERY_LENGTH = 200
MAX_READINGS = 4
# The search's size is bounded whatever is pasted: the words searched (a question typed whole
# has fewer), and the ways one word is read as a compound. A word longer than MAX_COMPOUND is
# not a compound someone typed without its space (a pasted run of text with no spaces is).
MAX_WORDS = 12
MAX_COMPOUND = 24
MAX_SPLITS = 4
# Invisible marks around a query (a ZWNJ or a direction mark pasted with the words) are no words.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\ufeff"


def query_text(params, name="q"):
    """The search words of a query string (`request.GET`), trimmed of spaces and invisible marks
    and cut to MAX_QUERY_LENGTH."""
    text = (params.get(name) or "").strip()
    while text and (text[0] in _INVISIBLE or text[-1] in _INVISIBLE):
        text = text.strip(_INVISIBLE).strip()
    return text[:MAX_QUERY_LENGTH]


# Words the portal's readers use for one thing. Keep it short: every group widens every search
# that uses one of its words.
SYNONYMS = [
    frozenset({"حقوق", "مزد", "دستمزد", "مزدی"}),
    frozenset({"مستمری", "مقرری"}),
    frozenset({"شکایت", "دادخواست"}),
    frozenset({"wage", "salary"}),
]
_SYNONYMS_OF = {word: group for group in SYNONYMS for word in group}

OTHER_KIND = "other"
OTHER_KIND_LABEL = _("Other pages")


def splits(word):
    """The ways a compound typed without a space can be read as two words («بیمهبیکاری»):
    at most MAX_SPLITS, and none for a word longer than MAX_COMPOUND."""
    if len(word) > MAX_COMPOUND:
        return []
    return [
        (word[: i + 1], word[i + 1 :])
        for i, letter in enumerate(word)
        if letter in _NON_JOINING and i + 1 >= MIN_PART and len(word) - i - 1 >= MIN_PART
    ][:MAX_SPLITS]


def _word_query(word):
    # Each synonym, and an English word in either number («law», «laws»).
    words = {
        form
        for typed in english_word_forms(word)
        for other in _SYNONYMS_OF.get(typed, {typed})
        for form in english_word_forms(other)
    }
    options = [NormalisedText(other) for other in sorted(words)]
    options += [And([NormalisedText(first), NormalisedText(second)]) for first, second in splits(word)]
    return options[0] if len(options) == 1 else Or(options)


def _all_of(words):
    parts = [_word_query(word) for word in words]
    return parts[0] if len(parts) == 1 else And(parts)


def build_query(normalised, every_word=True):
    """The search query for a normalised text: every word (or, with every_word=False, any) of
    its first MAX_WORDS."""
    words = normalised.split()[:MAX_WORDS]
    if not every_word:
        return Or([_word_query(word) for word in words]) if len(words) > 1 else _word_query(words[0])
    readings = [_all_of(words)]
    # Two neighbours typed apart may be one word on the page («کار آفرینی», «کارآفرینی»).
    for i in range(len(words) - 1):
        if len(readings) > MAX_READINGS:
            break
        if words[i][-1] in _NON_JOINING:
            readings.append(_all_of(words[:i] + [words[i] + words[i + 1]] + words[i + 2 :]))
    return readings[0] if len(readings) == 1 else Or(readings)


def page_class(content_type_id):
    """The page model of a content type id (ContentType caches the lookup)."""
    return ContentType.objects.get_for_id(content_type_id).model_class()


def kind_of(model):
    """The filter key of a page model: its own kind when it declares a label, else 'other'."""
    return model._meta.model_name if getattr(model, "search_kind_label", None) else OTHER_KIND


def ranked(results):
    """(pk, kind) of scored pages, best first: the database's score times the page type's weight."""
    weighted = []
    for page in results:
        model = page_class(page.content_type_id)
        weight = getattr(model, "search_weight", 1.0)
        weighted.append((-(page._score or 0) * weight, -page.pk, page.pk, kind_of(model)))
    weighted.sort()
    return [(pk, kind) for _score, _pk, pk, kind in weighted]


def kinds_with_counts(hits):
    """[(key, label, count)] for the kinds found in hits, in the order the page models give."""
    counts = {}
    for _pk, kind in hits:
        counts[kind] = counts.get(kind, 0) + 1
    labelled = {}
    for model in get_page_models():
        key = kind_of(model)
        if key in counts and key != OTHER_KIND:
            labelled[key] = (getattr(model, "search_kind_order", 50), model.search_kind_label)
    rows = sorted((order, key, label) for key, (order, label) in labelled.items())
    kinds = [(key, label, counts[key]) for _order, key, label in rows]
    if OTHER_KIND in counts:
        kinds.append((OTHER_KIND, OTHER_KIND_LABEL, counts[OTHER_KIND]))
    return kinds


def rebuild_empty_index(sender, using="default", **kwargs):
    """After `migrate`: when live pages exist but the search index is empty (a migration
    emptied it because the normaliser changed), write it again with the current models."""
    import io

    from django.core.management import call_command
    from wagtail.models import Page
    from wagtail.search.models import IndexEntry

    if IndexEntry.objects.using(using).exists() or not Page.objects.using(using).filter(depth__gt=2).exists():
        return
    call_command("update_index", stdout=io.StringIO())


class SearchFold(Func):
    """A text column folded as `home.language.text.fold_for_search` folds a query, in SQL
    (PostgreSQL's `translate(upper(col), FOLD_FROM, FOLD_TO)`). IMMUTABLE, so it can define a
    stored generated column: the requests desk keeps one, trigram-indexed, and filters it with
    `__contains=fold_for_search(query)`."""

    function = "translate"
    output_field = TextField()

    def __init__(self, expression, **extra):
        super().__init__(Upper(expression), Value(FOLD_FROM), Value(FOLD_TO), **extra)

    def as_sqlite(self, compiler, connection, **_extra_context):
        """A developer's SQLite has no translate(), and its parser allows too few nested
        replace() calls for the whole table: there the column is upper-cased and loses its spaces
        only (a query in the stored spelling is found; Arabic and Persian letters, digits and
        ZWNJ are not folded)."""
        return compiler.compile(Replace(self.get_source_expressions()[0], Value(" "), Value("")))
