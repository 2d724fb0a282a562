"""Documents a page attaches (a form to fill in, a notice's attachment, a tender's papers)."""

# Blank forms and attached versions of a form: what citizens can open and fill in.
FORM_EXTENSIONS = ("pdf", "docx")


def is_form_document(document):
    """Whether a Wagtail document is a PDF or DOCX file (by its file name, not its title)."""
    return document.file_extension.lower() in FORM_EXTENSIONS


class TitledDocumentMixin:
    """For an inline row that links a document with an optional title of its own."""

    @property
    def display_title(self):
        """The row's title, or the document's when the editor left it empty."""
        return self.title or self.document.title
