"""Data-migration steps that turn `name`/`name_en` columns into one instance per locale.

Used by the migrations of home (departments) and services (categories and audiences). Each
existing row becomes the default-locale (Persian) instance; where it has an English name, an
English instance with the same translation key is made from its `*_en` columns. Reversible:
going back writes each English instance's values into the `*_en` columns of its Persian
instance, points every link at the Persian instance and deletes the English ones.
"""

import uuid

from django.conf import settings

ENGLISH = "en"


def _locales(apps):
    Locale = apps.get_model("wagtailcore", "Locale")
    default, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    return Locale, default


def split_into_locales(apps, model_label, english_columns, translated_links=()):
    """Give each row of the model the default locale and a translation key, and add an English
    instance from its `*_en` columns where the English name is filled in.

    english_columns maps each translatable field to its English column ({"name": "name_en"});
    translated_links names foreign keys to the same model (a category's parent) that the
    English instance points at the English instance of."""
    Model = apps.get_model(model_label)
    Locale, default = _locales(apps)
    rows = list(Model.objects.filter(locale__isnull=True).order_by("pk"))
    for row in rows:
        row.locale = default
        row.translation_key = uuid.uuid4()
    Model.objects.bulk_update(rows, ["locale", "translation_key"])

    to_translate = [row for row in rows if (getattr(row, english_columns["name"]) or "").strip()]
    if not to_translate:
        return
    english, _created = Locale.objects.get_or_create(language_code=ENGLISH)
    english_pk = {}
    pending = list(to_translate)
    waiting = {row.pk for row in pending}
    # Parents before children, so an English child can point at its English parent.
    while pending:
        ready = [row for row in pending if all(getattr(row, f"{link}_id") not in waiting for link in translated_links)]
        for row in ready or pending:
            copy = Model.objects.get(pk=row.pk)
            copy.pk = None
            copy.locale = english
            for field, column in english_columns.items():
                setattr(copy, field, getattr(row, column) or "")
            for link in translated_links:
                linked = getattr(row, f"{link}_id")
                setattr(copy, f"{link}_id", english_pk.get(linked, linked))
            copy.save()
            english_pk[row.pk] = copy.pk
            waiting.discard(row.pk)
        pending = [row for row in pending if row.pk in waiting]


def merge_locales(apps, model_label, english_columns):
    """The reverse of split_into_locales: fold every non-default instance back into the `*_en`
    columns of its default-locale instance, re-point links at it and delete it."""
    Model = apps.get_model(model_label)
    _Locale, default = _locales(apps)
    sources = {row.translation_key: row for row in Model.objects.filter(locale=default)}
    translations = list(Model.objects.exclude(locale=default).select_related("locale"))
    for translation in translations:
        source = sources.get(translation.translation_key)
        if source is None:
            # An entry created only in English keeps its English name in both columns.
            source = translation
            source.locale = default
            for field, column in english_columns.items():
                setattr(source, column, getattr(translation, field))
            source.save()
            sources[translation.translation_key] = source
            continue
        if translation.locale.language_code == ENGLISH:
            for field, column in english_columns.items():
                setattr(source, column, getattr(translation, field))
            source.save()
        _repoint_links(apps, Model, translation, source)
        translation.delete()


def _links_to(apps, Model):
    """(model, field) of every foreign key and many-to-many field pointing at the model.

    Read from the fields themselves, in the historical models, and in today's models for apps the
    migration state has not rendered: unapplying only builds the state up to the migrations being
    unapplied, which can leave out the apps that link here (services, tenders). A field of
    today's models counts only where its column is in the table: a later migration of that app
    may already be unapplied (a request event's department, added after these)."""
    from django.apps import apps as current_apps
    from django.db import connections

    connection = connections[Model.objects.db]
    label = Model._meta.label_lower
    historical = {model._meta.label_lower for model in apps.get_models()}
    tables = set(connection.introspection.table_names())
    todays = [
        m for m in current_apps.get_models() if m._meta.label_lower not in historical and m._meta.db_table in tables
    ]

    def in_table(model, field):
        if model not in todays or field.many_to_many:
            return True
        with connection.cursor() as cursor:
            columns = {
                column.name for column in connection.introspection.get_table_description(cursor, model._meta.db_table)
            }
        return field.column in columns

    for other in list(apps.get_models()) + todays:
        if other._meta.proxy or not other._meta.managed:
            continue
        for field in other._meta.local_fields + other._meta.local_many_to_many:
            if field.is_relation and field.related_model is not None and not isinstance(field.related_model, str):
                if field.related_model._meta.label_lower == label and in_table(other, field):
                    yield other, field


def _repoint_links(apps, Model, old, new):
    for other, field in _links_to(apps, Model):
        if field.many_to_many:
            through = field.remote_field.through
            own = field.m2m_reverse_field_name()
            owner = field.m2m_field_name()
            for row in through.objects.filter(**{own: old.pk}):
                if through.objects.filter(**{own: new.pk, owner: getattr(row, f"{owner}_id")}).exists():
                    row.delete()
                else:
                    through.objects.filter(pk=row.pk).update(**{own: new.pk})
        else:
            other._base_manager.filter(**{field.name: old.pk}).update(**{field.name: new.pk})


def link_to_own_locale(apps, model_label, field_name):
    """Point a link from an object in another locale (an English page, an English question)
    at the target's instance in that object's locale, where there is one."""
    Model = apps.get_model(model_label)
    field = Model._meta.get_field(field_name)
    Target = field.related_model
    by_key_and_locale = {
        (translation_key, locale_id): pk
        for pk, translation_key, locale_id in Target.objects.values_list("pk", "translation_key", "locale_id")
    }
    key_of = {pk: translation_key for (translation_key, _locale), pk in by_key_and_locale.items()}
    if field.many_to_many:
        through = field.remote_field.through
        own = field.m2m_field_name()
        other = field.m2m_reverse_field_name()
        locale_of = dict(Model.objects.values_list("pk", "locale_id"))
        for row in through.objects.all():
            locale_id = locale_of.get(getattr(row, f"{own}_id"))
            target = by_key_and_locale.get((key_of.get(getattr(row, f"{other}_id")), locale_id))
            if target and target != getattr(row, f"{other}_id"):
                if through.objects.filter(**{own: getattr(row, f"{own}_id"), other: target}).exists():
                    row.delete()
                else:
                    through.objects.filter(pk=row.pk).update(**{other: target})
        return
    for pk, locale_id, target_pk in Model.objects.exclude(**{f"{field_name}__isnull": True}).values_list(
        "pk", "locale_id", f"{field_name}_id"
    ):
        target = by_key_and_locale.get((key_of.get(target_pk), locale_id))
        if target and target != target_pk:
            Model.objects.filter(pk=pk).update(**{field_name: target})
