"""Reference data several apps share: how bilingual reference lists work, and the ministry's
organisations (the departments: `departments.py`).

Reference lists are bilingual the way pages are: each entry has one instance per locale sharing
a `translation_key`, translated in wagtail-localize. Pages and requests may point at either
instance, so readers go through `display_name` (the active language's name) and filter by the
slug, which every translation shares.
"""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.query import ModelIterable
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

_language_of_locale = {}


def _forget_locales(**kwargs):
    _language_of_locale.clear()


post_save.connect(_forget_locales, sender=Locale)
post_delete.connect(_forget_locales, sender=Locale)


def language_of_locale(locale_id):
    """The language code of a locale, read once per process (locales are a handful of rows
    that practically never change; a change clears the memo)."""
    if locale_id not in _language_of_locale:
        _language_of_locale.update(Locale.objects.values_list("pk", "language_code"))
    return _language_of_locale.get(locale_id)


def active_language():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def default_locale_only():
    """`limit_choices_to` for links that route work (requests, desks): the default-locale entry
    stands for all its translations."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class TranslatedNamesQuerySet(models.QuerySet):
    """A queryset whose fetched reference entries (its rows, and those its `select_related`
    brought with them) have their names in the reader's language looked up in one query."""

    def _fetch_all(self):
        fetched = self._result_cache is None
        super()._fetch_all()
        if fetched and issubclass(self._iterable_class, ModelIterable):
            attach_translations(references_in(self._result_cache), active_language())

    def iterator(self, chunk_size=None):
        """As Django's, with the translations looked up per hundred rows (a form's choices
        iterate their queryset this way)."""
        rows = super().iterator(chunk_size)
        if not issubclass(self._iterable_class, ModelIterable):
            yield from rows
            return
        batch = []
        for row in rows:
            batch.append(row)
            if len(batch) == 100:
                attach_translations(references_in(batch), active_language())
                yield from batch
                batch = []
        attach_translations(references_in(batch), active_language())
        yield from batch


class ReferenceQuerySet(TranslatedNamesQuerySet):
    def in_language(self, language=None):
        """One instance per entry: its translation in the language (the active one by default),
        or the default-locale instance where it has not been translated yet."""
        language = language or active_language()
        if language == settings.LANGUAGE_CODE:
            return self.filter(locale__language_code=language)
        translated = self.model.objects.filter(
            translation_key=OuterRef("translation_key"), locale__language_code=language
        )
        return self.filter(
            Q(locale__language_code=language) | Q(locale__language_code=settings.LANGUAGE_CODE) & ~Exists(translated)
        )

    def in_default_language(self):
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)


def references_in(rows):
    """The reference entries among these rows and the related objects `select_related` cached on them."""
    for row in rows:
        if isinstance(row, TranslatableReference):
            yield row
        for related in row._state.fields_cache.values():
            if isinstance(related, TranslatableReference):
                yield related


def attach_translations(entries, language):
    """Give reference entries their instances in `language`, one query per model.

    `display_name` (and so `str()`) of an entry in another locale looks up its translation:
    one query an entry, so a Persian list in the English admin (the snippet listings, their
    parent and category columns, a form's choices) asked once per row. Entries in the
    language, already looked up, or fetched without their locale or key (reading those would
    query per entry) are left as they are."""
    wanting = {}
    for entry in entries:
        if (
            not {"locale_id", "translation_key"} & entry.get_deferred_fields()
            and language_of_locale(entry.locale_id) != language
            and language not in entry.__dict__.get("_translations", {})
        ):
            wanting.setdefault(type(entry), []).append(entry)
    for model, model_entries in wanting.items():
        found = {
            entry.translation_key: entry
            for entry in model.objects.filter(
                translation_key__in={entry.translation_key for entry in model_entries}, locale__language_code=language
            )
        }
        for entry in model_entries:
            entry.__dict__.setdefault("_translations", {})[language] = found.get(entry.translation_key, entry)


class TranslatableReference(TranslatableMixin, models.Model):
    """An entry of a reference list with one instance per locale (translated in wagtail-localize)."""

    objects = ReferenceQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def __str__(self):
        return self.display_name

    def in_active_language(self):
        """This entry's instance in the active language (itself when it has no translation)."""
        return self.in_language(active_language())

    def in_language(self, language):
        """This entry's instance in the language (itself when it has no translation)."""
        if language_of_locale(self.locale_id) == language:
            return self
        cache = self.__dict__.setdefault("_translations", {})
        if language not in cache:
            cache[language] = (
                self.__class__.objects.filter(
                    translation_key=self.translation_key, locale__language_code=language
                ).first()
                or self
            )
        return cache[language]

    @property
    def display_name(self):
        """The name in the active language (this instance's own when it has no translation)."""
        return self.in_active_language().name

    @classmethod
    def untranslated(cls, entries, field):
        """The pks of those `entries` (instances in other languages) whose `field` still holds
        the default-locale instance's text: wagtail-localize copies the source text in when an
        entry is sent for translation, so such a value is not translated yet. One query for
        all of them; each entry keeps its answer (`is_untranslated` reads it)."""
        others = [entry for entry in entries if language_of_locale(entry.locale_id) != settings.LANGUAGE_CODE]
        source = {}
        if others:
            source = dict(
                cls.objects.filter(
                    locale__language_code=settings.LANGUAGE_CODE,
                    translation_key__in={entry.translation_key for entry in others},
                ).values_list("translation_key", field)
            )
        found = {
            entry.pk
            for entry in others
            if getattr(entry, field) and getattr(entry, field) == source.get(entry.translation_key)
        }
        for entry in entries:
            entry.__dict__.setdefault("_untranslated", {})[field] = entry.pk in found
        return found

    def is_untranslated(self, field):
        """Whether this instance's `field` is still the default-locale text (see `untranslated`);
        looked up once, or not at all after `untranslated` was asked for a list holding it."""
        known = self.__dict__.get("_untranslated", {})
        if field not in known:
            self.untranslated([self], field)
        return self.__dict__["_untranslated"][field]

    @property
    def default_instance(self):
        """The default-locale instance, which stands for the entry where work is routed."""
        if language_of_locale(self.locale_id) == settings.LANGUAGE_CODE:
            return self
        return self.get_translation_or_none(Locale.get_default()) or self


class Organisation(index.Indexed, TranslatableReference):
    """An organisation of the ministry, linked from every page's footer.

    One instance per language, as departments are: an English page lists the organisations
    translated into English and leaves out the rest, so it shows no Persian name."""

    name = models.CharField(_("name"), max_length=150)
    url = models.URLField(_("web address"), max_length=300)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("url"),
        SynchronizedField("sort_order"),
    ]
    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableReference.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("organisation of the ministry")
        verbose_name_plural = _("organisations of the ministry")
        constraints = [models.UniqueConstraint(fields=["locale", "url"], name="organisation_url_per_locale")]
