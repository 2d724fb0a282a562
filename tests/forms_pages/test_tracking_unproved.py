"""A request's address opened without a proved contact (a saved link, a new browser, after
«forget this request») leads to the tracking form with the code filled in, not «page not found»;
an unknown code is treated the same, so nothing tells whether a code exists."""

import pytest
from django.test import Client

from forms_pages.factories import CitizenRequestFactory
from tests.soup import soup

pytestmark = pytest.mark.django_db

NOTICE = "برای دیدن این درخواست، شماره همراه یا ایمیلی را که با آن فرستادید وارد کنید."


@pytest.fixture
def request_obj():
    return CitizenRequestFactory(mobile="09121112233")


def opened(client, path):
    response = client.get(path)
    assert response.status_code == 302, response.status_code
    return response, client.get(response["Location"])


def test_a_saved_address_leads_to_the_form_with_its_code(request_obj):
    response, form = opened(Client(), f"/track/{request_obj.code}/")
    assert response["Location"] == "/track/"
    assert "no-store" in response["Cache-Control"]
    page = soup(form)
    assert page.select_one("#id_code")["value"] == request_obj.code_display_fa
    assert page.select_one("#id_contact").has_attr("autofocus")
    assert NOTICE in page.select_one("#messages").get_text()
    assert request_obj.subject not in form.content.decode()
    # Then the contact opens it.
    client_after = Client()
    opened(client_after, f"/track/{request_obj.code}/")
    sent = client_after.post("/track/", {"code": request_obj.code_display, "contact": "09121112233"})
    assert sent["Location"] == f"/track/{request_obj.code}/"
    assert client_after.get(sent["Location"]).status_code == 200


def test_an_unknown_code_looks_the_same():
    known = CitizenRequestFactory(mobile="09121112233")
    _, known_form = opened(Client(), f"/track/{known.code}/")
    _, unknown_form = opened(Client(), "/track/987659876598765/")
    for form in (known_form, unknown_form):
        assert form.status_code == 200 and NOTICE in soup(form).select_one("#messages").get_text()
    assert soup(unknown_form).select_one("#id_code")["value"] == "۹۸۷۶۵-۹۸۷۶۵-۹۸۷۶۵"


def test_after_forgetting_the_request(client, request_obj):
    client.post("/track/", {"code": request_obj.code, "contact": "09121112233"})
    assert client.get(f"/track/{request_obj.code}/").status_code == 200
    client.get("/track/done/")
    _, form = opened(client, f"/track/{request_obj.code}/")
    assert soup(form).select_one("#id_code")["value"] == request_obj.code_display_fa
    # The notice and the code are shown once: a reload is the plain form.
    again = soup(client.get("/track/"))
    assert not again.select_one("#messages") and not again.select_one("#id_code").get("value")


def test_downloads_lead_there_too(request_obj):
    for suffix in ("receipt.pdf", "data.json", "data.pdf"):
        response, _ = opened(Client(), f"/track/{request_obj.code}/{suffix}")
        assert response["Location"] == "/track/"


def test_english(request_obj):
    response, form = opened(Client(), f"/en/track/{request_obj.code}/")
    assert response["Location"] == "/en/track/"
    page = soup(form)
    assert "enter the mobile number or e-mail address you sent it with" in page.select_one("#messages").get_text()
    assert page.select_one("#id_code")["value"] == request_obj.code_display


def test_a_garbled_address_leads_to_the_empty_form():
    _, form = opened(Client(), "/track/not-a-code/")
    assert NOTICE in soup(form).select_one("#messages").get_text()
    assert not soup(form).select_one("#id_code").get("value")
