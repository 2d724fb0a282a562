"""A blank form on paper (its PDF and its print view) tells a single-choice question from a
multiple-choice one: circles for «نقش شما» (radio buttons), boxes for «نوبت دلخواه» (checkboxes).
Both were ☐, a glyph the PDF's font (Vazirmatn) does not have, drawn from whatever font the
server had."""

import shutil
import subprocess

import pytest
from django.template.loader import render_to_string

from forms_pages.factories import FormFieldFactory, FormPageFactory
from home.pages import pdf
from tests.soup import parse, soup

FORM = "/forms/labour-law-course-registration/"


def marks(page, label):
    """The classes of the marks of the options of the question labelled `label`."""
    item = next(li for li in page.select("ol > li") if li.strong and li.strong.get_text(strip=True) == label)
    return [" ".join(mark["class"]) for mark in item.select("ul > li > .choice-mark")]


@pytest.mark.django_db
def test_single_choice_options_are_circles_and_multiple_choice_options_boxes(client, monkeypatch):
    # The PDF, read as the HTML it is made from (WeasyPrint left out), and the print view.
    monkeypatch.setattr(
        pdf, "render_pdf", lambda template, context, request: render_to_string(template, context).encode()
    )
    for page in (parse(client.get(FORM + "pdf/").content.decode()), soup(client.get(FORM + "print/"))):
        assert marks(page, "نقش شما") == ["choice-mark choice-mark--one"] * 3
        assert marks(page, "نوبت دلخواه") == ["choice-mark"] * 2
        assert "☐" not in page.get_text() and "○" not in page.get_text()


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils missing")
@pytest.mark.django_db
def test_the_blank_pdf_needs_no_font_but_its_own(client, tmp_path):
    path = tmp_path / "form.pdf"
    path.write_bytes(client.get(FORM + "pdf/").content)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    fonts = [line.split()[0] for line in listing.splitlines()[2:]]
    assert fonts and all("Vazirmatn" in font for font in fonts), fonts  # ☐ came from DejaVu Sans


@pytest.mark.django_db
def test_a_single_box_is_ticked_beside_its_label_not_written_in(client, forms_index):
    """«با شرایط دوره موافقم» (one checkbox) was drawn as an empty write-in box under its label."""
    page = FormPageFactory(parent=forms_index, slug="consent-on-paper")
    FormFieldFactory(page=page, label="با شرایط دوره موافقم", field_type="checkbox", sort_order=0)
    FormFieldFactory(page=page, label="نام و نام خانوادگی", field_type="singleline", sort_order=1)
    printed = soup(client.get(page.url + "print/"))
    items = {li.strong.get_text(strip=True): li for li in printed.select("ol > li") if li.strong}
    consent, name = items["با شرایط دوره موافقم"], items["نام و نام خانوادگی"]
    assert [" ".join(mark["class"]) for mark in consent.select(".choice-mark")] == ["choice-mark"]
    assert consent.select_one(".choice-mark").find_next_sibling("strong") is consent.strong
    assert not consent.select("div") and name.select("div")  # no write-in box, as a text field has
