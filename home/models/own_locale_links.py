"""Many-to-many links to translatable entries, kept pointing at the entries of the linking
object's own locale."""

from modelcluster.fields import ParentalManyToManyField
from wagtail.models import TranslatableMixin


class LinksInOwnLocaleMixin:
    """Many-to-many links to translatable entries (a service's categories and audiences) point at
    the entries' instances in this object's own locale.

    wagtail-localize copies such links from the source unchanged (it does not translate
    many-to-many fields), so an English service made or re-synced from a Persian one would link
    the Persian categories. Before every clean and save, each linked entry is swapped for its
    translation in this locale, found by `translation_key`; an entry not yet translated stays
    linked as it is, and the next save or re-sync after it is translated swaps it.
    """

    def full_clean(self, *args, **kwargs):
        self.link_own_locale_translations()
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        self.link_own_locale_translations(only=update_fields)
        return super().save(*args, **kwargs)

    def link_own_locale_translations(self, only=None):
        if self.locale_id is None:
            return
        for field in self._meta.get_fields():
            if not isinstance(field, ParentalManyToManyField) or not issubclass(field.related_model, TranslatableMixin):
                continue
            if only is not None and field.name not in only:
                continue
            linked = list(getattr(self, field.name).all())
            elsewhere = {entry.translation_key for entry in linked if entry.locale_id != self.locale_id}
            if not elsewhere:
                continue
            own = {
                entry.translation_key: entry
                for entry in field.related_model.objects.filter(locale_id=self.locale_id, translation_key__in=elsewhere)
            }
            mapped = []
            for entry in linked:
                entry = own.get(entry.translation_key, entry) if entry.locale_id != self.locale_id else entry
                if entry not in mapped:
                    mapped.append(entry)
            setattr(self, field.name, mapped)
