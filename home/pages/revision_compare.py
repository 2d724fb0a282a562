"""The revision comparison reads values as the rest of the admin shows them: an empty value as
«خالی» ("empty" in the English admin), not Python's "None"; a date or time as the admin prints
one (Jalali with Persian digits for Persian staff, in the site's time zone, not
"2026-12-04 11:00:00+03:30"); a changed choice or linked entry as two separate names.

Wagtail prints a value as `str()` of it: a tender change's empty "new deadline for questions"
(a date), a service's rank among the most-used ones before it had one (a number), and a block's
optional field that an older revision did not hold (a struct's sub-block, a date or number
block) all read "None", an English word in the Persian admin and a programmer's one in the
English admin. Model fields get comparison classes through Wagtail's own registry
(`register_comparison_class`); blocks of Wagtail's own types have no such registry, so their two
comparison classes are taught the same in place (`install`, from HomeConfig.ready). Rich text,
choices of blocks (`home.blocks.ChoiceComparison`) and chosen images and documents keep
their own rendering.

Wagtail puts a changed model choice or foreign key (a tender's organising department, a news
item's domain) as the old and the new name side by side with nothing between them: «دفتر مدیر
کلدفتر مدیر کل» read as one name, its two halves told apart only by their background colour.
Their comparison classes are taught here to leave a space between the two, as every pair does.
"""

import datetime

from django.db import models
from django.utils.encoding import force_str
from django.utils.html import escape, format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin import compare
from wagtail.utils.text import text_from_html

from home.language.jalali_display import admin_date_text

EMPTY = _("empty")
YES_NO = {True: _("Yes"), False: _("No")}


def is_empty(value):
    return value is None or value == ""


def is_date(value):
    return isinstance(value, (datetime.date, datetime.time))


def shown(value):
    """The text a value reads as: «خالی» for none, a date as the admin prints one."""
    if is_empty(value):
        return force_str(EMPTY)
    return admin_date_text(value) if is_date(value) else force_str(value)


def _pair(before, after):
    """The old text and the new one, whole, with a space between (side by side they ran together
    as one word); each wraps as one piece (`comparison-pair` in admin.css), so a phone does not
    leave the new date's day at the end of the old one's line."""
    html = compare.TextDiff([("deletion", before), ("addition", after)], separator=" ").to_html()
    return format_html('<span class="comparison-pair">{}</span>', html)


def _diff(val_a, val_b, text):
    """The change from `val_a` to `val_b`, each read as `text(value)`: word by word, or, where one
    side is empty, the two side by side with a space between («خالی» and the first word ran
    together as one). A date changes whole: «۱۳» struck out and «۲۰» added read as «۱۳۲۰ آذر»."""
    before, after = text(val_a), text(val_b)
    if before == after:
        return escape(before)
    if is_empty(val_a) == is_empty(val_b) and not (is_date(val_a) or is_date(val_b)):
        return compare.diff_text(before, after).to_html()
    return _pair(before, after)


class EmptyShownFieldComparison(compare.FieldComparison):
    """A date, number or other plain value of a model field."""

    def htmldiff(self):
        if self.val_a == self.val_b:
            return escape(shown(self.val_a))
        return _pair(shown(self.val_a), shown(self.val_b))


class EmptyShownTextComparison(compare.TextFieldComparison):
    """A line or text of a model field."""

    def htmldiff(self):
        return _diff(self.val_a, self.val_b, shown)


class YesNoComparison(compare.FieldComparison):
    """A yes-or-no field (a page's "show in menus"): «بله» and «خیر», not Python's "FalseTrue"."""

    def htmldiff(self):
        before, after = (shown(YES_NO.get(value, value)) for value in (self.val_a, self.val_b))
        if self.val_a == self.val_b:
            return escape(before)
        return _pair(before, after)


PLAIN_FIELDS = (
    models.DateField,
    models.TimeField,
    models.DurationField,
    models.IntegerField,
    models.DecimalField,
    models.FloatField,
)
TEXT_FIELDS = (models.CharField, models.TextField)


def _block_text(self, value):
    if is_empty(value) or is_date(value):
        return shown(value)
    return text_from_html(self.block.render_basic(value))


def _block_htmlvalue(self, val):
    return escape(_block_text(self, val))


def _block_htmldiff(self):
    return _diff(self.val_a, self.val_b, lambda value: _block_text(self, value))


def _char_htmlvalue(self, val):
    return escape(shown(val))


def _char_htmldiff(self):
    return _diff(self.val_a, self.val_b, shown)


def _choice_htmldiff(self):
    """A model field's choice (a news item's domain): its label, the old and the new apart."""
    labels = dict(self.field.flatchoices)
    before, after = (
        shown(value if is_empty(value) else labels.get(value, value)) for value in (self.val_a, self.val_b)
    )
    if self.val_a == self.val_b:
        return escape(before)
    return _pair(before, after)


def _foreign_htmldiff(self):
    """A linked entry (a tender's department): its name, the old and the new apart."""
    obj_a, obj_b = self.get_objects()
    if obj_a == obj_b:
        return escape(shown(obj_a))
    return _pair(shown(obj_a), shown(obj_b))


def install():
    for field_class in PLAIN_FIELDS:
        compare.register_comparison_class(field_class, comparison_class=EmptyShownFieldComparison)
    compare.register_comparison_class(models.BooleanField, comparison_class=YesNoComparison)
    for field_class in TEXT_FIELDS:
        compare.register_comparison_class(field_class, comparison_class=EmptyShownTextComparison)
    # Wagtail's default for a block (its `render_basic` as text) and its line and text blocks.
    compare.BlockComparison.htmlvalue = _block_htmlvalue
    compare.BlockComparison.htmldiff = _block_htmldiff
    compare.CharBlockComparison.htmlvalue = _char_htmlvalue
    compare.CharBlockComparison.htmldiff = _char_htmldiff
    # Chosen images keep their own (`ImageFieldComparison` draws the two images).
    compare.ChoiceFieldComparison.htmldiff = _choice_htmldiff
    compare.ForeignObjectComparison.htmldiff = _foreign_htmldiff
