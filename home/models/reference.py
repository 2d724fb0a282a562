"""Reference data several apps share: the domain sections and the departments.

Reference lists are bilingual the way pages are: each entry has one instance per locale sharing
a `translation_key`, translated in wagtail-localize. Pages and requests may point at either
instance, so readers go through `display_name` (the active language's name) and filter by the
slug, which every translation shares.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.query import ModelIterable
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..choices import Domain
from .fields import optional_foreign_key

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


class DepartmentQuerySet(ReferenceQuerySet):
    def unstaffed(self):
        """The departments (their default-locale entries, which stand for every translation)
        whose staff group is missing or has no active member: nobody at their desk reads what
        citizens send them."""
        active_staff = get_user_model().objects.filter(is_active=True, groups=OuterRef("staff_group"))
        return self.in_default_language().filter(Q(staff_group__isnull=True) | ~Exists(active_staff))

    def receiving_violation_reports(self):
        """The unit that receives reports of administrative violations (its default-locale entry,
        which stands for every translation), or None when no unit has been given them."""
        return self.in_default_language().filter(receives_violation_reports=True).first()


class Department(index.Indexed, TranslatableReference):
    """A unit citizens can address; requests are routed to its e-mail and staff group.

    Requests always point at the default-locale (Persian) instance, whichever translation the
    citizen chose, so the desk, its staff group and the figures see one department."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)
    email = models.EmailField(_("e-mail address"), blank=True)
    staff_group = optional_foreign_key(
        Group,
        _("staff group"),
        related_name="departments",
        help_text=_("Members of this group handle the requests sent to this department."),
    )
    domain = models.CharField(_("domain"), max_length=40, choices=Domain.choices, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    # Where and when citizens can reach the department in person or by telephone.
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(
        _("telephone"), max_length=50, blank=True, help_text=_("As dialled, e.g. 021-12345678; shown in Latin order.")
    )
    office_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    # One unit at most (with its translations): reports of administrative violations go to it,
    # whichever unit the citizen names, so the unit reported never handles a report about itself.
    receives_violation_reports = models.BooleanField(
        _("receives reports of administrative violations"),
        default=False,
        help_text=_(
            "Reports of administrative violations go to this unit, whichever unit the citizen names; "
            "the unit named is recorded as the unit reported and does not see the report. One unit at most."
        ),
    )

    objects = DepartmentQuerySet.as_manager()

    # What a translator translates; the rest is copied from the Persian instance on every sync.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        TranslatableField("office_hours"),
        SynchronizedField("slug"),
        SynchronizedField("email"),
        SynchronizedField("staff_group"),
        SynchronizedField("domain"),
        SynchronizedField("sort_order"),
        SynchronizedField("phone"),
        # Where reports go is the entry's, not a translator's to change.
        SynchronizedField("receives_violation_reports", overridable=False),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        # Where its requests go decides who reads what citizens send: superusers only.
        FieldPanel("email", permission="superuser"),
        FieldPanel("staff_group", permission="superuser"),
        FieldPanel("receives_violation_reports", permission="superuser"),
        FieldPanel("domain"),
        FieldPanel("sort_order"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("office_hours"),
            ],
            heading=_("Contact details shown to citizens"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableReference.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="department_slug_per_locale"),
            models.UniqueConstraint(fields=["locale", "name"], name="department_name_per_locale"),
            # One unit receives reports of violations (`clean` says so in words).
            models.UniqueConstraint(
                fields=["locale"], condition=Q(receives_violation_reports=True), name="department_one_violation_unit"
            ),
        ]

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The flag is the entry's: every translation carries the default-locale instance's.
        Department.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk).update(
            receives_violation_reports=self.receives_violation_reports
        )

    def clean(self):
        super().clean()
        other = (
            self.receives_violation_reports
            and (
                Department.objects.filter(receives_violation_reports=True).exclude(translation_key=self.translation_key)
            ).first()
        )
        if other:
            message = _(
                "Only one unit can receive reports of administrative violations, and “%(unit)s” does now. "
                "Untick it there first, then tick it here."
            )
            raise ValidationError({"receives_violation_reports": message % {"unit": other.display_name}})

    def _in_active_language_only(self, field):
        # Unlike the name, an untranslated address is left out rather than shown in Persian:
        # where the entry has no instance in the language, and where wagtail-localize made one
        # (it copies the Persian text in when the entry is sent for translation) but the text
        # is not translated yet.
        instance = self.in_active_language()
        if language_of_locale(instance.locale_id) != active_language() or instance.is_untranslated(field):
            return ""
        return getattr(instance, field)

    @property
    def display_address(self):
        return self._in_active_language_only("address")

    @property
    def display_office_hours(self):
        return self._in_active_language_only("office_hours")

    @property
    def has_contact_details(self):
        return bool(self.display_address or self.phone or self.display_office_hours)


def routing_department(*, on_delete, related_name="+", field=models.ForeignKey, verbose_name=None, **options):
    """A link that routes work to a department (requests, desks, answer targets): it may only
    name the default-locale entry, which stands for all its translations, so the desk, its staff
    group and the figures see one department whichever language the citizen wrote in."""
    return field(
        Department,
        verbose_name=verbose_name or _("department"),
        on_delete=on_delete,
        related_name=related_name,
        limit_choices_to=default_locale_only,
        **options,
    )


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
