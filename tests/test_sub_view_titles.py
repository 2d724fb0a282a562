"""A page reached by a route of its page (a thank-you, a report's receipt, the desk's figures, an
archive) says in its tab what it is (WCAG 2.4.2): the title starts with the page's own heading,
not the title of the page it hangs from («Contact us» above «Your request was received»)."""

import pytest

from tests.soup import ok_soup

pytestmark = pytest.mark.django_db

SUB_VIEWS = [
    "/contact/thanks/",
    "/en/contact/thanks/",
    "/contact/anonymous/",
    "/en/contact/anonymous/",
    "/contact/anonymous/sent/",
    "/en/contact/anonymous/sent/",
    "/contact/figures/",
    "/en/contact/figures/",
    "/track/",
    "/en/track/",
    "/notices/archive/",
    "/en/notices/archive/",
    "/services/category/labour-relations/",
    "/en/services/category/labour-relations/",
]


def words(element):
    return " ".join(element.get_text().split())


@pytest.mark.parametrize("path", SUB_VIEWS)
def test_the_tab_title_starts_with_the_pages_heading(client, path):
    page = ok_soup(client.get(path))
    heading = words(page.select_one("h1"))
    assert heading
    assert words(page.select_one("title")).startswith(heading)


@pytest.mark.parametrize(
    "path, title",
    [
        ("/contact/thanks/", "درخواست شما دریافت شد – تماس با ما |"),
        ("/en/contact/thanks/", "Your request was received – Contact us |"),
        ("/en/contact/anonymous/sent/", "Your report was received – Contact us |"),
    ],
)
def test_a_receipt_names_the_page_it_came_from_after_what_happened(client, path, title):
    assert words(ok_soup(client.get(path)).select_one("title")).startswith(title)
