"""A citizen's text with a word longer than the page is wide (a pasted link, a reference with
no spaces) stays on the paper of the receipt and the data copy. It ran off the page's edge: the
history table grew as wide as the word and the end of the reply, the date column with it, was
cut off by the printer."""

import re
import subprocess

import pytest

pytestmark = pytest.mark.django_db

LINK = "https://eservices.mcls.gov.ir/portal/requests/attachments/" + "a1b2c3d4e5" * 12 + "?download=1"


def word_boxes(pdf):
    """(page width, [(xMin, xMax, word)]) of every word of the PDF, as pdftotext places them."""
    xml = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    width = float(re.search(r'<page width="([\d.]+)"', xml).group(1))
    words = re.findall(r'<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)" yMax="[\d.-]+">([^<]*)</word>', xml)
    return width, [(float(x_min), float(x_max), word) for x_min, x_max, word in words]


@pytest.mark.parametrize("download", ["receipt.pdf", "data.pdf"])
def test_a_long_link_in_the_request_and_the_reply_stays_on_the_page(client, valid_data, download):
    client.post("/contact/", {**valid_data, "text": f"مدرک در این نشانی است: {LINK} لطفاً بررسی کنید."})
    client.post("/track/", {"code": _code(valid_data), "contact": "09123456789"})
    code = _code(valid_data)
    assert client.post(f"/track/{code}/reply/", {"text": f"نسخهٔ تازه: {LINK}"}).status_code == 302
    response = client.get(f"/track/{code}/{download}")
    assert response.status_code == 200
    width, words = word_boxes(response.content)
    assert len(words) > 20
    outside = [word for x_min, x_max, word in words if x_min < 0 or x_max > width]
    assert outside == []
    # The link is all there, broken across lines.
    assert "a1b2c3d4e5" * 3 in "".join(word for _x_min, _x_max, word in words)


def _code(valid_data):
    from forms_pages.models import CitizenRequest

    return CitizenRequest.objects.get(subject=valid_data["subject"]).code
