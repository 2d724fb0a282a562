"""Blocks of the service identity card: triggers, documents, system links, workflow steps, forms,
and the articles of a law."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from home.blocks import ChoiceBlock, DocumentLinkBlock
from home.pages.documents import is_form_document

from .choices import DocumentForm, ExchangeMethod, TriggerKind


class TriggerBlock(blocks.StructBlock):
    """What starts the service."""

    kind = ChoiceBlock(choices=TriggerKind.choices, label=_("Trigger"), default=TriggerKind.REQUEST)
    description = blocks.TextBlock(label=_("Description"), max_length=500)

    class Meta:
        icon = "pick"
        label = _("Trigger")


class RequiredDocumentBlock(blocks.StructBlock):
    """A document the applicant brings or uploads."""

    name = blocks.CharBlock(label=_("Document"), max_length=200)
    form = ChoiceBlock(
        label=_("Original or copy"),
        choices=DocumentForm.choices,
        default=DocumentForm.COPY,
    )
    notes = blocks.CharBlock(label=_("Notes"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        label = _("Required document")


class SystemLinkBlock(blocks.StructBlock):
    """A link to another information system, inside the directorate or in another organisation."""

    system = blocks.CharBlock(label=_("System"), max_length=200)
    organisation = blocks.CharBlock(label=_("Organisation"), max_length=200)
    fields_exchanged = blocks.CharBlock(label=_("Data exchanged"), max_length=300)
    method = ChoiceBlock(choices=ExchangeMethod.choices, label=_("How"), default=ExchangeMethod.ONLINE)

    class Meta:
        icon = "link"
        label = _("Link to another system")


class WorkflowStepBlock(blocks.StructBlock):
    """One step of the service's workflow, in order."""

    title = blocks.CharBlock(label=_("Step"), max_length=200)
    actor = blocks.CharBlock(label=_("Who acts"), max_length=150)
    expected_time = blocks.CharBlock(label=_("Expected time"), max_length=100, required=False)

    class Meta:
        icon = "list-ol"
        label = _("Workflow step")


class BlankFormBlock(DocumentLinkBlock):
    """A downloadable blank form: a document link that must be a PDF or DOCX."""

    class Meta:
        icon = "download"
        label = _("Blank form")

    def clean(self, value):
        value = super().clean(value)
        document = value.get("document")
        if document is not None and not is_form_document(document):
            raise StructBlockValidationError(
                block_errors={"document": ValidationError(_("Blank forms must be PDF or DOCX files."))}
            )
        return value


class ArticleBlock(blocks.StructBlock):
    """One article of a law or regulation."""

    number = blocks.CharBlock(label=_("Article"), max_length=30, help_text=_("For example: ماده ۱۰"))
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "ol", "ul", "link"])

    class Meta:
        icon = "doc-full-inverse"
        label = _("Article")
        template = "services/blocks/article_block.html"


class LawBodyBlock(blocks.StreamBlock):
    """The text of a law: an optional preamble and its articles."""

    preamble = blocks.RichTextBlock(label=_("Preamble"), features=["bold", "italic", "link"], icon="pilcrow")
    article = ArticleBlock()
