"""Sample blank forms for the demo: PDFs rendered with WeasyPrint and minimal DOCX files.

Real forms are uploaded by editors; these exist so the demo's identity cards have downloads.
"""

import io
import zipfile
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.pages.pdf import render_pdf

FIELDS = [
    "نام و نام خانوادگی",
    "کد ملی",
    "شماره همراه",
    "نشانی",
    "موضوع درخواست",
    "شرح درخواست",
    "تاریخ و امضا",
]


def pdf_form(title, fields=FIELDS):
    """A one-page blank form in Persian as PDF bytes."""
    return render_pdf("services/blank_form_pdf.html", {"title": title, "fields": fields})


def docx_form(title, fields=FIELDS):
    """A minimal right-to-left Word document with the title and a line per field."""

    def paragraph(text, bold=False):
        run_props = "<w:rPr><w:rtl/>" + ("<w:b/>" if bold else "") + "</w:rPr>"
        return (
            f'<w:p><w:pPr><w:bidi/></w:pPr><w:r>{run_props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        )

    body = paragraph(title, bold=True) + "".join(
        paragraph(f"{field}: ............................") for field in fields
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def ensure_document(title, filename, kind):
    """The document with `title`, created with a generated sample file when missing."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    content = pdf_form(title) if kind == "pdf" else docx_form(title)
    document = Document(title=title)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document
