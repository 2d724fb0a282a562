"""The revision comparison: an empty value reads «خالی» ("empty" in the English admin), never
Python's "None" (home/pages/revision_compare.py)."""

from types import SimpleNamespace

import pytest
from django.utils import translation
from wagtail import blocks
from wagtail.admin.compare import StructBlockComparison
from wagtail.admin.panels import FieldPanel

from services.models import ServicePage


class StepBlock(blocks.StructBlock):
    """A struct with optional sub-blocks: an older revision may not hold them at all."""

    title = blocks.CharBlock()
    notes = blocks.CharBlock(required=False)
    due = blocks.DateBlock(required=False)
    count = blocks.IntegerBlock(required=False)


def rank_change(before, after):
    """The comparison of a service's place among the most-used ones (a number field)."""
    panel = FieldPanel("most_used_rank").bind_to_model(ServicePage)
    field = ServicePage._meta.get_field("most_used_rank")
    return panel.get_comparison_class()(
        field, SimpleNamespace(most_used_rank=before), SimpleNamespace(most_used_rank=after)
    )


@pytest.mark.parametrize(("language", "empty"), [("fa", "خالی"), ("en", "empty")])
def test_an_empty_number_reads_empty_in_the_staff_members_language(language, empty):
    with translation.override(language):
        added = str(rank_change(None, 3).htmldiff())
        unchanged = str(rank_change(None, None).htmldiff())
    assert "None" not in added + unchanged
    assert f'<span class="deletion">{empty}</span>' in added
    assert '<span class="addition">3</span>' in added
    assert unchanged == empty


def test_a_structs_missing_sub_blocks_read_empty():
    block = StepBlock()
    before = block.to_python({"title": "ثبت درخواست"})  # saved before notes, due and count existed
    after = block.to_python({"title": "ثبت درخواست", "notes": "با کد ملی", "due": None, "count": 2})
    with translation.override("fa"):
        changed = str(StructBlockComparison(block, True, True, before, after).htmldiff())
        new = str(StructBlockComparison(block, False, True, None, before).htmlvalue(before))
    assert "None" not in changed + new
    assert '<span class="deletion">خالی</span> <span class="addition">با کد ملی</span>' in changed
    assert "<dd>خالی</dd>" in changed  # the due date, empty in both
    assert new.count("<dd>خالی</dd>") == 3
    assert "<dd>ثبت درخواست</dd>" in new
