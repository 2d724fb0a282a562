"""The portal's operators (راهبران پورتال) run the site without a superuser's powers: they post
the outage banner and keep the departments' public details current, but never choose who reads
what citizens send, nor touch people, groups or pages."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.utils import timezone
from wagtail.users.models import UserProfile

from home.language.jalali_input import format_jalali_input
from home.models import Department, MaintenanceSettings, SiteBanner
from home.pages.editor_groups import OPERATOR_PERMISSIONS, OPERATORS_GROUP
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db


def test_the_seeded_group_holds_exactly_the_operators_permissions():
    granted = set(
        Group.objects.get(name=OPERATORS_GROUP).permissions.values_list("content_type__app_label", "codename")
    )
    assert granted == {
        *OPERATOR_PERMISSIONS,
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
    }
    # Each one names a real permission (a typo would grant nothing and go unnoticed).
    for app_label, codename in OPERATOR_PERMISSIONS:
        assert Permission.objects.filter(content_type__app_label=app_label, codename=codename).exists()


@pytest.mark.usefixtures("operator")
def test_an_operator_posts_an_outage_notice_that_the_public_sees(client, site):
    url = f"/admin/settings/home/sitebanner/{site.pk}/"
    assert client.get(url).status_code == 200
    now = timezone.now()
    response = client.post(
        url,
        {
            "message": "سامانه پرداخت فردا از ساعت ۲۲ تا ۲۴ در دسترس نیست.",
            "message_en": "The payment system is down tomorrow from 22:00 to 24:00.",
            "level": "outage",
            "starts_at": format_jalali_input(now - datetime.timedelta(minutes=5), with_time=True),
            "ends_at": format_jalali_input(now + datetime.timedelta(days=1), with_time=True),
        },
    )
    assert response.status_code == 302
    assert SiteBanner.objects.get(site=site).level == "outage"
    cache.clear()
    client.logout()
    assert "سامانه پرداخت فردا" in ok_soup(client.get("/")).get_text()
    assert "The payment system is down" in ok_soup(client.get("/en/")).get_text()


@pytest.mark.usefixtures("operator")
def test_an_operator_keeps_a_departments_details_but_not_where_its_requests_go(client):
    department = Department.objects.in_language("fa").get(slug="cooperatives")
    staff_group, email = department.staff_group_id, department.email
    assert staff_group is not None and email
    url = f"/admin/snippets/home/department/edit/{department.pk}/"
    form = ok_soup(client.get(url))
    assert form.select_one("[name=office_hours]") is not None
    assert form.select_one("[name=staff_group]") is None and form.select_one("[name=email]") is None

    other_group = Group.objects.exclude(pk=staff_group).first()
    data = {
        "name": department.name,
        "slug": department.slug,
        "domain": department.domain,
        "sort_order": department.sort_order,
        "address": department.address,
        "phone": department.phone,
        "office_hours": "شنبه تا چهارشنبه، ساعت ۷:۳۰ تا ۱۴:۳۰",
        # Sent anyway, as a crafted request would: ignored.
        "staff_group": other_group.pk,
        "email": "someone-else@example.ir",
    }
    assert client.post(url, data).status_code == 302
    department.refresh_from_db()
    assert department.office_hours == "شنبه تا چهارشنبه، ساعت ۷:۳۰ تا ۱۴:۳۰"
    assert (department.staff_group_id, department.email) == (staff_group, email)


def test_a_superuser_still_chooses_where_a_departments_requests_go(admin_client):
    department = Department.objects.in_language("fa").get(slug="cooperatives")
    form = ok_soup(admin_client.get(f"/admin/snippets/home/department/edit/{department.pk}/"))
    assert form.select_one("[name=staff_group]") is not None and form.select_one("[name=email]") is not None


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/home/department/add/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/pages/add/home/standardpage/{home}/",
    ],
)
@pytest.mark.usefixtures("operator")
def test_an_operator_adds_no_department_and_manages_no_people_or_pages(client, url, home_fa):
    response = client.get(url.format(home=home_fa.pk), follow=True)
    assert response.redirect_chain[-1] == ("/admin/", 302)
    assert "اجازهٔ دسترسی به این بخش را ندارید" in response.content.decode()


@pytest.mark.usefixtures("operator")
def test_an_operator_finds_their_tools_in_the_admin_menu(client):
    # The sidebar's items are in its JSON props: the operator's tools, and nothing of people.
    dashboard = client.get("/admin/").content.decode()
    for path in (
        "/admin/settings/home/sitebanner/",
        "/admin/settings/home/contactsettings/",
        "/admin/settings/home/maintenancesettings/",
        "/admin/snippets/home/department/",
        "/admin/redirects/",
    ):
        assert path in dashboard, path
    assert "/admin/users/" not in dashboard and "/admin/groups/" not in dashboard


def site_state(client):
    panel = ok_soup(client.get("/admin/")).select_one("#site-state-section")
    return None if panel is None else " ".join(panel.get_text(" ").split())


@pytest.mark.usefixtures("operator")
def test_the_dashboard_says_what_the_public_sees_now(client, site):
    banner = SiteBanner.for_site(site)
    banner.message, banner.level, banner.starts_at, banner.ends_at = "", "info", None, None
    banner.save()
    assert "هیچ اعلان سراسری نمایش داده نمی‌شود." in site_state(client)
    assert "حالت نگهداری خاموش است." in site_state(client)

    now = timezone.now()
    banner.message, banner.level = "قطع برق ساختمان مرکزی؛ پاسخ‌گویی تلفنی برقرار است.", "outage"
    banner.starts_at, banner.ends_at = now - datetime.timedelta(hours=1), now + datetime.timedelta(hours=3)
    banner.save()
    text = site_state(client)
    assert "اعلان سراسری درگاه نمایش داده می‌شود (اختلال، تا" in text
    assert "قطع برق ساختمان مرکزی" in text
    quote = ok_soup(client.get("/admin/")).select_one("#site-state-section blockquote")
    assert (quote["lang"], quote["dir"]) == ("fa", "rtl")  # read right to left in an English admin too
    # The end in the admin's calendar: Jalali, Persian digits.
    assert re.search(r"تا [۰-۹]{1,2} [\u0600-\u06ff]+ [۰-۹]{4}", text), text

    banner.ends_at = None  # until taken down
    banner.save()
    assert "اعلان سراسری درگاه نمایش داده می‌شود (اختلال):" in site_state(client)

    banner.starts_at, banner.ends_at = now + datetime.timedelta(days=2), now + datetime.timedelta(days=3)
    banner.save()
    # Not yet shown: from when, until when and at what level, in the admin's calendar.
    date = r"[۰-۹]{1,2} [\u0600-\u06ff]+ [۰-۹]{4}، ساعت [۰-۹]{2}:[۰-۹]{2}"
    shown = rf"اعلان سراسری درگاه \(اختلال\) از {date} تا {date} نمایش داده می‌شود:"
    assert re.search(shown, site_state(client)), site_state(client)
    banner.ends_at = None
    banner.save()
    shown = rf"اعلان سراسری درگاه \(اختلال\) از {date} تا زمانی که خاموش شود نمایش داده می‌شود:"
    assert re.search(shown, site_state(client)), site_state(client)

    banner.ends_at, banner.starts_at = now - datetime.timedelta(minutes=1), now - datetime.timedelta(hours=5)
    banner.save()
    assert "هیچ اعلان سراسری نمایش داده نمی‌شود." in site_state(client)


def banner_messages(client):
    """The dashboard's banner messages: (label, lang, dir, text) for each, or the missing note."""
    panel = ok_soup(client.get("/admin/")).select_one("#site-state-section")
    found = []
    for term in panel.select("dl.site-state__messages > dt"):
        body = term.find_next_sibling("dd")
        quote = body.find("blockquote")
        if quote is None:
            found.append((term.get_text(strip=True), None, None, body.get_text(" ", strip=True)))
        else:
            found.append((term.get_text(strip=True), quote["lang"], quote["dir"], quote.get_text(" ", strip=True)))
    return found


def test_the_dashboard_quotes_the_banner_in_both_languages_and_names_a_missing_one(client, site, operator):
    persian = "ساختمان مرکزی روز شنبه تعطیل است."
    english = "The central building is closed on Saturday."
    banner = SiteBanner.for_site(site)
    banner.message, banner.message_en, banner.level = persian, english, "info"
    banner.starts_at, banner.ends_at = timezone.now() - datetime.timedelta(hours=1), None
    banner.save()
    assert banner_messages(client) == [
        ("پیام (فارسی)", "fa", "rtl", persian),
        ("پیام (انگلیسی)", "en", "ltr", english),  # laid out left to right in the Persian admin
    ]

    banner.message_en = ""  # saved before both were required, or through the shell
    banner.save()
    (_label, lang, direction, text), (label_en, lang_en, _dir, missing) = banner_messages(client)
    assert (lang, direction, text) == ("fa", "rtl", persian)
    assert (label_en, lang_en) == ("پیام (انگلیسی)", None)
    assert missing == "نوشته نشده است: خوانندگان صفحه‌های انگلیسی به‌جای آن پیوندی به اعلان بخش فارسی درگاه می‌بینند."

    # An operator using the admin in English reads the labels in English; the texts keep
    # their own language and direction.
    banner.message, banner.message_en = "", english
    banner.save()
    profile = UserProfile.get_for_user(operator)
    profile.preferred_language = "en"
    profile.save()
    assert banner_messages(client) == [
        (
            "Message (Persian)",
            None,
            None,
            "Not written: readers of the Persian pages see a link to the notice on the English site instead.",
        ),
        ("Message (English)", "en", "ltr", english),
    ]


@pytest.mark.usefixtures("operator")
def test_the_dashboard_says_when_maintenance_mode_is_on(client, site):
    setting = MaintenanceSettings.for_site(site)
    setting.enabled = True
    setting.save()
    try:
        assert "حالت نگهداری روشن است" in site_state(client)
    finally:
        setting.enabled = False
        setting.save()


def test_editors_who_change_neither_get_no_such_panel(client, django_user_model):
    editor = django_user_model.objects.create_user(username="news-writer-2", password="x-unused-123")
    editor.groups.add(Group.objects.get(name="ویراستاران اخبار"))
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    assert site_state(client) is None


def test_each_setting_is_linked_only_for_whoever_may_change_it(client, django_user_model):
    user = django_user_model.objects.create_user(username="banner-only", password="x-unused-123")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="home", codename="change_sitebanner"),
    )
    client.force_login(user)
    panel = ok_soup(client.get("/admin/")).select_one("#site-state-section")
    links = [a["href"] for a in panel.select("a.button")]
    assert len(links) == 1 and "/admin/settings/home/sitebanner/" in links[0]
    assert "حالت نگهداری خاموش است." in panel.get_text()  # still told, not offered
