"""What staff typed for an in-person visit (the place, the documents to bring) is shown in its
own direction on the tracking page: Persian words on the English page read right to left and,
as every dir="auto" block (portal.css), start under their label (tests/browser/test_own_direction_text.py)."""

import pytest

from tests.soup import ok_soup

from .conftest import ask_for_a_visit

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["", "/en"])
def test_the_place_and_documents_of_a_visit_take_their_own_direction(client, tracked, staff, language):
    ask_for_a_visit(staff, tracked, place="ساختمان اداره کل، اتاق ۲۰۴", documents="کارت ملی")
    page = ok_soup(client.get(f"{language}/track/{tracked.code}/"))
    for name, typed in (("place", "اتاق ۲۰۴"), ("documents", "کارت ملی")):
        value = page.select_one(f".visit__{name}")
        assert typed in value.get_text() and value.get("dir") == "auto", name
