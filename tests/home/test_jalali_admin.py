"""Jalali date entry in the admin: what Persian staff type is what is stored, in Tehran time.

Every test posts to the real Wagtail views (page create/edit, settings, the requests desk,
listing filters) and checks the saved row or the Persian error the editor reads.
"""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Page

from forms_pages.choices import RequestStatus
from forms_pages.factories import CitizenRequestFactory
from forms_pages.models import CitizenRequest
from home.language.jalali_input import parse_jalali
from home.models.site_settings import SiteBanner
from newsroom.models import NoticeIndexPage, NoticePage
from services.models import LawPage
from tests.admin_language import prefers_english
from tests.page_forms import edit_form_data, page_form_data
from tests.soup import soup

pytestmark = pytest.mark.django_db

TEHRAN = zoneinfo.ZoneInfo("Asia/Tehran")


def tehran(*args):
    return datetime.datetime(*args, tzinfo=TEHRAN)


def input_value(response, name):
    field = soup(response).find("input", attrs={"name": name})
    assert field is not None, f"no input named {name}"
    return field


def errors_text(response, name):
    form = response.context["form"]
    return " ".join(str(message) for message in form.errors.get(name, []))


def set_english(admin_user):
    return prefers_english(admin_user)


@pytest.fixture
def english_admin(admin_user):
    return set_english(admin_user)


# -- parsing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1404/01/01", datetime.date(2025, 3, 21)),  # Nowruz 1404
        ("۱۴۰۳/۱۲/۳۰", datetime.date(2025, 3, 20)),  # the Esfand leap day of 1403
        ("١٤٠٣/١٢/٢٩", datetime.date(2025, 3, 19)),  # Arabic-Indic digits
        ("1403-1-1", datetime.date(2024, 3, 20)),  # Nowruz 1403, dashes, no padding
        ("1405.09.25", datetime.date(2026, 12, 16)),
    ],
)
def test_jalali_dates_parse_to_their_gregorian_day(text, expected):
    assert parse_jalali(text, with_time=False) == expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("1404/12/30", "اسفند ۱۴۰۴، ۲۹ روز دارد؛ روز ۳۰ در آن نیست."),
        ("1405/07/31", "مهر ۱۴۰۵، ۳۰ روز دارد؛ روز ۳۱ در آن نیست."),
        ("1405/13/01", "ماه شمسی عددی از ۱ تا ۱۲ است."),
        ("2026/12/16", "سال را به تقویم هجری شمسی و بین ۱۳۰۰ تا ۱۴۹۹ وارد کنید"),
        ("فردا", "تاریخ را به تقویم هجری شمسی وارد کنید، مانند"),
    ],
)
def test_impossible_jalali_dates_get_a_persian_reason(text, message):
    with translation.override("fa"):
        with pytest.raises(ValidationError) as error:
            parse_jalali(text, with_time=False)
        # The messages are lazy: read them while Persian is active, as the admin form does.
        assert message in " ".join(error.value.messages)


# -- a date field (a law's approval date) ---------------------------------------------------


def law_data(page, date):
    return edit_form_data(page, "kind", "authority", "number", "status", approval_date=date)


@pytest.fixture
def law():
    page = LawPage.objects.filter(locale__language_code="fa").first()
    page.approval_date = datetime.date(1990, 11, 20)  # 29 Aban 1369
    page.save_revision()  # the edit form shows the latest revision: no need to publish it
    return page


def test_date_field_round_trip_in_jalali(admin_client, law):
    form_page = admin_client.get(f"/admin/pages/{law.pk}/edit/")
    field = input_value(form_page, "approval_date")
    assert field["value"] == "۱۳۶۹/۰۸/۲۹"
    assert field.has_attr("data-jdp") and field.has_attr("data-jdp-only-date")

    response = admin_client.post(f"/admin/pages/{law.pk}/edit/", law_data(law, "۱۴۰۳/۱۲/۳۰"))
    assert response.status_code == 302
    assert LawPage.objects.get(pk=law.pk).get_latest_revision_as_object().approval_date == datetime.date(2025, 3, 20)
    assert input_value(admin_client.get(f"/admin/pages/{law.pk}/edit/"), "approval_date")["value"] == "۱۴۰۳/۱۲/۳۰"


@pytest.mark.usefixtures("rendered_context")
@pytest.mark.parametrize(
    "typed, message",
    [
        ("1404/12/30", "اسفند ۱۴۰۴، ۲۹ روز دارد"),
        ("1404/07/31", "مهر ۱۴۰۴، ۳۰ روز دارد"),
        ("2025-03-20", "سال را به تقویم هجری شمسی"),
    ],
)
def test_date_field_refuses_impossible_jalali_dates(admin_client, law, typed, message):
    response = admin_client.post(f"/admin/pages/{law.pk}/edit/", law_data(law, typed))
    assert response.status_code == 200
    assert message in errors_text(response, "approval_date")
    assert message in response.content.decode()
    assert LawPage.objects.get(pk=law.pk).get_latest_revision_as_object().approval_date == datetime.date(1990, 11, 20)


def test_english_staff_get_the_gregorian_picker_and_a_year_check(client, english_admin, law):
    client.force_login(english_admin)
    form_page = client.get(f"/admin/pages/{law.pk}/edit/")
    field = input_value(form_page, "approval_date")
    assert field["value"] == "1990-11-20" and not field.has_attr("data-jdp")
    assert 'initDateChooser("id_approval_date"' in form_page.content.decode()

    # 1405-09-25 meant in Jalali used to be stored as the year 1405 AD.
    response = client.post(f"/admin/pages/{law.pk}/edit/", law_data(law, "1405-09-25"))
    assert response.status_code == 200
    assert "Enter a year between 1921 and 2120." in response.content.decode()

    response = client.post(f"/admin/pages/{law.pk}/edit/", law_data(law, "1991-09-04"))
    assert response.status_code == 302
    assert LawPage.objects.get(pk=law.pk).get_latest_revision_as_object().approval_date == datetime.date(1991, 9, 4)


# -- date-time fields and the page schedule (a notice) --------------------------------------


def notice_data(**overrides):
    fields = {
        "title": "اطلاعیه آزمایشی تقویم",
        "slug": "jalali-notice",
        "starts_at": "1403/12/30 00:00",
        "expires_at": "۱۴۰۴/۰۱/۰۱ ۰۰:۰۰",
    }
    return page_form_data(NoticePage, **fields | overrides)


@pytest.fixture
def notice_index():
    return NoticeIndexPage.objects.get(locale__language_code="fa")


def test_datetime_fields_round_trip_midnight_in_tehran(admin_client, notice_index):
    response = admin_client.post(
        f"/admin/pages/add/newsroom/noticepage/{notice_index.pk}/",
        notice_data(go_live_at="۱۴۰۵/۱۲/۲۹ ۰۸:۳۰", expire_at="1406/01/01 00:00"),
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    notice = NoticePage.objects.get(slug="jalali-notice")
    # Midnight at the start of 30 Esfand 1403 in Tehran is 20:30 UTC the day before.
    assert notice.starts_at == tehran(2025, 3, 20, 0, 0)
    assert notice.starts_at.astimezone(datetime.UTC) == datetime.datetime(2025, 3, 19, 20, 30, tzinfo=datetime.UTC)
    assert notice.expires_at == tehran(2025, 3, 21, 0, 0)  # Nowruz 1404
    revision = notice.latest_revision
    assert revision.as_object().go_live_at == tehran(2027, 3, 20, 8, 30)  # 29 Esfand 1405
    assert revision.as_object().expire_at == tehran(2027, 3, 21, 0, 0)  # Nowruz 1406

    edit = admin_client.get(f"/admin/pages/{notice.pk}/edit/")
    assert input_value(edit, "starts_at")["value"] == "۱۴۰۳/۱۲/۳۰ ۰۰:۰۰"
    assert input_value(edit, "expires_at")["value"] == "۱۴۰۴/۰۱/۰۱ ۰۰:۰۰"
    # The schedule dialog of the status panel is a Jalali field too.
    assert input_value(edit, "go_live_at")["value"] == "۱۴۰۵/۱۲/۲۹ ۰۸:۳۰"
    assert input_value(edit, "go_live_at").has_attr("data-jdp")


@pytest.mark.usefixtures("rendered_context")
@pytest.mark.parametrize(
    ("field", "typed", "reason"),
    [
        # The schedule dialog of the status panel.
        ("go_live_at", "1404/12/30 09:00", "اسفند ۱۴۰۴، ۲۹ روز دارد"),
        ("starts_at", "1404/01/01 24:00", "ساعتی بین ۰۰:۰۰ تا ۲۳:۵۹ وارد کنید."),
    ],
)
def test_a_datetime_field_refuses_an_impossible_day_or_time(admin_client, notice_index, field, typed, reason):
    response = admin_client.post(
        f"/admin/pages/add/newsroom/noticepage/{notice_index.pk}/", notice_data(**{field: typed})
    )
    assert response.status_code == 200
    assert reason in errors_text(response, field)
    assert not NoticePage.objects.filter(slug="jalali-notice").exists()
    # What was typed comes back as typed, in the Persian digits of the fields around it (the
    # picker's script sends Latin digits, and the refused text came back in them).
    assert input_value(response, field)["value"] == typed.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


# -- a site setting -------------------------------------------------------------------------


def test_setting_datetime_round_trip(admin_client, site):
    url = f"/admin/settings/home/sitebanner/{site.pk}/"
    data = {
        "message": "قطعی برنامه‌ریزی‌شده",
        "message_en": "Planned outage",
        "level": "info",
        "starts_at": "1405/09/25 22:00",
        "ends_at": "",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302
    banner = SiteBanner.objects.get(site=site)
    assert banner.starts_at == tehran(2026, 12, 16, 22, 0)
    assert banner.ends_at is None


# -- the requests desk ----------------------------------------------------------------------


def test_desk_visit_time_round_trip(admin_client):
    request = CitizenRequestFactory()
    url = f"/admin/citizen-requests/edit/{request.pk}/"
    data = {
        "status": RequestStatus.VISIT_REQUESTED,
        "answer": "",
        # A working day years ahead: the desk refuses a visit time already gone (or a closed day).
        "visit_at": "۱۴۰۸/۰۹/۲۷ ۰۹:۳۰",
        "visit_place": "خیابان آزادی، ساختمان اداره کل",
        "visit_documents": "کارت ملی",
        "internal_note": "",
    }
    assert admin_client.post(url, data).status_code == 302
    request = CitizenRequest.objects.get(pk=request.pk)
    assert request.visit_at == tehran(2029, 12, 17, 9, 30)
    assert input_value(admin_client.get(url), "visit_at")["value"] == "۱۴۰۸/۰۹/۲۷ ۰۹:۳۰"

    response = admin_client.post(url, {**data, "visit_at": "1405/07/31 09:30"})
    assert response.status_code == 400
    assert "مهر ۱۴۰۵، ۳۰ روز دارد" in response.content.decode()


# -- what an empty date box shows ------------------------------------------------------------

PERSIAN_OR_LATIN_DIGIT = set("0123456789۰۱۲۳۴۵۶۷۸۹")


def test_an_empty_date_box_shows_the_shape_to_type_not_a_date(admin_client, admin_user, site):
    """An empty deadline showed «۱۴۰۵/۰۹/۲۵ ۱۴:۳۰» in grey, and staff took it for a set date.
    Now it shows the shape: «سال/ماه/روز ساعت:دقیقه», laid out like the digits typed under it."""
    SiteBanner.objects.update_or_create(site=site, defaults={"starts_at": None, "ends_at": None})
    request = CitizenRequestFactory(visit_at=None)
    lrm = "\u200e"
    screens = [
        (f"/admin/settings/home/sitebanner/{site.pk}/", "starts_at"),
        (f"/admin/citizen-requests/edit/{request.pk}/", "visit_at"),
        (
            f"/admin/pages/add/newsroom/noticepage/{NoticeIndexPage.objects.get(locale__language_code='fa').pk}/",
            "expires_at",
        ),
    ]
    for url, name in screens:
        field = input_value(admin_client.get(url), name)
        assert field.get("value") in (None, ""), url
        hint = field["placeholder"]
        assert not PERSIAN_OR_LATIN_DIGIT & set(hint), (url, hint)
        assert hint.replace(lrm, "") == "سال/ماه/روز ساعت:دقیقه", url
    law = LawPage.objects.filter(locale__language_code="fa").first()
    assert (
        input_value(admin_client.get(f"/admin/pages/add/services/lawpage/{law.get_parent().pk}/"), "approval_date")[
            "placeholder"
        ].replace(lrm, "")
        == "سال/ماه/روز"
    )

    set_english(admin_user)  # the same staff member, now with an English admin
    field = input_value(admin_client.get(f"/admin/settings/home/sitebanner/{site.pk}/"), "starts_at")
    assert field["placeholder"] == "YYYY-MM-DD HH:MM"


# -- Wagtail's own filters ------------------------------------------------------------------


@pytest.mark.usefixtures("rendered_context")
def test_listing_date_filter_takes_jalali(admin_client, notice_index):
    notices = NoticePage.objects.child_of(notice_index)
    first = notices.first()
    Page.objects.filter(pk=first.pk).update(latest_revision_created_at=tehran(2025, 3, 21, 10, 0))
    Page.objects.filter(pk__in=notices.exclude(pk=first.pk).values("pk")).update(
        latest_revision_created_at=tehran(2024, 1, 1, 10, 0)
    )
    response = admin_client.get(
        f"/admin/pages/{notice_index.pk}/",
        {"latest_revision_created_at_from": "۱۴۰۴/۰۱/۰۱", "latest_revision_created_at_to": "1404/01/02"},
    )
    assert response.status_code == 200
    listed = {page.pk for page in response.context["pages"]}
    assert listed == {first.pk}
    field = input_value(response, "latest_revision_created_at_from")
    assert field["value"] == "۱۴۰۴/۰۱/۰۱" and field.has_attr("data-jdp")


# -- dates the admin shows ------------------------------------------------------------------


@pytest.fixture
def scheduled_notice(notice_index, admin_user):
    notice = NoticePage.objects.child_of(notice_index).first().specific
    notice.go_live_at = tehran(2027, 3, 20, 8, 30)  # 29 Esfand 1405
    notice.save_revision(user=admin_user, approved_go_live_at=notice.go_live_at)
    return notice


def test_status_panel_and_history_show_jalali(admin_client, scheduled_notice):
    edit = admin_client.get(f"/admin/pages/{scheduled_notice.pk}/edit/").content.decode()
    assert "۲۹ اسفند ۱۴۰۵، ساعت ۸:۳۰" in edit
    assert "مارس" not in edit  # Django's Persian name of the Gregorian month

    history = admin_client.get(f"/admin/pages/{scheduled_notice.pk}/history/")
    assert history.status_code == 200
    page = soup(history)
    tooltips = [button["data-w-tooltip-content-value"] for button in page.select(".w-human-readable-date")]
    assert tooltips and all("۱۴۰" in text and "ساعت" in text for text in tooltips)
    # Machine-readable timestamps stay ISO 8601.
    assert all(time["datetime"].startswith("20") for time in page.select("time[datetime]"))


def test_requests_desk_listing_shows_jalali(admin_client):
    CitizenRequestFactory(created_at=tehran(2025, 3, 20, 23, 50), subject="درخواست شب عید")
    page = soup(admin_client.get("/admin/citizen-requests/"))
    tooltips = {button["data-w-tooltip-content-value"] for button in page.select("table .w-human-readable-date")}
    # 23:50 on 30 Esfand 1403 in Tehran is still 30 Esfand (20:20 UTC).
    assert "۳۰ اسفند ۱۴۰۳، ساعت ۲۳:۵۰" in tooltips


def test_english_staff_see_gregorian_dates(client, english_admin, scheduled_notice):
    client.force_login(english_admin)
    edit = client.get(f"/admin/pages/{scheduled_notice.pk}/edit/").content.decode()
    assert "March 20, 2027" in edit
    assert "اسفند" not in edit


def test_streamfield_date_blocks_read_and_show_jalali():
    from wagtail import blocks

    with translation.override("fa"):
        date_block, datetime_block = blocks.DateBlock(), blocks.DateTimeBlock()
        assert date_block.get_form_state(datetime.date(2025, 3, 20)) == "۱۴۰۳/۱۲/۳۰"
        assert date_block.value_from_datadict({"d": "۱۴۰۴/۰۱/۰۱"}, {}, "d") == datetime.date(2025, 3, 21)
        value = datetime_block.value_from_datadict({"t": "1404/01/01 00:00"}, {}, "t")
        assert datetime_block.clean(value) == tehran(2025, 3, 21, 0, 0)
