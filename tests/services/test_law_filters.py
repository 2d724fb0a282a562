"""The law index's filter form: a labelled list per filter, "all" first, the current value chosen."""

import pytest
from django.utils import translation

from services.choices import LawKind, LawStatus
from tests.soup import soup

pytestmark = pytest.mark.django_db


def test_each_filter_lists_its_choices_and_keeps_the_chosen_one(client):
    response = client.get("/laws/", {"kind": "bylaw", "status": "repealed"})
    assert response.status_code == 200
    form = soup(response).select_one("form.filters")
    with translation.override("fa"):
        expected = {
            "kind": ("law-kind", "همه", LawKind.choices, "bylaw"),
            "status": ("law-status", "همه", LawStatus.choices, "repealed"),
        }
        for name, (element_id, all_word, choices, chosen) in expected.items():
            select = form.select_one(f"select[name={name}]")
            assert select["id"] == element_id and form.select_one(f"label[for={element_id}]").get_text(strip=True)
            options = select.select("option")
            assert options[0]["value"] == "" and all_word in options[0].get_text()
            assert [(o["value"], o.get_text(strip=True)) for o in options[1:]] == [
                (v, str(label)) for v, label in choices
            ]
            assert [o["value"] for o in options if o.has_attr("selected")] == [chosen]
