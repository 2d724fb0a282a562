"""Identity and task-led pages: emblem, home page tasks, department contact details, footer,
and numbers written the way each language writes them."""

import re

import pytest

from home.factories import DepartmentFactory
from home.language.text import format_file_size
from home.models import Department
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db


def test_header_carries_the_emblem_and_a_menu_that_folds(client):
    page = ok_soup(client.get("/"))
    emblem = page.select_one(".site-brand img.site-brand__emblem")
    assert emblem["src"].endswith("img/emblem.svg")
    menu = page.select_one("header details.site-menu")
    assert menu is not None and not menu.has_attr("open")
    assert menu.select_one("summary").get_text(strip=True) == "منو و جست‌وجو"
    assert menu.select_one(".main-nav a[href='/services/']")
    assert menu.select_one("form.search-form[role=search]")


@pytest.mark.parametrize(
    ("path", "send", "track", "first_service"),
    [
        ("/", "ارسال درخواست", "پیگیری درخواست", "/services/unemployment-insurance/"),
        ("/en/", "Send a request", "Track a request", "/en/services/unemployment-insurance/"),
    ],
)
def test_home_page_leads_with_the_two_actions_and_the_five_most_used_services(client, path, send, track, first_service):
    page = ok_soup(client.get(path))
    hero = page.select_one(".hero")
    actions = [a.select_one(".task-action__title").get_text(strip=True) for a in hero.select(".task-action")]
    assert actions == [send, track]
    assert hero.select_one(".task-action--track")["href"].endswith("/track/")
    top = page.select("ol.top-services > li a")
    assert len(top) == 5
    assert top[0]["href"] == first_service
    # The most-used panel comes straight after the hero, before news and notices.
    panels = [section.get("class")[1] for section in page.select("main section.home-panel")]
    assert panels[0] == "home-panel--services"
    text = page.select_one("ol.top-services").get_text(" ")
    assert "G2C" not in text and "G2B" not in text


def test_every_department_has_contact_details_on_the_contact_page(client):
    added = DepartmentFactory(name="اداره تعاون شمال تهران", phone="021-22334455")
    departments = list(Department.objects.in_language("fa"))
    page = ok_soup(client.get("/contact/"))
    cards = page.select(".department-contacts .department-card")
    assert [card.select_one("h3").get_text(strip=True) for card in cards][-1] == added.name
    assert "۰۲۱-۲۲۳۳۴۴۵۵" in cards[-1].get_text()
    for department, card in zip(departments, cards, strict=True):
        assert card.select_one("h3").get_text(strip=True) == department.name
        assert department.address and department.address in card.get_text()
        phone = card.select_one("a[href^='tel:'] bdi[dir=ltr]").get_text()
        assert re.fullmatch("[۰-۹]{3}-[۰-۹]{8}", phone)
        assert "۷:۳۰ تا ۱۴:۳۰" in card.get_text()


def test_section_page_shows_its_departments_contact_in_each_language(client):
    inspection = Department.objects.in_language("fa").get(slug="labour-inspection")
    inspection_en = Department.objects.in_language("en").get(slug="labour-inspection")
    assert inspection_en.translation_key == inspection.translation_key
    persian = ok_soup(client.get("/labour-inspection/")).select(".department-card")
    assert [card.select_one("h3").get_text(strip=True) for card in persian] == [inspection.name]
    assert inspection.address in persian[0].get_text()
    english = ok_soup(client.get("/en/labour-inspection/")).select(".department-card")
    assert [card.select_one("h3").get_text(strip=True) for card in english] == [inspection_en.name]
    text = english[0].get_text(" ")
    assert inspection_en.address in text and inspection.phone in text
    assert not re.search("[\u0600-\u06ff]", text)


def test_department_contact_details_are_edited_in_the_admin(admin_client):
    department = Department.objects.in_language("fa").get(slug="cooperatives")
    url = f"/admin/snippets/home/department/edit/{department.pk}/"
    form = ok_soup(admin_client.get(url))
    for name in ("address", "phone", "office_hours"):
        assert form.select_one(f"[name={name}]") is not None, name
    data = {
        "name": department.name,
        "slug": department.slug,
        "email": department.email,
        "staff_group": department.staff_group_id or "",
        "domain": department.domain,
        "sort_order": department.sort_order,
        "address": "تهران، خیابان انقلاب، ساختمان تازه (نشانی نمونه)",
        "phone": "021-00002000",
        "office_hours": "شنبه تا چهارشنبه، ساعت ۸ تا ۱۴",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302
    department.refresh_from_db()
    assert department.phone == "021-00002000"
    assert "ساختمان تازه" in ok_soup(client_get_fresh(admin_client, "/cooperatives/")).get_text()


def client_get_fresh(client, path):
    from django.core.cache import cache

    cache.clear()
    return client.get(path)


def test_footer_has_real_contact_lines_and_links(client):
    persian = ok_soup(client.get("/")).select_one("footer.site-footer")
    text = persian.get_text(" ")
    assert "نشانی نمونه برای نسخه نمایشی" not in text
    assert "ساختمان مرکزی اداره کل" in text
    assert persian.select_one("bdi[dir=ltr], span[dir=ltr]").get_text() == "۰۲۱-۰۰۰۰۰۰۰۰"
    useful = [a.get_text(strip=True) for a in persian.select("nav[aria-labelledby=footer-links] a")]
    assert len(useful) >= 4
    english = ok_soup(client.get("/en/")).select_one("footer.site-footer")
    assert "021-00000000" in english.get_text()


def test_persian_pages_write_file_sizes_and_averages_the_persian_way(client):
    from tenders.models import TenderPage

    notice = TenderPage.objects.get(slug="cleaning-services-1405", locale__language_code="fa")
    document = notice.notice_documents.first().document
    page = ok_soup(client.get(notice.url))
    documents = page.select_one(".tender-documents").get_text(" ")
    assert format_file_size(document.file_size, "fa") in documents
    assert re.search("[۰-۹]+(٫[۰-۹])? (بایت|کیلوبایت|مگابایت)", documents)
    assert "KB" not in documents and "bytes" not in documents
    english = ok_soup(client.get("/en/tenders/cleaning-services-1405/")).select_one(".tender-documents")
    assert re.search(r"\d+(\.\d)? (bytes|KB|MB)", english.get_text(" "))
