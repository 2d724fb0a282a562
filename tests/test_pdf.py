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
