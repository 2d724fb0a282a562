"""The fields of a form line up on a wide screen."""

import pytest

from tests.browser.conftest import open_page

pytestmark = pytest.mark.django_db

# The far edges (left and right) of a form's text boxes, lists and text areas under <main>.
FIELD_EDGES = """() => [...document.querySelectorAll(
  "main form input:is([type=text], [type=email], [type=tel], [type=number]), main form select, main form textarea"
)].filter((field) => field.getClientRects().length && !field.closest(".hp-field"))
  .map((field) => [Math.round(field.getBoundingClientRect().left), Math.round(field.getBoundingClientRect().right)])"""


def test_a_forms_text_boxes_reach_as_far_as_its_lists_and_text_areas(browser, server):
    """At 1366 px the contact form's text boxes stopped at 40rem while its list of departments
    and its text area spanned the form's 46rem column: two far edges, 96 px apart."""
    with open_page(browser, 1366, 900) as page:
        for path in ("/contact/", "/en/contact/", "/contact/anonymous/"):
            page.goto(server.url + path, wait_until="load")
            edges = page.evaluate(FIELD_EDGES)
            assert len(edges) >= 3, path
            assert len({tuple(edge) for edge in edges}) == 1, (path, edges)
