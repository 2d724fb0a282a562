"""The citizen's answer to a visit request shows its mistakes as the reply form does: the
site's error summary, linked to each field (the first option of the answer's radio group),
the group described by its error, HTTP 400 and nothing typed or chosen lost."""

import pytest

from forms_pages.choices import RequestStatus
from forms_pages.models import CitizenRequest
from tests.soup import error_summary, ok_soup, soup

from .conftest import ask_for_a_visit

pytestmark = pytest.mark.django_db

LONG_NOTE = "آن روز در سفرم. " * 70  # over 1,000 characters


@pytest.fixture
def visit_requested(tracked, staff):
    return ask_for_a_visit(staff, tracked)


def test_the_answer_is_a_radio_group_with_its_question(client, visit_requested):
    page = ok_soup(client.get(f"/track/{visit_requested.code}/"))
    form = page.select_one("form.visit-answer")
    group = form.select_one("fieldset:has(input[type=radio][name=answer])")
    assert group.select_one("legend").get_text(strip=True)
    assert [radio["id"] for radio in group.select("input[type=radio]")] == ["id_answer_0", "id_answer_1"]
    assert not page.select(".error-summary")


def test_an_answer_not_chosen_is_summarised_and_linked_to_the_first_option(client, visit_requested):
    response = client.post(f"/track/{visit_requested.code}/visit/", {"note": LONG_NOTE})
    assert response.status_code == 400
    page = soup(response)
    links = error_summary(page)
    assert list(links) == ["#id_answer_0", "#id_note"]
    assert "بگویید که می‌آیید یا به زمان دیگری نیاز دارید" in links["#id_answer_0"]
    assert "یادداشت" in links["#id_note"]
    # No second, unlinked list of the same errors.
    assert not page.select("form.visit-answer ul.errorlist[role=alert]")
    group = page.select_one("fieldset:has(#id_answer_0)")
    assert "id_answer_error" in group["aria-describedby"].split()
    assert page.select_one("#id_answer_error")
    assert page.select_one("#id_note")["aria-describedby"].split()[-1] == "id_note_error"
    assert page.select_one("#id_note").get_text().strip() == LONG_NOTE.strip()
    visit_requested.refresh_from_db()
    assert visit_requested.status == RequestStatus.VISIT_REQUESTED
    assert not visit_requested.events.filter(action__in=["visit_confirmed", "visit_reschedule"]).exists()


def test_the_chosen_answer_is_kept_when_the_note_is_refused(client, visit_requested):
    response = client.post(f"/track/{visit_requested.code}/visit/", {"answer": "reschedule", "note": LONG_NOTE})
    assert response.status_code == 400
    page = soup(response)
    assert list(error_summary(page)) == ["#id_note"]
    assert page.select_one("#id_answer_1").has_attr("checked")
    assert not page.select_one("#id_answer_0").has_attr("checked")


def test_the_english_page_summarises_in_english(client, valid_data, staff):
    client.post("/en/contact/", {**valid_data, "subject": "Unemployment insurance"})
    english = CitizenRequest.objects.get(subject="Unemployment insurance")
    client.post("/en/track/", {"code": english.code, "contact": "09123456789"})
    ask_for_a_visit(staff, english, place="Room 204", documents="National ID card")
    response = client.post(f"/en/track/{english.code}/visit/", {"note": ""})
    assert response.status_code == 400
    links = error_summary(soup(response))
    assert links == {"#id_answer_0": "Can you come at this time? Say whether you will come or need another time."}
