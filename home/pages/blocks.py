"""StreamField blocks shared by every page type with a body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading at level 2 or 3, so pages keep a sound outline."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
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

    kind = blocks.ChoiceBlock(
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
