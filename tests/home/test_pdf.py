"""Shared PDF rendering: Persian text in the embedded Vazirmatn font, extractable."""

import subprocess

from django.utils import translation

from home.pages.pdf import render_pdf


def test_pdf_embeds_vazirmatn_and_keeps_persian_text(tmp_path):
    with translation.override("fa"):
        pdf = render_pdf("pdf/base.html", {})
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    assert pdf.startswith(b"%PDF")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Vazirmatn" in fonts
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "تهران" in text


def page_counter(language, tmp_path):
    """The footer of a one-page document as pdftotext reads it, bidi marks left out."""
    with translation.override(language):
        pdf = render_pdf("pdf/base.html", {})
    path = tmp_path / f"{language}.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    lines = [line.strip("\u202a\u202b\u202c\u200e\u200f ").replace(" ", "") for line in text.decode().splitlines()]
    return [line for line in lines if "/" in line]


def test_page_counter_uses_the_documents_digits(tmp_path):
    assert page_counter("fa", tmp_path) == ["۱/۱"]  # was "1/1" on Persian documents
    assert page_counter("en", tmp_path) == ["1/1"]


def test_the_documents_title_is_its_title_without_the_templates_layout(tmp_path):
    with translation.override("fa"):
        pdf = render_pdf("services/blank_form_pdf.html", {"title": "فرم درخواست پروانه کار"})
    path = tmp_path / "title.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Title:           فرم درخواست پروانه کار\n" in info
