"""Editors find images and documents in the admin however they type a title: on an Arabic
keyboard or a Persian one, with Persian or Latin digits, a plural joined, spaced or with a ZWNJ.

Images and documents hold a normalised copy of their titles, tag names and (documents) file
names in the index, and their queries are normalised as pages' are
(home/language/search_backend.py). Before, their queries only had the Arabic keyboard's letters
changed: «گزارشها» missed «گزارش‌های ۱۴۰۴», «1404» missed «۱۴۰۴», a title typed on an Arabic
keyboard was found by no query, and a document's file name by nothing.
"""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from tests.admin_language import prefers_english
from tests.home.test_editorial import member_of
from tests.search_index import search_index_updates
from tests.shared_data import shared_data
from tests.soup import parse, soup

pytestmark = pytest.mark.django_db

COOPERATIVES = "ویراستاران حوزه تعاون"
# Titles as editors type them: a ZWNJ plural with Persian digits, an Arabic keyboard's letters,
# a spaced plural with Latin digits, an English title.
REPORT_IMAGE = "گزارش\u200cهای عملکرد تعاونی\u200cها ۱۴۰۴"
MEETING_IMAGE = "نشست خبري مديركل با خبرنگاران"
REPORT_DOCUMENT = "گزارش های سالانه اشتغال 1405"
GUIDE_DOCUMENT = "راهنماي تكميل فرم عضويت"
ENGLISH_DOCUMENT = "Annual employment report 2025"
# Found by none of the titles, tags or file names.
NONSENSE = ["قلمبه\u200cسلمبه‌ها ۹۹۷۳", "zqxjv"]


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(member_of(django_user_model, "coop-media-searcher", COOPERATIVES))
    return client


@pytest.fixture(scope="module")
def shared_media(django_db_setup, django_db_blocker):
    """Images and documents in the editor's own collection, each typed differently: made and
    indexed once for the module, in a transaction rolled back after it (tests/shared_data.py)."""
    with shared_data(django_db_blocker), search_index_updates(True):
        own = Collection.get_first_root_node().get_children().get(name="تعاون")
        image_model, document_model = get_image_model(), get_document_model()
        images = [
            image_model.objects.create(title=t, file=get_test_image_file(), collection=own)
            for t in (REPORT_IMAGE, MEETING_IMAGE)
        ]
        images[1].tags.add("کارگاه\u200cها")
        images[1].save()
        documents = {
            REPORT_DOCUMENT: "report.pdf",
            GUIDE_DOCUMENT: "guide.pdf",
            ENGLISH_DOCUMENT: "annual-report.pdf",
            "فرم عضویت": "بخشنامه\u200cهای_مزد_۱۴۰۳.pdf",  # the ZWNJ is dropped from a stored file name
        }
        for title, name in documents.items():
            document_model.objects.create(title=title, file=ContentFile(b"%PDF-1.4 test", name=name), collection=own)
        yield


@pytest.fixture
def media(db, shared_media):
    """The module's images and documents (`shared_media`), for a test in the database."""
    del db, shared_media  # asked for to be set up


def found(response):
    """The titles an admin listing or chooser shows for a search (a choice's link holds it)."""
    assert response.status_code == 200
    links = parse(response.content.decode()).select("a.image-choice, td.title a")
    return {" ".join(link.get_text(" ", strip=True).split()) for link in links}


def finds(response, title):
    return any(title in shown for shown in found(response))


def finds_nothing_made(response):
    return not any(
        made in shown
        for shown in found(response)
        for made in (REPORT_IMAGE, MEETING_IMAGE, REPORT_DOCUMENT, GUIDE_DOCUMENT, ENGLISH_DOCUMENT, "فرم عضویت")
    )


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("گزارشها", REPORT_IMAGE),  # a plural joined: the title's has a ZWNJ
        ("عملکرد 1404", REPORT_IMAGE),  # Latin digits: the title's are Persian
        ("مدیرکل", MEETING_IMAGE),  # Persian letters: the title was typed on an Arabic keyboard
        ("مديركل خبري", MEETING_IMAGE),  # the Arabic keyboard's letters, as the title's
        ("کارگاهها", MEETING_IMAGE),  # a tag, «کارگاه‌ها»
    ],
)
def test_image_listing_finds_a_title_typed_otherwise(editor, media, query, title):
    assert finds(editor.get("/admin/images/", {"q": query}), title)


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("گزارشها", REPORT_DOCUMENT),  # a plural joined: the title's is spaced
        ("اشتغال ۱۴۰۵", REPORT_DOCUMENT),  # Persian digits: the title's are Latin
        ("تکمیل فرم", GUIDE_DOCUMENT),  # Persian letters: the title was typed on an Arabic keyboard
        ("بخشنامه‌ها", "فرم عضویت"),  # the file name «بخشنامههای_مزد_۱۴۰۳.pdf»
        ("مزد 1403", "فرم عضویت"),  # its words, the digits Latin
    ],
)
def test_document_listing_finds_a_title_or_file_name_typed_otherwise(editor, media, query, title):
    assert finds(editor.get("/admin/documents/", {"q": query}), title)


@pytest.mark.parametrize(
    "url",
    ["/admin/images/", "/admin/documents/", "/admin/images/chooser/results/", "/admin/documents/chooser/results/"],
)
def test_a_query_matching_nothing_finds_none_of_them(editor, media, url):
    """The folding finds more, never everything: what matches no title, tag or file name stays unfound."""
    for nonsense in NONSENSE:
        assert finds_nothing_made(editor.get(url, {"q": nonsense}))


@pytest.mark.parametrize(
    ("url", "query", "title"),
    [
        ("/admin/images/chooser/results/", "گزارشها 1404", REPORT_IMAGE),
        ("/admin/images/chooser/results/", "مدیرکل", MEETING_IMAGE),
        ("/admin/documents/chooser/results/", "گزارشها ۱۴۰۵", REPORT_DOCUMENT),
        ("/admin/documents/chooser/results/", "بخشنامه", "فرم عضویت"),
    ],
)
def test_chooser_search_finds_a_title_typed_otherwise(editor, media, url, query, title):
    """The choosers a page's edit form opens search as the listings do."""
    assert finds(editor.get(url, {"q": query}), title)


def test_english_admin_finds_digits_and_plurals_typed_either_way(client, django_user_model, media):
    client.force_login(prefers_english(member_of(django_user_model, "coop-media-english", COOPERATIVES)))
    response = client.get("/admin/documents/", {"q": "report ۲۰۲۵"})
    assert soup(response).html["lang"] == "en"
    assert finds(response, ENGLISH_DOCUMENT)
    assert finds(client.get("/admin/documents/", {"q": "گزارشها 1405"}), REPORT_DOCUMENT)
    assert finds(client.get("/admin/images/chooser/results/", {"q": "مدیرکل"}), MEETING_IMAGE)
    assert finds_nothing_made(client.get("/admin/documents/", {"q": NONSENSE[1]}))


@pytest.mark.parametrize(
    ("url", "query", "title"),
    [
        ("/admin/images/chooser/results/", "خانهها", "خانه\u200cهای کنار هم"),
        ("/admin/documents/chooser/results/", "تاسیس تعاونی", "فرم درخواست تأسیس تعاونی"),
    ],
)
def test_the_seeded_media_are_found_typed_otherwise(editor, url, query, title):
    """The demo's images and documents, indexed by the seed (and by migration 0021's rebuild on
    a database seeded before), hold the normalised copy too: a plural joined, no hamza."""
    assert finds(editor.get(url, {"q": query}), title)
