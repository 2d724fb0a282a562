"""The identity card: code assignment, uniqueness and immutability; conditional validation;
the card as rendered, its JSON-LD and PDF."""

import json
import shutil
import subprocess

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from wagtail.models import Site

from services.factories import make_service
from services.models import ServiceCode, ServiceIndexPage, ServicePage
from tests.services.conftest import make_catalogue
from tests.shared_data import shared_data
from tests.soup import parse, soup

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def shared_catalogue(django_db_setup, django_db_blocker):
    """One empty catalogue of our own for the whole module, published once in a transaction
    rolled back after the module; each test runs in a savepoint inside it, so the services a
    test adds, changes or deletes are rolled back after that test (publishing the catalogue
    again for each test was about a third of this module's time)."""
    with shared_data(django_db_blocker):
        yield make_catalogue(Site.objects.get(is_default_site=True).root_page.specific).pk


@pytest.fixture
def catalogue(db, shared_catalogue):
    # A fresh instance per test: the children a test adds must not stay counted in memory.
    return ServiceIndexPage.objects.get(pk=shared_catalogue)


def errors_of(page):
    try:
        page.full_clean()
    except ValidationError as error:
        return error.message_dict
    return {}


# -- codes -----------------------------------------------------------------------------------


def test_code_is_assigned_on_first_save_and_unique(catalogue):
    first = make_service(catalogue, slug="s1", publish=False)
    second = make_service(catalogue, slug="s2", publish=False)
    assert first.service_code and second.service_code
    assert first.service_code != second.service_code
    codes = ServicePage.objects.values_list("service_code", flat=True)
    # Translations share their code; otherwise every code is on one service only.
    per_key = ServicePage.objects.values_list("translation_key", "service_code").distinct()
    assert len({code for _key, code in per_key}) == len({key for key, _code in per_key})
    assert first.service_code in set(codes)


def test_an_editor_may_give_the_national_identifier(catalogue):
    page = make_service(catalogue, slug="national", service_code="1301234567890")
    assert page.service_code == "1301234567890"
    clash = ServicePage(title="دیگر", slug="other", service_code="1301234567890", domain="employment")
    assert "service_code" in errors_of(clash)


def test_code_cannot_change_after_publication(catalogue):
    page = make_service(catalogue, slug="fixed")
    original = page.service_code
    page.service_code = "CHANGED-1"
    assert "service_code" in errors_of(page)
    page.save()  # even a save that skips validation keeps the code
    page.refresh_from_db()
    assert page.service_code == original


def test_code_may_change_before_publication(catalogue):
    page = make_service(catalogue, slug="draft", publish=False)
    page.service_code = "DRAFT-CODE-1"
    assert "service_code" not in errors_of(page)


def test_codes_are_never_reused(catalogue):
    page = make_service(catalogue, slug="gone")
    code = page.service_code
    page.delete()
    assert ServiceCode.objects.filter(code=code).exists()
    newcomer = make_service(catalogue, slug="newcomer")
    assert newcomer.service_code != code
    again = ServicePage(title="دوباره", slug="again", service_code=code, domain="employment")
    assert "service_code" in errors_of(again)


def test_translation_keeps_the_code_and_a_copy_gets_a_new_one(catalogue, home_en):
    page = ServicePage.objects.get(slug="foreign-work-permit", locale__language_code="fa")
    english = page.get_translation(home_en.locale)
    assert english.service_code == page.service_code
    copy = make_service(catalogue, slug="orig")
    duplicate = copy.copy(to=catalogue, update_attrs={"slug": "orig-copy", "title": "رونوشت"})
    assert duplicate.service_code and duplicate.service_code != copy.service_code


# -- conditional validation ------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields,field_in_error",
    [
        ({"delivery_level": "semi-electronic", "in_person_reasons": "  "}, "in_person_reasons"),
        ({"delivery_level": "electronic", "in_person_reasons": "مراجعه لازم است"}, "in_person_reasons"),
        ({"delivery_level": "electronic", "online_url": "not a url", "in_person_reasons": ""}, "online_url"),
        ({"is_free": False, "cost_rials": None}, "cost_rials"),
        ({"is_free": True, "cost_rials": 5000}, "cost_rials"),
    ],
)
def test_conditional_rules_refuse(catalogue, fields, field_in_error):
    page = make_service(catalogue, slug="rules", publish=False)
    for name, value in fields.items():
        setattr(page, name, value)
    assert field_in_error in errors_of(page)


@pytest.mark.parametrize(
    "fields",
    [
        {"delivery_level": "electronic", "in_person_reasons": ""},
        {"delivery_level": "non-electronic", "online_url": "", "in_person_reasons": ""},
        # No address known yet: the card says to apply through its channels (no made-up address).
        {"delivery_level": "electronic", "online_url": "", "in_person_reasons": ""},
        {"delivery_level": "semi-electronic", "online_url": ""},
        {"is_free": False, "cost_rials": 1_000_000},
    ],
)
def test_conditional_rules_accept(catalogue, fields):
    page = make_service(catalogue, slug="fine", publish=False)
    for name, value in fields.items():
        setattr(page, name, value)
    assert errors_of(page) == {}


def test_admin_form_shows_the_rule_as_a_field_error(admin_client, catalogue):
    page = make_service(catalogue, slug="admin-edit")
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert "service_code" in response.content.decode()


# -- the rendered card -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def rendered_card(django_db_setup, django_db_blocker):
    """The seeded card as a reader gets it, rendered once for the tests that only read it."""
    with shared_data(django_db_blocker):
        response = Client().get("/services/foreign-work-permit/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def card(db, rendered_card):
    return parse(rendered_card)


def test_card_shows_every_heading(card):
    ids = {h["id"] for h in card.select("h2[id]")}
    assert {
        "identity-heading",
        "triggers-heading",
        "documents-heading",
        "laws-heading",
        "channels-heading",
        "workflow-heading",
        "systems-heading",
        "faq-heading",
        "forms-heading",
        "survey-heading",
    } <= ids
    page = ServicePage.objects.get(slug="foreign-work-permit", locale__language_code="fa")
    assert page.service_code in card.select_one(".service-code").get_text()


def test_documents_and_systems_tables_have_a_row_per_block(card):
    page = ServicePage.objects.get(slug="foreign-work-permit", locale__language_code="fa")
    for heading, (blocks, first, columns) in {
        "documents-heading": (page.required_documents, "name", 3),
        "systems-heading": (page.system_links, "system", 4),
    }.items():
        table = card.select_one(f"section[aria-labelledby={heading}] table")
        assert len(table.thead.select("th[scope=col]")) == columns, heading
        rows = [[td.get_text(strip=True) for td in tr.select("td")] for tr in table.tbody.select("tr")]
        assert rows and [row[0] for row in rows] == [block.value[first] for block in blocks], heading
        assert {len(row) for row in rows} == {columns}, heading


def test_json_ld_government_service(card):
    blocks = [json.loads(s.string) for s in card.select('script[type="application/ld+json"]')]
    data = next(b for b in blocks if b.get("@type") == "GovernmentService")
    page = ServicePage.objects.get(slug="foreign-work-permit", locale__language_code="fa")
    assert data["identifier"] == page.service_code
    assert data["name"] == page.title
    assert data["serviceType"]
    assert {a["audienceType"] for a in data["audience"]} == {"اتباع خارجی", "کارفرمایان"}
    # The demo gives no made-up address, so the channels name none.
    assert page.online_url == "" and not [c for c in data["availableChannel"] if "serviceUrl" in c]
    assert data["provider"] == {
        "@type": "GovernmentOrganization",
        "name": "اداره کل تعاون، کار و رفاه اجتماعی استان تهران",
        "department": {"@type": "GovernmentOrganization", "name": page.responsible_department.display_name},
    }
    assert data["offers"]["priceCurrency"] == "IRR"
    assert data["aggregateRating"]["ratingCount"] > 0
    assert 1 <= data["aggregateRating"]["ratingValue"] <= 5


def test_free_service_offers_price_zero_and_no_rating_without_answers(client, catalogue):
    page = make_service(catalogue, slug="free")
    dom = soup(client.get(page.url))
    data = json.loads(dom.select_one('script[type="application/ld+json"]').string)
    assert data["offers"]["price"] == "0"
    assert "aggregateRating" not in data


def test_english_card(client):
    response = client.get("/en/services/foreign-work-permit/")
    dom = soup(response)
    assert dom.h1.get_text(strip=True) == "Issuing work permits for foreign nationals"
    assert dom.html["lang"] == "en"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_pdf_of_the_card_has_extractable_persian_text(client, tmp_path):
    page = ServicePage.objects.get(slug="unemployment-insurance", locale__language_code="fa")
    response = client.get(page.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(response.content)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    text = text.decode()
    assert page.service_code in text
    # Persian words come out as real letters (joined glyphs mapped back to text).
    for word in ("بیمه", "بیکاری", "مقرری"):
        assert word in text, word
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True).stdout.decode()
    assert "Vazirmatn" in fonts


def test_blank_forms_download_as_pdf_and_docx(client):
    dom = soup(client.get("/services/labour-dispute/"))
    links = [a["href"] for a in dom.select("#forms-heading + ul a")]
    assert len(links) == 2
    bodies = {}
    for href in links:
        response = client.get(href)
        assert response.status_code == 200
        bodies[href.rsplit(".", 1)[-1]] = (
            b"".join(response.streaming_content) if response.streaming else response.content
        )
    assert bodies["pdf"].startswith(b"%PDF")
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(bodies["docx"])) as archive:
        assert "دادخواست" in archive.read("word/document.xml").decode()


@pytest.mark.parametrize("filename,accepted", [("form.pdf", True), ("form.docx", True), ("form.txt", False)])
def test_blank_forms_must_be_pdf_or_docx(filename, accepted):
    from django.core.files.base import ContentFile
    from wagtail.blocks import StructBlockValidationError, StructValue
    from wagtail.documents.models import Document

    from services.blocks import BlankFormBlock

    document = Document(title=filename)
    document.file.save(filename, ContentFile(b"sample"), save=True)
    block = BlankFormBlock()
    value = StructValue(block, [("document", document), ("title", "")])
    if accepted:
        block.clean(value)
    else:
        with pytest.raises(StructBlockValidationError):
            block.clean(value)


def test_blank_form_titles_are_escaped_once(client):
    """A blank form's title with an apostrophe («foreign national's») reads as typed: the title
    was escaped by {% firstof %} and again by mark_language («national&#x27;s» on the page)."""
    dom = soup(client.get("/en/services/foreign-work-permit/"))
    titles = [a.get_text() for a in dom.select("#forms-heading + ul a")]
    assert titles == ["Application for a foreign national's work permit (sample, in Persian)"]


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/services/labour-dispute/", "دفاتر پیشخوان خدمات دولت"),
        ("/en/services/labour-dispute/", "Government e-service counters"),
    ],
)
def test_a_channel_whose_details_repeat_its_name_is_named_once(client, monkeypatch, path, name):
    # The card's PDF, read as the HTML it is made from (WeasyPrint left out).
    from django.template.loader import render_to_string

    from home.pages import pdf

    monkeypatch.setattr(
        pdf, "render_pdf", lambda template, context, request: render_to_string(template, context).encode()
    )
    card = " ".join(parse(client.get(path + "pdf/").content.decode()).get_text().split())
    assert name in card
    assert f"{name} ({name})" not in card  # was «دفاتر پیشخوان خدمات دولت (دفاتر پیشخوان خدمات دولت)»
    # The page itself said it twice too («…: …»); details that say more are still shown.
    channels = [" ".join(li.get_text().split()) for li in soup(client.get(path)).select("#channels-heading + ul li")]
    assert name in channels
    assert any(":" in item for item in channels)
