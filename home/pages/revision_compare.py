"""An empty value in the revision comparison reads «خالی» ("empty" in the English admin), not
Python's "None".

Wagtail prints a value as `str()` of it: a tender change's empty "new deadline for questions"
(a date), a service's rank among the most-used ones before it had one (a number), and a block's
optional field that an older revision did not hold (a struct's sub-block, a date or number
block) all read "None", an English word in the Persian admin and a programmer's one in the
English admin. Model fields get comparison classes through Wagtail's own registry
(`register_comparison_class`); blocks of Wagtail's own types have no such registry, so their two
comparison classes are taught the same in place (`install`, from HomeConfig.ready). Rich text,
choices (`home.pages.blocks.ChoiceComparison`) and chosen pages, images and documents keep
their own rendering.
"""

from django.db import models
from django.utils.encoding import force_str
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.admin import compare
from wagtail.utils.text import text_from_html

EMPTY = _("empty")


def is_empty(value):
    return value is None or value == ""


def shown(value):
    """The text a value reads as: «خالی» for none."""
    return force_str(EMPTY) if is_empty(value) else force_str(value)


def _diff(val_a, val_b, text):
    """The change from `val_a` to `val_b`, each read as `text(value)`: word by word, or, where one
    side is empty, the two side by side with a space between («خالی» and the first word ran
    together as one)."""
    before, after = text(val_a), text(val_b)
    if is_empty(val_a) == is_empty(val_b):
        return compare.diff_text(before, after).to_html()
    return compare.TextDiff([("deletion", before), ("addition", after)], separator=" ").to_html()


class EmptyShownFieldComparison(compare.FieldComparison):
    """A date, number or other plain value of a model field."""

    def htmldiff(self):
        if self.val_a == self.val_b:
            return escape(shown(self.val_a))
        return compare.TextDiff(
            [("deletion", shown(self.val_a)), ("addition", shown(self.val_b))], separator=" "
        ).to_html()


class EmptyShownTextComparison(compare.TextFieldComparison):
    """A line or text of a model field."""

    def htmldiff(self):
        return _diff(self.val_a, self.val_b, shown)


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
    return shown(value) if is_empty(value) else text_from_html(self.block.render_basic(value))


def _block_htmlvalue(self, val):
    return escape(_block_text(self, val))


def _block_htmldiff(self):
    return _diff(self.val_a, self.val_b, lambda value: _block_text(self, value))


def _char_htmlvalue(self, val):
    return escape(shown(val))


def _char_htmldiff(self):
    return _diff(self.val_a, self.val_b, shown)


def install():
    for field_class in PLAIN_FIELDS:
        compare.register_comparison_class(field_class, comparison_class=EmptyShownFieldComparison)
    for field_class in TEXT_FIELDS:
        compare.register_comparison_class(field_class, comparison_class=EmptyShownTextComparison)
    # Wagtail's default for a block (its `render_basic` as text) and its line and text blocks.
    compare.BlockComparison.htmlvalue = _block_htmlvalue
    compare.BlockComparison.htmldiff = _block_htmldiff
    compare.CharBlockComparison.htmlvalue = _char_htmlvalue
    compare.CharBlockComparison.htmldiff = _char_htmldiff
