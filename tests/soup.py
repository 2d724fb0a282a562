"""Reading rendered pages in tests: one way to parse a response, and the error summary."""

from bs4 import BeautifulSoup


def soup(response):
    """The response's HTML, parsed (whatever its status: error pages and refused forms too)."""
    return BeautifulSoup(response.content.decode(), "html.parser")


def ok_soup(response):
    """The HTML of a response that must have succeeded."""
    assert response.status_code == 200, response.status_code
    return soup(response)


def error_summary(page):
    """{href: text} of the error summary's links; fails when there is no summary."""
    box = page.select_one(".error-summary[data-error-summary]")
    assert box is not None, "no error summary"
    return {a["href"]: " ".join(a.get_text().split()) for a in box.select("a")}
