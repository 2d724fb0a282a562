"""The notice form in the admin: dates in an impossible order or already past, as an editor
posts them, and a published notice past its deadline that must still save."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.test.utils.form_data import inline_formset

from home.language.dates import format_date
from tenders.choices import Outcome
from tenders.date_order import amendment_errors
from tenders.models import TenderPage
from tests.soup import soup

from .conftest import DAY, HOUR, errors_of, jalali, notice_form, notice_maker

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rendered_context")]


# -- the order of the dates ------------------------------------------------------------------


def test_documents_until_before_from_is_refused_by_the_model(index, now):
    make = notice_maker(index, publish=False)
    with pytest.raises(ValidationError) as error:
        make(documents_from=now + 3 * DAY, documents_until=now + DAY, submission_deadline=now + 5 * DAY)
    assert list(error.value.message_dict) == ["documents_until"]


def test_documents_until_before_from_is_refused_in_the_admin(admin_client, add_url, now):
    before = TenderPage.objects.count()
    data = notice_form(
        "T-1405-701",
        documents_from=jalali(now + 3 * DAY),
        documents_until=jalali(now + DAY),
        submission_deadline=jalali(now + 5 * DAY),
    )
    response = admin_client.post(add_url, data)
    assert response.status_code == 200  # the form again, not a redirect
    assert "پایان دریافت اسناد نمی‌تواند پیش از آغاز آن باشد" in errors_of(response.context["form"], "documents_until")
    assert "پایان دریافت اسناد نمی‌تواند پیش از آغاز آن باشد" in response.content.decode()
    assert TenderPage.objects.count() == before
    # What was typed is still there.
    field = soup(response).find("input", attrs={"name": "documents_until"})
    assert field["value"] == jalali(now + DAY)


def test_same_day_window_is_accepted(admin_client, add_url, now):
    data = notice_form(
        "T-1405-702",
        documents_from=jalali(now + DAY),
        documents_until=jalali(now + DAY),
        submission_deadline=jalali(now + 5 * DAY),
    )
    assert admin_client.post(add_url, data).status_code == 302


def test_amendment_dates_are_checked_against_the_dates_in_force(admin_client, add_url, now):
    amendment = {
        "issued_at": jalali(now),
        "text": "تمدید مهلت",
        "new_documents_until": jalali(now - 2 * DAY),  # before the documents became available
        "new_enquiry_deadline": "",
        "new_submission_deadline": jalali(now + 10 * DAY),  # after the opening still in force
        "new_opening_at": "",
    }
    data = notice_form(
        "T-1405-703",
        documents_from=jalali(now - DAY),
        submission_deadline=jalali(now + 5 * DAY),
        opening_at=jalali(now + 6 * DAY),
        amendments=inline_formset([amendment]),
    )
    response = admin_client.post(add_url, data)
    assert response.status_code == 200
    amendment_form = response.context["form"].formsets["amendments"].forms[0]
    assert "پایان دریافت اسناد نمی‌تواند پیش از آغاز آن باشد" in errors_of(amendment_form, "new_documents_until")
    assert "زمان تازه‌ای برای گشایش پاکت‌ها هم بگذارید" in errors_of(amendment_form, "new_submission_deadline")
    assert not TenderPage.objects.filter(reference_number="T-1405-703").exists()

    # With a new opening too, the amendment is accepted.
    amendment |= {"new_documents_until": jalali(now + 8 * DAY), "new_opening_at": jalali(now + 11 * DAY)}
    data["amendments-0-new_documents_until"] = amendment["new_documents_until"]
    data["amendments-0-new_opening_at"] = amendment["new_opening_at"]
    assert admin_client.post(add_url, data).status_code == 302
    notice = TenderPage.objects.get(reference_number="T-1405-703")
    assert notice.effective_opening_at > notice.effective_submission_deadline


def test_amendment_deadline_before_its_own_date_is_a_fault(now):
    amendment = {"issued_at": now, "new_submission_deadline": now - HOUR}
    faults = amendment_errors({"submission_deadline": now - 2 * HOUR}, [amendment])
    with translation.override("fa"):
        messages = [(name, str(message)) for _, name, message in faults]
    assert messages == [("new_submission_deadline", "مهلت تازه ارسال پیشنهاد باید پس از تاریخ اصلاحیه باشد.")]


# -- a deadline already past ----------------------------------------------------------------


def test_new_notice_with_a_past_deadline_is_refused(admin_client, add_url, now):
    data = notice_form("T-1405-704", submission_deadline=jalali(now - DAY))
    response = admin_client.post(add_url, data)
    assert response.status_code == 200
    assert "این مهلت گذشته است" in errors_of(response.context["form"], "submission_deadline")
    assert not TenderPage.objects.filter(reference_number="T-1405-704").exists()


def test_past_deadline_moved_by_an_amendment_is_reported_on_the_amendment(admin_client, add_url, now):
    amendment = {
        "issued_at": jalali(now - 3 * DAY),
        "text": "مهلت تازه",
        "new_documents_until": "",
        "new_enquiry_deadline": "",
        "new_submission_deadline": jalali(now - DAY),
        "new_opening_at": "",
    }
    data = notice_form("T-1405-705", submission_deadline=jalali(now + 5 * DAY), amendments=inline_formset([amendment]))
    response = admin_client.post(add_url, data)
    assert response.status_code == 200
    amendment_form = response.context["form"].formsets["amendments"].forms[0]
    assert "این مهلت گذشته است" in errors_of(amendment_form, "new_submission_deadline")
    assert not response.context["form"].errors.get("submission_deadline")


def test_published_notice_past_its_deadline_still_saves_its_outcome(admin_client, make_notice, now):
    notice = make_notice(
        reference_number="T-1405-706",
        documents_from=now - 10 * DAY,
        submission_deadline=now - 2 * DAY,
        opening_at=now - DAY,
    )
    data = notice_form(
        "T-1405-706",
        slug=notice.slug,
        title=notice.title,
        documents_from=jalali(notice.documents_from),
        submission_deadline=jalali(notice.submission_deadline),
        opening_at=jalali(notice.opening_at),
        outcome=Outcome.AWARDED,
        winner="شرکت سازه‌گستر",
        awarded_amount="۴۸٬۵۰۰٬۰۰۰",
    )
    response = admin_client.post(f"/admin/pages/{notice.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    notice = TenderPage.objects.get(pk=notice.pk)
    assert (notice.outcome, notice.winner, notice.awarded_amount) == (Outcome.AWARDED, "شرکت سازه‌گستر", 48_500_000)


@pytest.mark.parametrize("outcome", [Outcome.AWARDED, Outcome.UNSUCCESSFUL])
def test_a_notice_still_taking_bids_is_not_awarded(admin_client, make_notice, now, outcome):
    """It was saved: the public page and the OCDS release called a notice awarded two days
    before its submission deadline. Cancelling it stays possible."""
    notice = make_notice(reference_number="T-1405-707", documents_from=now - DAY, submission_deadline=now + 2 * DAY)
    typed = {
        "slug": notice.slug,
        "title": notice.title,
        "documents_from": jalali(notice.documents_from),
        "submission_deadline": jalali(notice.submission_deadline),
    }
    data = notice_form("T-1405-707", outcome=outcome, winner="شرکت سازه‌گستر", awarded_amount="۱۰۰۰", **typed)
    response = admin_client.post(f"/admin/pages/{notice.pk}/edit/", data)
    assert response.status_code == 200
    with translation.override("fa"):
        deadline = format_date(notice.submission_deadline, with_time=True)
    assert f"پیشنهادها تا {deadline} پذیرفته می‌شود" in errors_of(response.context["form"], "outcome")
    assert not TenderPage.objects.get(pk=notice.pk).outcome
    cancelled = notice_form("T-1405-707", outcome=Outcome.CANCELLED, cancellation_reason="نیاز برطرف شد", **typed)
    assert admin_client.post(f"/admin/pages/{notice.pk}/edit/", cancelled).status_code == 302
    assert TenderPage.objects.get(pk=notice.pk).outcome == Outcome.CANCELLED
