"""StreamField blocks shared by every page type with a body, and the choice block every app's
blocks use."""

from django.utils.encoding import force_str
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.compare import BlockComparison, TextDiff
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class ChoiceComparison(BlockComparison):
    """A choice in the revision comparison: its label, as Wagtail shows a model field's choice.
    (Wagtail's default for a block it does not know diffs its `render_basic`: the stored code.)"""

    def htmlvalue(self, val):
        return escape(self.block.label_of(val))

    def htmldiff(self):
        before, after = self.block.label_of(self.val_a), self.block.label_of(self.val_b)
        if self.val_a == self.val_b:
            return escape(before)
        # A space between them: the old label and the new one side by side would read as one word.
        return TextDiff([("deletion", before), ("addition", after)], separator=" ").to_html()


class ChoiceBlock(blocks.ChoiceBlock):
    """Wagtail's `ChoiceBlock` whose value reads as its label, in the staff member's language,
    where the admin shows it as text: the revision comparison. Every app's blocks use this one
    (tests/home/test_block_choices.py); migrations still name `wagtail.blocks.ChoiceBlock`
    (`ChoiceBlock.deconstruct`), so switching to it changes no migration."""

    def label_of(self, value):
        """The label of `value` ("" for none, the value itself if it is no longer a choice)."""
        if value in (None, ""):
            return ""
        for choice, label in self.field.choices:
            if force_str(choice) == force_str(value):
                return force_str(label)
        return force_str(value)

    def get_comparison_class(self):
        return ChoiceComparison


class HeadingBlock(blocks.StructBlock):
    """A section heading at level 2 or 3, so pages keep a sound outline."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    """An image with the alternative text screen readers need and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    """A downloadable file with a human title."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Document")


class DocumentListBlock(blocks.StructBlock):
    """A titled list of downloads (forms, guides, circulars)."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documents"))

    class Meta:
        icon = "folder-open-inverse"
        label = _("Downloads")
        template = "components/blocks/document_list_block.html"


class CalloutBlock(blocks.StructBlock):
    """A highlighted note: a warning, a tip or important information."""

    kind = ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("warning", _("Warning")), ("success", _("Tip"))],
        default="info",
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "components/blocks/callout_block.html"


class BodyBlock(blocks.StreamBlock):
    """The body of standard and section pages."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
        template="components/blocks/paragraph_block.html",
    )
    image = ImageBlock()
    downloads = DocumentListBlock()
    callout = CalloutBlock()
