"""Approval that always reaches someone: every demo editor role, every page type it can edit.

For each pair the editor submits a change, the named approver finds the task on their Wagtail
dashboard and approves or rejects it there with a comment, and the editor gets Wagtail's
notification e-mail. A second test fails when any workflow task has nobody to review it.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.models import Page, get_page_models

from home.models import SectionPage
from home.pages.checks import reviewers_check
from home.pages.editorial import out_of_scope, root_has_workflow, unreviewable_workflow_problems

pytestmark = pytest.mark.django_db

SECTION_SLUGS = [
    "labour-relations",
    "labour-inspection",
    "cooperatives",
    "employment",
    "social-welfare",
    "foreign-nationals",
]
SECTION_TYPES = {
    "home.SectionPage",
    "home.StandardPage",
    "services.ServicePage",
    "newsroom.NewsPage",
    "newsroom.NoticePage",
}
# What each demo role drafts: a section's editors their own section and their domain's content
# in the shared indexes; the content-type editors their indexes.
EXPECTED_TYPES = {f"editor-{slug}": SECTION_TYPES for slug in SECTION_SLUGS} | {
    "editor-services": {
        "services.ServiceIndexPage",
        "services.ServicePage",
        "services.LawIndexPage",
        "services.LawPage",
        "services.FAQIndexPage",
    },
    "editor-news": {"newsroom.NewsIndexPage", "newsroom.NewsPage"},
    "editor-notices": {"newsroom.NoticeIndexPage", "newsroom.NoticePage"},
    "editor-tenders": {"tenders.TenderIndexPage", "tenders.TenderPage"},
    "editor-forms": {
        "forms_pages.FormsIndexPage",
        "forms_pages.FormPage",
        "forms_pages.PollPage",
        "forms_pages.ContactPage",
    },
}


def label(model):
    return f"{model._meta.app_label}.{model.__name__}"


def user(username):
    return get_user_model().objects.get(username=username)


def head_of(page):
    """The demo head who approves `page` for its section, or None if it has no section."""
    from home.models.workflow import section_of

    section = section_of(page)
    if section is None:
        return None
    slug = SectionPage.objects.get(translation_key=section.translation_key, locale__language_code="fa").slug
    return f"head-{slug}"


def expected_approvers(page):
    """The rule of docs/editorial.md, written out independently of the seeder."""
    name = label(type(page))
    head = head_of(page)
    if name.startswith("services.Service"):
        # The services index itself belongs to no section: the director takes both steps.
        return [head or "director", "director"]
    if name.startswith("newsroom.News"):
        return [head or "reviewer-news"]
    if name.startswith("newsroom.Notice") or name in {"home.SectionPage", "home.StandardPage"}:
        return [head or "director"]
    return ["director"]


def editable_page(editor, model):
    """A Persian page of `model` the editor may edit, moved into their domain if needed."""
    pages = model.objects.filter(locale__language_code="fa").order_by("path")
    for page in pages:
        if page.permissions_for_user(editor).can_edit() and not out_of_scope(editor, page):
            return page
    for page in pages:
        if page.permissions_for_user(editor).can_edit() and hasattr(page, "domain"):
            # The demo has no item of this type in the editor's domain: file one there.
            page.domain = SectionPage.objects.get(editors_group__user=editor, locale__language_code="fa").domain
            page.save(update_fields=["domain"])
            assert not out_of_scope(editor, page)
            return page
    return None


def role_matrix(usernames):
    cases = []
    for username in sorted(name for name in usernames if name.startswith("editor-")):
        editor = user(username)
        for model in get_page_models():
            if model is Page or model._meta.abstract:
                continue
            page = editable_page(editor, model)
            if page is not None:
                cases.append((username, label(model), page))
    return cases


def test_every_editor_role_drafts_what_it_should(demo_users):
    found = {}
    for username, name, _page in role_matrix(demo_users):
        found.setdefault(username, set()).add(name)
    assert found == EXPECTED_TYPES


def task_links(html, page):
    """The approve and reject links the dashboard's "awaiting your review" panel offers for `page`."""
    return set(re.findall(rf"/admin/pages/workflow/action/{page.pk}/(approve|reject)/(\d+)/", html))


def test_each_submission_reaches_its_approver_who_acts_from_the_dashboard(demo_users, client):
    cases = role_matrix(demo_users)
    assert len(cases) == sum(len(types) for types in EXPECTED_TYPES.values())
    for number, (username, name, page) in enumerate(cases):
        editor = user(username)
        client.force_login(editor)
        edit = client.get(f"/admin/pages/{page.pk}/edit/")
        assert edit.status_code == 200, (username, name)
        assert 'name="action-submit"' in edit.content.decode(), (username, name)

        title = f"{page.title} — ویرایش {number}"
        page.title = title
        page.save_revision(user=editor)
        mail.outbox.clear()
        page.get_workflow().start(page, editor)

        reject = number % 2 == 1
        approvers = expected_approvers(page)
        for step, approver_name in enumerate(approvers):
            approver = user(approver_name)
            # Wagtail tells no one of a step they have just passed on to themselves.
            if step == 0 or approvers[step - 1] != approver_name:
                assert approver.email in {address for message in mail.outbox for address in message.to}, (
                    f"{approver_name} was not told about {name} submitted by {username}"
                )
            mail.outbox.clear()
            client.force_login(approver)
            dashboard = client.get("/admin/").content.decode()
            assert title in dashboard, f"{approver_name} does not see {name} from {username}"
            links = task_links(dashboard, page)
            assert {action for action, _state in links} == {"approve", "reject"}, (username, name, approver_name)
            action = "reject" if reject and step == len(approvers) - 1 else "approve"
            state_id = next(state for act, state in links if act == action)
            comment = f"یادداشت بازبین برای {username}"
            response = client.post(f"/admin/pages/workflow/action/{page.pk}/{action}/{state_id}/", {"comment": comment})
            assert response.status_code == 302, (username, name, approver_name, response.status_code)
            # The reviewer's next page says what the action did (home.pages.review_messages); read
            # here, or the message would wait in this client's cookie for the next person.
            told = client.get("/admin/").content.decode()
            assert ("برای اصلاح برگردانده شد" if action == "reject" else "تأیید") in told, (username, name)
            if step < len(approvers) - 1:
                continue
            page.refresh_from_db()
            to_editor = [message for message in mail.outbox if editor.email in message.to]
            assert len(to_editor) == 1, (username, name, action)
            if action == "approve":
                assert page.title == title and page.live
                # What the approvers wrote reaches the editor (it once did only on a rejection).
                assert f"«{comment}»" in to_editor[0].body
            else:
                assert page.title != title
                assert comment in to_editor[0].body
        # A rejected change waits for the editor; withdraw it, as the next role may edit the same page.
        if page.current_workflow_state is not None:
            page.current_workflow_state.cancel(user=editor)
        # Someone outside the workflow never sees the task.
        outsider = user("editor-tenders" if username != "editor-tenders" else "editor-forms")
        client.force_login(outsider)
        assert title not in client.get("/admin/").content.decode()


def test_no_page_type_reaches_a_task_nobody_can_review(demo_users):
    assert root_has_workflow()
    assert unreviewable_workflow_problems() == []
    # Every page in the demo (each type, each place in the tree) has a workflow.
    without = [page for page in Page.objects.filter(depth__gt=1) if page.get_workflow() is None]
    assert without == []


def test_an_empty_approver_group_is_caught(demo_users):
    from django.contrib.auth.models import Group

    director = Group.objects.get(name="مدیر کل (تأیید نهایی)")
    director.user_set.clear()
    problems = [str(problem) for problem in unreviewable_workflow_problems()]
    assert any("تأیید مدیر کل" in problem for problem in problems)
    errors = {error.id for error in reviewers_check(databases=["default"])}
    assert "home.W102" in errors


def test_the_default_moderators_workflow_is_gone(demo_users):
    from wagtail.models import Workflow

    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()
    assert Page.get_first_root_node().get_workflow().name == "تأیید مدیر کل"


def test_a_head_finds_their_domain_in_the_shared_indexes_after_approving(demo_users, client):
    """The listing Wagtail returns to after an approval shows the head's own domain's pages."""
    from services.models import ServiceIndexPage, ServicePage

    index = ServiceIndexPage.objects.get(locale__language_code="fa")
    client.force_login(user("head-cooperatives"))
    html = client.get(f"/admin/pages/{index.pk}/").content.decode()
    own = ServicePage.objects.child_of(index).filter(domain="cooperatives")
    other = ServicePage.objects.child_of(index).exclude(domain="cooperatives").first()
    assert own.exists() and all(f"/admin/pages/{page.pk}/edit/" in html for page in own)
    assert f"/admin/pages/{other.pk}/edit/" not in html
    # Another domain's service is refused, with a message, even by its URL.
    response = client.get(f"/admin/pages/{other.pk}/edit/", follow=True)
    assert response.redirect_chain[-1][0] == f"/admin/pages/{index.pk}/"
    assert "حوزه دیگری" in response.content.decode()
    # The head may publish news (they have the last word there), but not another domain's.
    from newsroom.models import NewsPage

    news = NewsPage.objects.filter(locale__language_code="fa").exclude(domain="cooperatives").exclude(domain="")
    other_news = news.first()
    assert other_news.permissions_for_user(user("head-cooperatives")).can_unpublish()  # by the tree alone
    for action in ("unpublish",):
        response = client.post(f"/admin/pages/{other_news.pk}/{action}/")
        assert response.status_code == 302, action
        assert response["Location"] == f"/admin/pages/{other_news.get_parent().pk}/", action
    other_news.refresh_from_db()
    assert other_news.live
