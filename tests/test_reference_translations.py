"""Departments, service categories and audiences are translatable snippets: one entry, a Persian
and an English instance with one translation key, translated in wagtail-localize like pages."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from forms_pages.models import CitizenRequest
from home.models import Department
from services.models import Audience, ServiceCategory, ServicePage
from tests.admin_language import prefers_english
from tests.soup import ok_soup

pytestmark = pytest.mark.django_db

PERSIAN_LETTERS = re.compile("[\u0600-\u06ff]")


def live_service(language, *linked):
    """A live service in ``language`` with at least one entry in each of the ``linked`` fields."""
    services = ServicePage.objects.live().filter(locale__language_code=language)
    for name in linked:
        services = services.exclude(**{name: None})
    return services.first()


def test_every_seeded_entry_has_a_persian_and_an_english_instance():
    for model in (Department, ServiceCategory, Audience):
        persian = {e.translation_key: e for e in model.objects.in_language("fa")}
        english = {e.translation_key: e for e in model.objects.filter(locale__language_code="en")}
        assert persian and persian.keys() == english.keys(), model
        for key, entry in english.items():
            assert entry.slug == persian[key].slug
            assert not PERSIAN_LETTERS.search(entry.name), entry.name
    # An English subcategory hangs under the English parent.
    child = ServiceCategory.objects.in_language("en").exclude(parent=None).select_related("parent").first()
    assert child.parent.locale.language_code == "en"


def test_english_catalogue_and_card_name_everything_in_english(client):
    catalogue = ok_soup(client.get("/en/services/"))
    main = catalogue.select_one("main").get_text(" ")
    # The category facet and the category links name the English instances.
    for category in ServiceCategory.objects.in_language("en").filter(parent=None):
        assert category.name in main
    assert not PERSIAN_LETTERS.search(main), PERSIAN_LETTERS.findall(main)[:20]

    service = live_service("en", "responsible_department", "audiences")
    card = ok_soup(client.get(service.url)).select_one("main")
    text = card.get_text(" ")
    assert service.responsible_department.in_language("en").name in text
    for category in service.categories.all():
        assert category.in_language("en").name in text
    assert not PERSIAN_LETTERS.search(text), PERSIAN_LETTERS.findall(text)[:20]

    persian = ServicePage.objects.get(translation_key=service.translation_key, locale__language_code="fa")
    persian_text = ok_soup(client.get(persian.url)).select_one("main").get_text(" ")
    assert persian.responsible_department.in_language("fa").name in persian_text
    assert service.responsible_department.in_language("en").name not in persian_text


def test_a_category_not_yet_translated_is_marked_persian_on_english_pages(client):
    """An English service linked to a category with no English instance yet names it in
    Persian, marked as Persian (screen readers switch voice; the page-language check passes)."""
    persian_category = ServiceCategory.objects.create(
        locale=Locale.objects.get(language_code="fa"), name="مهارت‌آموزی", slug="t-skills", sort_order=99
    )
    service = live_service("en", "categories")
    service.categories.add(persian_category)
    service.save_revision().publish()

    for path in (service.url, "/en/services/"):
        page = ok_soup(client.get(path)).select_one("main")
        marked = [bdi.get_text() for bdi in page.select('bdi[lang="fa"][dir="rtl"]')]
        assert "مهارت‌آموزی" in marked, path
        unmarked = [
            text for text in page.find_all(string=PERSIAN_LETTERS) if not text.find_parent(attrs={"lang": "fa"})
        ]
        assert not unmarked, (path, unmarked[:5])


def test_a_department_not_yet_translated_is_offered_as_persian_on_the_english_form(client):
    """A select's option cannot hold markup: the option itself says it is Persian."""
    Department.objects.create(locale=Locale.objects.get(language_code="fa"), name="اداره نمونه", slug="t-sample")
    form = ok_soup(client.get("/en/contact/")).select_one("main form")
    options = {option.get_text(strip=True): option for option in form.select("select option")}
    assert options["اداره نمونه"]["lang"] == "fa"
    english = Department.objects.in_language("en").exclude(slug="t-sample").first()
    assert not options[english.name].has_attr("lang")
    persian_form = ok_soup(client.get("/contact/")).select_one("main form")
    assert not any(option.has_attr("lang") for option in persian_form.select("select option"))


def test_english_category_filter_and_landing_page_use_the_shared_slug(client):
    category = ServiceCategory.objects.in_language("en").filter(parent=None).first()
    landing = ok_soup(client.get(f"/en/services/category/{category.slug}/"))
    assert landing.select_one("h1").get_text(strip=True) == category.name
    filtered = ok_soup(client.get("/en/services/", {"category": category.slug}))
    listed = {a.get_text(strip=True) for a in filtered.select("main li.service-item h2 a")}
    expected = set(
        ServicePage.objects.live()
        .filter(
            locale__language_code="en",
            categories__slug__in=[category.slug, *category.children.values_list("slug", flat=True)],
        )
        .values_list("title", flat=True)
    )
    assert listed and listed <= expected


def test_english_contact_form_offers_english_departments_and_routes_to_the_persian_desk(client):
    form = ok_soup(client.get("/en/contact/"))
    options = {o.get_text(strip=True): o["value"] for o in form.select("select[name=department] option") if o["value"]}
    english = Department.objects.in_language("en").get(slug="complaints")
    persian = Department.objects.in_language("fa").get(slug="complaints")
    assert english.name in options and persian.name not in options
    assert not any(PERSIAN_LETTERS.search(label) for label in options)

    data = {
        "kind": "question",
        "department": options[english.name],
        "subject": "A question about unemployment insurance",
        "text": "Which documents do I need to apply for unemployment insurance benefits?",
        "name": "Maryam Ahmadi",
        "mobile": "09123456789",
        "email": "maryam@example.com",
        "national_id": "",
        "website": "",
    }
    response = client.post("/en/contact/", data)
    assert response.status_code == 302
    stored = CitizenRequest.objects.get(subject=data["subject"])
    # Routed to the desk of the Persian instance: its staff group sees it.
    assert stored.department == persian
    assert stored.department.staff_group_id == persian.staff_group_id is not None
    thanks = ok_soup(client.get(response["Location"])).select_one("main").get_text(" ")
    assert english.name in thanks


def test_a_new_department_is_translated_in_wagtail_localize(admin_client, client):
    persian_locale = Locale.objects.get(language_code="fa")
    english_locale = Locale.objects.get(language_code="en")
    group = Group.objects.create(name="کارشناسان اداره آزمایشی")
    department = Department.objects.create(
        locale=persian_locale,
        name="اداره آزمایشی",
        slug="t-office",
        email="t-office@example.ir",
        staff_group=group,
        address="تهران، خیابان آزمایش",
    )
    submit = reverse("wagtail_localize:submit_snippet_translation", args=["home", "department", department.pk])
    listing = admin_client.get("/admin/snippets/home/department/", {"locale": "fa"})
    assert submit in listing.content.decode()

    response = admin_client.post(submit, {"locales": [english_locale.pk]})
    assert response.status_code == 302
    english = department.get_translation(english_locale)
    # Synchronised fields are copied: the English instance routes to the same people.
    assert (english.slug, english.email, english.staff_group) == ("t-office", "t-office@example.ir", group)
    # wagtail-localize copied the Persian address into it too; until it is translated the
    # English contact page leaves the address out rather than show it in Persian.
    assert english.address == "تهران، خیابان آزمایش"
    assert "تهران، خیابان آزمایش" not in client.get("/en/contact/").content.decode()

    # The translator fills in the name and address in the translation editor.
    source = TranslationSource.objects.get_for_instance(department)
    wording = {"name": "Test office", "address": "Tehran, Test Street"}
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=english_locale,
            context=segment.context,
            data=wording[segment.context.path],
        )
    Translation.objects.get(source=source, target_locale=english_locale).save_target()
    english.refresh_from_db()
    assert (english.name, english.address) == ("Test office", "Tehran, Test Street")
    assert english.translation_key == department.translation_key
    assert "Tehran, Test Street" in client.get("/en/contact/").content.decode()


def test_a_persian_service_form_offers_each_category_and_audience_once(admin_client):
    service = ServicePage.objects.live().filter(locale__language_code="fa").first()
    form = ok_soup(admin_client.get(f"/admin/pages/{service.pk}/edit/"))
    for name, model in (("categories", ServiceCategory), ("audiences", Audience)):
        offered = {
            int(element["value"])
            for element in form.select(f"input[name={name}], select[name={name}] option")
            if element.get("value")
        }
        assert offered == set(model.objects.in_language("fa").values_list("pk", flat=True)), name


def test_a_translated_service_links_the_english_categories_and_audiences(
    admin_client, django_capture_on_commit_callbacks
):
    """wagtail-localize copies many-to-many links from the Persian page unchanged; the English
    service links the English instances of the same entries, after translation and after a
    re-sync that brings a category the Persian page gained."""
    english_locale = Locale.objects.get(language_code="en")
    service = live_service("fa", "categories", "audiences")
    # Every seeded service is translated already (by the seeder, linking the English entries):
    # its English page goes, so that wagtail-localize makes it again.
    service.get_translations().filter(locale=english_locale).delete()

    def keys(entries):
        return {entry.translation_key for entry in entries}

    def assert_links_english(page, persian):
        for name in ("categories", "audiences"):
            linked = list(getattr(page, name).all())
            assert {entry.locale_id for entry in linked} == {english_locale.pk}, name
            assert keys(linked) == keys(getattr(persian, name).all()), name

    response = admin_client.post(f"/admin/localize/submit/page/{service.pk}/", {"locales": [english_locale.pk]})
    assert response.status_code == 302
    english = ServicePage.objects.get(translation_key=service.translation_key, locale=english_locale)
    assert_links_english(english, service)
    # The translation editor's form starts from the latest revision: English entries there too.
    assert_links_english(english.get_latest_revision_as_object(), service)

    # The Persian page gains a category; a re-sync that publishes brings its English instance.
    extra = ServiceCategory.objects.in_language("fa").exclude(pk__in=service.categories.all()).first()
    assert extra.get_translation_or_none(english_locale) is not None
    service.categories.add(extra)
    service.save_revision().publish()
    service = ServicePage.objects.get(pk=service.pk)
    source = TranslationSource.objects.get_for_instance(service)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
        )
    assert response.status_code == 302
    english = ServicePage.objects.get(pk=english.pk)
    assert english.live
    assert extra.translation_key in keys(english.categories.all())
    assert_links_english(english, service)


def english_admin(client, user):
    prefers_english(user)
    client.force_login(user)
    return client


def add_translated(model, number, **fields):
    """A Persian entry of a reference list and its English translation."""
    persian = model.objects.create(name=f"آزمایشی {number}", slug=f"t-extra-{number}", sort_order=90 + number, **fields)
    english = persian.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = f"Test entry {number}"
    english.save()
    return persian


def test_english_department_contacts_cost_the_same_queries_however_many_departments():
    """Whether each address and opening hours are still the Persian copy is looked up for the
    whole list at once (it was two queries a department on every English contact page built)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from home.templatetags.portal_tags import department_contacts

    def listed():
        with translation.override("en"), CaptureQueriesContext(connection) as queries:
            shown = [department.display_name for department in department_contacts()["departments"]]
        return shown, len(queries)

    shown, queries = listed()
    english_locale = Locale.objects.get(language_code="en")
    for n in range(3):
        persian = Department.objects.create(
            locale=Locale.objects.get(language_code="fa"), name=f"اداره {n}", slug=f"t-{n}", address=f"نشانی {n}"
        )
        english = persian.copy_for_translation(english_locale)
        english.name, english.address = f"Office {n}", f"Address {n}"
        english.save()
    more, more_queries = listed()
    assert len(more) == len(shown) + 3
    assert more_queries == queries


def test_persian_entries_are_named_in_english_with_one_query_for_all(django_assert_num_queries):
    """`str()` of a Persian entry in English reads its translation: looked up for the whole list
    at once (fetched or iterated, as a form's choices are), not once per entry."""
    from django.utils import translation

    with translation.override("en"):
        for fetch in (list, lambda queryset: list(queryset.iterator())):
            persian = Department.objects.filter(locale__language_code="fa").order_by("sort_order")
            with django_assert_num_queries(2):
                names = [str(entry) for entry in fetch(persian)]
            english = Department.objects.filter(locale__language_code="en").order_by("sort_order")
            assert names == [entry.name for entry in english]
            assert len(names) >= 8
        # A list fetched without its locale or key is not looked up (that would read them per entry).
        with django_assert_num_queries(1):
            assert len(list(Department.objects.filter(locale__language_code="fa").only("name"))) >= 8


def persian_parent():
    return ServiceCategory.objects.filter(locale__language_code="fa", parent=None).order_by("sort_order").first()


# Each adds two rows: an entry and its translation, or two questions. (Two departments, four
# rows, would take the listing past its first page of 20 and add the paginator's count.)
def more_departments():
    add_translated(Department, 1)


def more_subcategories():
    # Listed with their parent, a Persian category named in English in the parent column.
    add_translated(ServiceCategory, 1, parent=persian_parent())


def more_audiences():
    add_translated(Audience, 1)


def more_questions():
    from services.models import FAQItem

    for number in (1, 2):
        FAQItem.objects.create(
            question=f"پرسش آزمایشی {number}?",
            answer="<p>پاسخ آزمایشی</p>",
            category=persian_parent(),
            locale=Locale.objects.get(language_code="fa"),
        )


@pytest.mark.parametrize(
    "url, add_two_rows",
    [
        ("/admin/snippets/home/department/", more_departments),
        ("/admin/snippets/services/servicecategory/", more_subcategories),
        ("/admin/snippets/services/audience/", more_audiences),
        ("/admin/snippets/services/faqitem/", more_questions),
    ],
)
def test_english_reference_listings_do_not_query_per_row(client, admin_user, url, add_two_rows):
    """The snippet listings show each row's locale, staff group, parent or category (named in
    English) without a query a row: two more rows cost no more queries, and the English name
    of the related entry is what the column shows."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    english_admin(client, admin_user)

    def own_queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        # wagtail-localize's Translate button asks per row (its own listing hook, left as it is).
        return [
            q["sql"]
            for q in captured
            if "wagtail_localize_translatableobject" not in q["sql"]
            and 'WHERE NOT ("wagtailcore_locale"."id" IN' not in q["sql"]
        ]

    before = own_queries()
    add_two_rows()
    after = own_queries()
    assert len(after) == len(before), set(after) - set(before)
    if add_two_rows in (more_subcategories, more_questions):
        # Only the Persian rows: the parent or category column names their entry in English.
        persian_rows = client.get(url, {"locale": "fa"}).content.decode()
        english_parent = persian_parent().get_translation(Locale.objects.get(language_code="en"))
        assert english_parent.name in persian_rows
