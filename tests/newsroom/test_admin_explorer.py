"""The page explorer of a news index: what it costs does not grow with the rows it lists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsroom.factories import NewsIndexPageFactory, NewsPageFactory
from tests.admin_language import prefers_english
from tests.soup import soup

# The tests read the listing's context (its counts and paginator).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rendered_context")]

EXPLORER_QUERY_CEILING = 45  # a news index's explorer, 2 rows, as a superuser (36 at 5 rows on 2026-12-02)


def test_news_explorer_queries_do_not_grow_with_rows(
    admin_client, home_fa, publish_news, django_assert_max_num_queries
):
    index = NewsIndexPageFactory(parent=home_fa, slug="news-explorer-count")
    url = reverse("wagtailadmin_explore", args=[index.pk])

    def queries(ceiling):
        admin_client.get(url)  # warm up: per-process caches (content types, sites)
        with django_assert_max_num_queries(ceiling) as captured:
            response = admin_client.get(url)
        assert response.status_code == 200
        return len(captured), soup(response)

    # Two rows against five: a query per row would show, and five publishes cost a third of fifteen.
    for i in range(2):
        publish_news(index, slug=f"explorer-{i}", title=f"خبر فهرست {i}")
    small, dom = queries(EXPLORER_QUERY_CEILING)
    assert len(dom.select("table.listing tbody tr")) == 2
    for i in range(2, 5):
        publish_news(index, slug=f"explorer-{i}", title=f"خبر فهرست {i}")
    _, dom = queries(small)
    assert len(dom.select("table.listing tbody tr")) == 5
    # Each Persian news item still offers wagtail-localize's "Translate this page" (English is
    # missing), now answered by the listing's own query instead of two queries a row.
    translate_links = {a["href"] for a in dom.select("table.listing tbody a[href*='/localize/submit/page/']")}
    assert len(translate_links) == 5


def test_news_explorer_reads_the_newest_children_from_an_index(admin_client, home_fa):
    """Its default order, last revision newest first, is an index's order (home 0012): at
    100,000 news items PostgreSQL reads the first 50 entries instead of sorting them all."""
    index = NewsIndexPageFactory(parent=home_fa, slug="news-explorer-order")
    # A revision each (the order's column), not a publish: what is live is not the subject.
    published = []
    for i in range(3):
        published.append(NewsPageFactory(parent=index, slug=f"order-{i}", title=f"خبر ترتیب {i}"))
        published[-1].save_revision()
    url = reverse("wagtailadmin_explore", args=[index.pk])
    with CaptureQueriesContext(connection) as captured:
        response = admin_client.get(url)
    assert response.status_code == 200
    rows = soup(response).select("table.listing tbody tr")
    listed = [next(page.title for page in published if page.title in row.get_text()) for row in rows]
    assert listed == [page.title for page in reversed(published)]  # the last published first
    order = 'ORDER BY "wagtailcore_page"."latest_revision_created_at" DESC NULLS LAST'
    listing = next(query["sql"] for query in captured if order in query["sql"])
    with connection.cursor() as cursor:
        # A handful of rows here: forbid the sort so the plan shows whether an index gives the order.
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {listing}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "home_page_latest_revision" in plan, plan


# -- the count and the page size at 100,000 children (home/pages/explorer.py) ------------------


def children_counts(captured):
    """The COUNT queries of one explorer visit: the paginator's count of the listed children."""
    return [
        query["sql"]
        for query in captured
        if query["sql"].startswith("SELECT COUNT(*)") and "wagtailcore_page" in query["sql"]
    ]


def test_unfiltered_explorer_counts_children_from_the_tree(admin_client, home_fa, monkeypatch):
    """Nothing narrows the listing: its number is the parent's `numchild`, no COUNT over the
    children; and an index with more than MANY_CHILDREN children lists SHORT_PAGE rows a page,
    every page reachable through the pagination links."""
    from home.pages import explorer

    index = NewsIndexPageFactory(parent=home_fa, slug="news-explorer-tree-count")
    # Saved, not published (a count of children does not ask whether they are live).
    titles = {NewsPageFactory(parent=index, slug=f"tree-{i}", title=f"خبر شمارش {i}").title for i in range(5)}
    monkeypatch.setattr(explorer, "MANY_CHILDREN", 4)
    monkeypatch.setattr(explorer, "SHORT_PAGE", 2)
    url = reverse("wagtailadmin_explore", args=[index.pk])

    listed = set()
    for number in (1, 2, 3):
        with CaptureQueriesContext(connection) as captured:
            response = admin_client.get(url, {"p": number})
        assert response.status_code == 200
        assert children_counts(captured) == []
        assert response.context["items_count"] == 5
        assert response.context["paginator"].num_pages == 3
        dom = soup(response)
        rows = [row.get_text(" ", strip=True) for row in dom.select("table.listing tbody tr")]
        assert len(rows) == (2 if number < 3 else 1)
        listed.update(title for title in titles if any(title in row for row in rows))
        links = {a["href"] for a in dom.select("nav.pagination a[href]")}
        assert {"?p=1", "?p=2", "?p=3"} <= {href[href.index("?") :] for href in links}
    assert listed == titles


@pytest.mark.usefixtures("search_index")
def test_search_and_filters_still_count_their_matches(admin_client, home_fa):
    """A filter or a search narrows the listing (and reaches below the children, as Wagtail
    filters the whole subtree): its number is counted, not the parent's `numchild`."""
    from wagtail.models import Page

    index = NewsIndexPageFactory(parent=home_fa, slug="news-explorer-filtered")
    for i in range(3):  # saved, not published: what is live is not the subject
        NewsPageFactory(parent=index, slug=f"filtered-{i}", title=f"خبر پالایش {i}")
    parent = NewsPageFactory(parent=index, slug="filtered-child", title="خبر با زیرصفحه")
    for i in range(2):
        NewsIndexPageFactory(parent=parent, slug=f"under-a-news-item-{i}")
    index.refresh_from_db()
    url = reverse("wagtailadmin_explore", args=[index.pk])

    with CaptureQueriesContext(connection) as captured:
        response = admin_client.get(url, {"has_child_pages": "false"})
    assert response.status_code == 200
    assert children_counts(captured)  # counted: a filter narrows the children
    leaves = Page.objects.descendant_of(index).filter(numchild=0).count()
    assert response.context["items_count"] == leaves == 5 != index.numchild

    response = admin_client.get(url, {"q": "زیرصفحه"})
    assert response.status_code == 200
    rows = soup(response).select("table.listing tbody tr")
    assert response.context["items_count"] == len(rows) == 1


def test_editor_of_one_page_is_not_given_the_parents_count(client, django_user_model, home_fa):
    """A user allowed to edit two of three news items explores the index (their common parent)
    only as far as those items: the listing's number is the rows they may see, counted, not the
    index's `numchild`."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    index = NewsIndexPageFactory(parent=home_fa, slug="news-explorer-one-page")
    # Pages without a domain: what the section-domain hook does is tested below.
    pages = [NewsIndexPageFactory(parent=index, slug=f"one-page-{i}", title=f"فهرست تک‌صفحه {i}") for i in range(3)]
    group = Group.objects.create(name="explorer-one-page")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for page in pages[1:]:
        GroupPagePermission.objects.create(
            group=group, page=page, permission=Permission.objects.get(codename="change_page")
        )
    user = django_user_model.objects.create_user(username="explorer-one-page", password="x-unused-123")
    user.groups.add(group)
    client.force_login(user)

    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("wagtailadmin_explore", args=[index.pk]))
    assert response.status_code == 200
    assert children_counts(captured)
    assert response.context["items_count"] == 2
    rows = " ".join(row.get_text() for row in soup(response).select("table.listing tbody tr"))
    assert [page.title in rows for page in pages] == [False, True, True]


def test_an_index_of_very_many_children_is_never_listed_whole(admin_client, home_fa, monkeypatch):
    """Wagtail lists every child, unpaginated, to sort them by hand (`?ordering=ord`): at
    100,000 news items that is minutes of rendering; a large index stays paginated instead."""
    from home.pages import explorer

    index = NewsIndexPageFactory(parent=home_fa, slug="news-explorer-menu-order")
    for i in range(3):  # saved, not published: what is live is not the subject
        NewsPageFactory(parent=index, slug=f"menu-order-{i}", title=f"خبر ترتیب منو {i}")
    url = reverse("wagtailadmin_explore", args=[index.pk])
    response = admin_client.get(url, {"ordering": "ord"})
    assert response.context["page_obj"] is None  # a small index: Wagtail's drag-and-drop listing

    monkeypatch.setattr(explorer, "MANY_CHILDREN", 2)
    monkeypatch.setattr(explorer, "SHORT_PAGE", 2)
    response = admin_client.get(url, {"ordering": "ord"})
    assert response.status_code == 200
    assert response.context["page_obj"] is not None
    assert len(soup(response).select("table.listing tbody tr")) == 2


def test_every_explorer_narrowing_hook_is_known():
    """The count from the tree trusts that only these hooks change which children are listed
    (the section staff's domain, checked by ExplorerView.lists_every_child; the translation
    buttons' annotations narrow nothing). A new hook that filters must be taught to it."""
    from wagtail import hooks

    names = {f"{fn.__module__}.{fn.__name__}" for fn in hooks.get_hooks("construct_explorer_page_queryset")}
    assert names == {
        "home.wagtail_hooks.show_section_staff_their_domain",
        "home.wagtail_hooks.answer_translation_buttons_in_the_listing_query",
    }


def explore_as_member_of(client, django_user_model, group_name, index):
    """The explorer of `index` as a new member of the editors' group `group_name`: the
    response and the queries it ran."""
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user(username=f"explorer-{Group.objects.get(name=group_name).pk}")
    editor.groups.add(Group.objects.get(name=group_name))
    client.force_login(editor)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("wagtailadmin_explore", args=[index.pk]))
    assert response.status_code == 200
    return response, captured


def test_section_staff_see_and_count_only_their_domain(client, django_user_model):
    """A section's editors explore the shared news index narrowed to their domain
    (home.wagtail_hooks.show_section_staff_their_domain): its number counts those rows."""
    from newsroom.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(locale__language_code="fa")
    for i in range(2):  # saved, not published: the domain is the subject, not what is live
        NewsPageFactory(parent=index, slug=f"coop-news-{i}", title=f"خبر تعاون {i}", domain="cooperatives")
    NewsPageFactory(parent=index, slug="inspection-news", title="خبر بازرسی", domain="labour-inspection")
    response, captured = explore_as_member_of(client, django_user_model, "ویراستاران حوزه تعاون", index)
    assert children_counts(captured)
    index.refresh_from_db()
    expected = NewsPage.objects.child_of(index).filter(domain="cooperatives").count()
    assert response.context["items_count"] == expected < index.numchild
    assert "خبر بازرسی" not in response.content.decode()


def test_newsroom_editors_are_given_the_count_from_the_tree(client, django_user_model):
    """An editor whose page permission covers the whole index (the newsroom's editors, not
    limited to a domain) sees every child: the number is the index's `numchild`, uncounted."""
    from newsroom.models import NewsIndexPage

    index = NewsIndexPage.objects.get(locale__language_code="fa")
    NewsPageFactory(parent=index, slug="newsroom-count", title="خبر ویراستار اخبار")  # one more child
    response, captured = explore_as_member_of(client, django_user_model, "ویراستاران اخبار", index)
    assert children_counts(captured) == []
    index.refresh_from_db()
    assert response.context["items_count"] == index.numchild == index.get_children().count()


def parent_lookups(captured, parent):
    """Queries fetching `parent` alone by its path: Wagtail's `annotate_parent_page` of its children."""
    return [query["sql"] for query in captured if f'"wagtailcore_page"."path" IN (\'{parent.path}\')' in query["sql"]]


@pytest.mark.usefixtures("search_index")
def test_browsing_fetches_no_parents_and_a_search_still_names_them(admin_client, home_fa):
    """The explorer's table has no "Parent" column: browsing an index does not fetch the listed
    pages' parents (it did, for a column Wagtail drops from this table). A search reaching below
    the children still names each result's parent under its title, with a link to explore it."""
    index = NewsIndexPageFactory(parent=home_fa, slug="news-explorer-parents")
    news = NewsPageFactory(parent=index, slug="parents-news", title="خبر والد")
    NewsIndexPageFactory(parent=news, slug="parents-grandchild", title="فهرست نوه")
    url = reverse("wagtailadmin_explore", args=[index.pk])

    with CaptureQueriesContext(connection) as captured:
        response = admin_client.get(url)
    assert response.status_code == 200
    assert parent_lookups(captured, index) == []
    dom = soup(response)
    headers = [th.get_text(" ", strip=True) for th in dom.select("table.listing thead th")]
    assert headers[1].startswith("عنوان") and headers[2:] == ["به\u200cروزرسانی", "نوع", "وضعیت"]  # as before

    response = admin_client.get(url, {"q": "نوه"})
    row = soup(response).select_one("table.listing tbody tr")
    assert "فهرست نوه" in row.get_text()
    assert (
        row.select_one(f"a[href='{reverse('wagtailadmin_explore', args=[news.pk])}']").get_text(strip=True)
        == "خبر والد"
    )


def hooked_actions(page, user, next_url):
    """(label, URL) of the row actions Wagtail's listing hooks give `user` for `page`, in order."""
    from wagtail.admin.widgets.button import ButtonWithDropdownFromHook

    dropdown = ButtonWithDropdownFromHook(
        "", hook_name="register_page_listing_more_buttons", page=page, user=user, next_url=next_url
    )
    return [(str(button.label).strip(), button.url) for button in sorted(dropdown.dropdown_buttons)]


def rendered_actions(response):
    """Each listed page's id -> (label, URL) of the links in its row's action menu."""
    dom = soup(response)
    actions = {}
    for row in dom.select("table.listing tbody tr"):
        page_id = int(row.select_one("span[id$='_title']")["id"].split("_")[1])
        menu = row.select_one("[data-w-dropdown-target='content']")
        actions[page_id] = [(link.get_text(" ", strip=True), link["href"]) for link in menu.select("a")]
    return actions


def test_each_rows_action_menu_holds_what_the_hooks_allow(
    client, django_user_model, admin_user, publish_news, monkeypatch
):
    """The action menu of every row lists the actions Wagtail's hooks give this user for that
    page (edit, view live, add, move, copy, delete, unpublish, history, translate…), with their
    URLs, for a superuser and for two editors' groups with narrower page permissions (the same
    pages for the three).

    The seeded news index is listed ten rows a page (the large index's short page): the two
    items made here come first (the newest revisions), then seeded ones; every row of the page
    is compared with what the hooks give, which costs more than the listing itself."""
    from django.contrib.auth.models import Group
    from wagtail.models import Page

    from home.pages import explorer
    from newsroom.models import NewsIndexPage

    monkeypatch.setattr(explorer, "MANY_CHILDREN", 10)
    monkeypatch.setattr(explorer, "SHORT_PAGE", 10)

    index = NewsIndexPage.objects.get(locale__language_code="fa")
    coop = publish_news(index, slug="actions-coop", title="خبر اقدام تعاون", domain="cooperatives")
    draft = publish_news(index, slug="actions-draft", title="خبر اقدام پیش‌نویس")
    draft.title = "خبر اقدام پیش‌نویس ۲"
    draft.save_revision()
    url = reverse("wagtailadmin_explore", args=[index.pk])

    for group_name in (None, "ویراستاران اخبار", "ویراستاران حوزه تعاون"):
        user = admin_user
        if group_name:
            user = django_user_model.objects.create_user(username=f"actions-{Group.objects.get(name=group_name).pk}")
            user.groups.add(Group.objects.get(name=group_name))
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200, group_name

        actions = rendered_actions(response)
        assert actions and len(actions) <= 10, group_name
        assert coop.pk in actions, group_name  # the pages made here are on the page listed
        assert draft.pk in actions or group_name == "ویراستاران حوزه تعاون", group_name  # another domain
        pages = {page.pk: page for page in Page.objects.filter(pk__in=actions).specific()}
        for page_id, listed in actions.items():
            assert listed == hooked_actions(pages[page_id], user, url), (group_name, page_id)
        labels = {label for listed in actions.values() for label, _ in listed}
        assert {"ویرایش", "سابقه", "دیدن صفحه منتشر شده", "ترجمه این صفحه"} <= labels, group_name


def page_type_boxes(client, url, **params):
    """The filter drawer's page-type checkboxes: value -> (label, ticked), and the visit's queries."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    dom = soup(response)
    boxes = {
        int(box["value"]): (box.parent.get_text(" ", strip=True), box.has_attr("checked"))
        for box in dom.select("input[name='content_type']")
    }
    return boxes, captured


def test_the_page_type_filter_lists_every_page_type_in_the_editors_language(admin_client, admin_user, home_fa):
    """The drawer offers every page type, labelled in the staff member's language (kept per
    process and language while none is ticked: the second visit reads no content types); a
    ticked type is shown ticked and filters the listing."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import get_page_content_types

    from newsroom.models import NewsPage

    # An index of one news item: the drawer is the subject, not the rows (four visits of the
    # seeded index's full page of rows cost more than the rest of the test).
    index = NewsIndexPageFactory(parent=home_fa, slug="news-explorer-page-types")
    NewsPageFactory(parent=index, slug="page-types-news", title="خبر نوع صفحه")
    url = reverse("wagtailadmin_explore", args=[index.pk])
    news_type = ContentType.objects.get_for_model(NewsPage).pk
    boxes, _ = page_type_boxes(admin_client, url)
    assert set(boxes) == set(get_page_content_types(include_base_page_type=False).values_list("pk", flat=True))
    assert boxes[news_type] == ("خبر", False)
    again, captured = page_type_boxes(admin_client, url)
    assert again == boxes
    assert not [query for query in captured if 'ORDER BY "django_content_type"."model"' in query["sql"]]

    ticked, _ = page_type_boxes(admin_client, url, content_type=news_type)
    assert {pk for pk, (_, checked) in ticked.items() if checked} == {news_type}
    assert {pk: label for pk, (label, _) in ticked.items()} == {pk: label for pk, (label, _) in boxes.items()}

    prefers_english(admin_user)
    english, _ = page_type_boxes(admin_client, url)
    assert english[news_type] == ("News item", False)
