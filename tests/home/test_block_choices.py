"""Every choice inside a StreamField is `home.blocks.ChoiceBlock`: the revision comparison
shows its label, not its code (tests/services/test_revision_compare.py)."""

from django.apps import apps
from wagtail import blocks
from wagtail.fields import StreamField

from home import blocks as portal_blocks


def children(block):
    if isinstance(block, blocks.ListBlock):
        return [block.child_block]
    return list(getattr(block, "child_blocks", {}).values())


def choice_blocks(block, path):
    if isinstance(block, blocks.ChoiceBlock):
        yield path, block
    for child in children(block):
        yield from choice_blocks(child, f"{path}.{child.name or type(child).__name__}")


def test_every_choice_block_shows_its_label_in_the_comparison():
    found = [
        (path, block)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
        for path, block in choice_blocks(field.stream_block, f"{model.__name__}.{field.name}")
    ]
    assert found  # the walk reaches the choices
    plain = [path for path, block in found if not isinstance(block, portal_blocks.ChoiceBlock)]
    assert not plain, f"use home.blocks.ChoiceBlock: {plain}"


def test_a_choice_reads_as_its_label_and_an_unknown_value_as_itself():
    block = portal_blocks.ChoiceBlock(choices=[("h2", "Heading 2")])
    assert [block.label_of(value) for value in ("h2", "", None, "gone")] == ["Heading 2", "", "", "gone"]
