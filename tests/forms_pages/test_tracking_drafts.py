"""Nothing the applicant typed on a request's page is lost: a reply or visit answer posted once
this browser's tracking had ended waits, unsent, for the contact to be proved for that request's
code; one over the reply limit comes back filled in with the limit's message (HTTP 429)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from forms_pages.factories import CitizenRequestFactory
from forms_pages.views.tracking import DRAFT_CODES, SESSION_DRAFTS
from tests.soup import error_summary, ok_soup, soup

from .conftest import PDF_BYTES, ask_for_a_visit

pytestmark = pytest.mark.django_db

REPLY = "برگهٔ پایان کار را پیوست کردم؛ لطفاً بررسی کنید."
NOT_SENT = "پاسخ شما هنوز فرستاده نشده است."
VISIT_NOT_SENT = "پاسخ شما دربارهٔ مراجعهٔ حضوری هنوز فرستاده نشده است."
LIMIT = "در مدتی کوتاه بیش از اندازه ارسال کرده‌اید. آنچه نوشته‌اید همین‌جا مانده است"


def prove(client, citizen_request, contact="09123456789", prefix=""):
    response = client.post(f"{prefix}/track/", {"code": citizen_request.code, "contact": contact})
    assert response.status_code == 302, response.status_code
    return response


def notice_on_the_tracking_form(client, response):
    assert response.status_code == 302 and response["Location"].endswith("/track/")
    return " ".join(soup(client.get(response["Location"])).select_one("#messages").get_text().split())


def text_of(page, selector):
    return " ".join(page.select_one(selector).get_text().split())


def test_a_reply_after_the_tracking_ended_waits_for_the_contact(client, tracked):
    other = CitizenRequestFactory(mobile="09121112233")
    client.get("/track/done/")  # «forget this request», in another tab
    posted = client.post(
        f"/track/{tracked.code}/reply/",
        {"text": REPLY, "attachments": [SimpleUploadedFile("payan-kar.pdf", PDF_BYTES)]},
    )
    notice = notice_on_the_tracking_form(client, posted)
    assert notice.startswith(NOT_SENT) and "آمادهٔ فرستادن" in notice
    assert "پرونده‌های پیوست نگه داشته نمی‌شوند" in notice
    assert not tracked.events.filter(action="replied").exists()

    # Another request proved in this browser never shows it.
    shown = prove(client, other, contact="09121112233")
    assert "#" not in shown["Location"]
    page = ok_soup(client.get(shown["Location"]))
    assert not page.select_one("#draft") and REPLY not in str(page)

    # Proved for its own code: the reply form filled in, a clear word that it was not sent.
    shown = prove(client, tracked)
    assert shown["Location"] == f"/track/{tracked.code}/#reply-heading"
    for _ in range(2):  # a reload loses nothing either
        page = ok_soup(client.get(f"/track/{tracked.code}/"))
        assert text_of(page, ".request-reply #draft").startswith(NOT_SENT)
        assert page.select_one(".request-reply textarea[name=text]").get_text().strip() == REPLY
        assert "پروندهٔ «payan-kar.pdf» را دوباره انتخاب کنید" in text_of(page, "#id_attachments_error")
    assert not tracked.events.filter(action="replied").exists()

    # Sent with one click, it is gone from the session.
    assert client.post(f"/track/{tracked.code}/reply/", {"text": REPLY}).status_code == 302
    assert tracked.events.get(action="replied").applicant_text == REPLY
    page = ok_soup(client.get(f"/track/{tracked.code}/"))
    assert not page.select_one("#draft") and not page.select_one("textarea[name=text]").get_text().strip()
    assert not client.session[SESSION_DRAFTS]


def test_a_visit_answer_after_the_tracking_ended_waits_too(client, tracked, staff):
    ask_for_a_visit(staff, tracked)
    fresh = Client()  # the session expired: a browser that proved nothing
    note = "آن روز در سفرم؛ هفتهٔ بعد می‌آیم."
    posted = fresh.post(f"/track/{tracked.code}/visit/", {"answer": "reschedule", "note": note})
    notice = notice_on_the_tracking_form(fresh, posted)
    assert notice.startswith(VISIT_NOT_SENT) and "پرونده" not in notice
    assert prove(fresh, tracked)["Location"] == f"/track/{tracked.code}/#visit-heading"
    page = ok_soup(fresh.get(f"/track/{tracked.code}/"))
    assert text_of(page, ".visit #draft").startswith(VISIT_NOT_SENT)
    assert page.select_one("form.visit-answer input[value=reschedule]").has_attr("checked")
    assert page.select_one("form.visit-answer textarea[name=note]").get_text().strip() == note
    assert not page.select(".error-summary")
    assert not tracked.events.filter(action="visit_reschedule").exists()

    assert fresh.post(f"/track/{tracked.code}/visit/", {"answer": "reschedule", "note": note}).status_code == 302
    assert tracked.events.get(action="visit_reschedule").applicant_text == note
    assert not ok_soup(fresh.get(f"/track/{tracked.code}/")).select_one("#draft")


def test_the_drafts_are_bounded(client):
    requests = CitizenRequestFactory.create_batch(DRAFT_CODES + 1, mobile="09121112233")
    for citizen_request in requests:
        client.post(f"/track/{citizen_request.code}/reply/", {"text": "نخست"})
        client.post(f"/track/{citizen_request.code}/reply/", {"text": "x" * 6000})
    drafts = client.session[SESSION_DRAFTS]
    assert list(drafts) == [r.code for r in requests[1:]]
    assert all(draft["data"] == {"text": "x" * 5000} for draft in drafts.values())


def test_in_english(tracked):
    fresh = Client()
    posted = fresh.post(f"/en/track/{tracked.code}/reply/", {"text": "I attached the certificate."})
    assert notice_on_the_tracking_form(fresh, posted).startswith("Your reply has not been sent yet.")
    prove(fresh, tracked, prefix="/en")
    page = ok_soup(fresh.get(f"/en/track/{tracked.code}/"))
    assert text_of(page, "#draft").startswith("Your reply has not been sent yet. It is below as you wrote it")


def test_a_reply_over_the_limit_comes_back_with_its_text(client, tracked, settings):
    settings.FORMS_RATE_LIMITS = {"reply": (1, 3600)}
    assert client.post(f"/track/{tracked.code}/reply/", {"text": "نخستین پاسخ"}).status_code == 302
    response = client.post(
        f"/track/{tracked.code}/reply/",
        {"text": REPLY, "attachments": [SimpleUploadedFile("payan-kar.pdf", PDF_BYTES)]},
    )
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert "no-store" in response["Cache-Control"]
    page = soup(response)
    assert page.select_one(".request-reply textarea[name=text]").get_text().strip() == REPLY
    summary = error_summary(page)
    assert LIMIT in summary["#id_text"]
    assert "«payan-kar.pdf»" in summary["#id_attachments"]
    assert tracked.events.filter(action="replied").count() == 1


def test_a_visit_answer_over_the_limit_comes_back_with_its_choice(client, tracked, staff, settings):
    ask_for_a_visit(staff, tracked)
    settings.FORMS_RATE_LIMITS = {"reply": (0, 3600)}
    response = client.post(f"/track/{tracked.code}/visit/", {"answer": "reschedule", "note": "هفتهٔ بعد"})
    assert response.status_code == 429 and response["Retry-After"]
    form = soup(response).select_one("form.visit-answer")
    assert form.select_one("input[value=reschedule]").has_attr("checked")
    assert form.select_one("textarea[name=note]").get_text().strip() == "هفتهٔ بعد"
    assert LIMIT in text_of(soup(response), ".visit .error-summary")
