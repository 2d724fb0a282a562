"""What staff typed for an in-person visit (the place, the documents to bring) is shown in its
own direction on the tracking page: Persian words on the English page read right to left and,
as every dir="auto" block (portal.css), start under their label (tests/browser/test_own_direction_text.py);
the list item around them keeps the page's direction."""

import pytest

from tests.soup import ok_soup

from .conftest import ask_for_a_visit

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["", "/en"])
def test_the_place_and_documents_of_a_visit_take_their_own_direction(client, tracked, staff, language):
    ask_for_a_visit(staff, tracked, place="ساختمان اداره کل، اتاق ۲۰۴", documents="کارت ملی")
    page = ok_soup(client.get(f"{language}/track/{tracked.code}/"))
    for name, typed in (("place", "اتاق ۲۰۴"), ("documents", "کارت ملی")):
        # The item keeps the list's direction, so it sits under its label as the others do (it
        # stood at the column's start, unindented, when the item itself took the text's direction).
        item = page.select_one(f".visit__{name}")
        value = item.select_one("[dir=auto]")
        assert item.get("dir") is None and typed in value.get_text(), name
