"""Reading rendered pages in tests: one way to parse HTML, and the error summary."""

from bs4 import BeautifulSoup

# libxml2's HTML parser: a third of the time of Python's html.parser on an admin page, which the
# unit layer parsed about 1,100 times (about a fifteenth of its CPU under cProfile).
PARSER = "lxml"


def parse(html):
    """HTML text (or bytes), parsed.

    soupsieve 2.10 (the newest for Python 3.11.2) matches inside `<template>` elements, where
    Wagtail's admin keeps its keyboard-shortcuts table, message items and dialogs: a selector
    for a listing's rows names the listing (`table.listing tbody tr`).
    """
    return BeautifulSoup(html, PARSER)


def soup(response):
    """The response's HTML, parsed (whatever its status: error pages and refused forms too)."""
    return parse(response.content.decode())


def ok_soup(response):
    """The HTML of a response that must have succeeded."""
    assert response.status_code == 200, response.status_code
    return soup(response)


def error_summary(page):
    """{href: text} of the error summary's links; fails when there is no summary."""
    box = page.select_one(".error-summary[data-error-summary]")
    assert box is not None, "no error summary"
    return {a["href"]: " ".join(a.get_text().split()) for a in box.select("a")}


def missing_descriptions(page):
    """The ids an `aria-describedby` names that no element of the page has (an empty list when
    every field's help text and error list is found by its screen-reader description)."""
    named = {name for element in page.select("[aria-describedby]") for name in element["aria-describedby"].split()}
    return sorted(name for name in named if not page.find(id=name))
